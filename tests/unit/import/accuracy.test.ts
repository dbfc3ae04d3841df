import { describe, expect, it } from 'vitest'
import { fixtureGazetteer, loadLabels, loadReleaseFiles } from './fixtures.ts'
import { formatScores, scoreFixtures, type FieldScore } from './accuracy.ts'

const gazetteer = fixtureGazetteer()
const tuned = scoreFixtures(loadReleaseFiles('releases'), loadLabels('releases'), gazetteer).scores
const holdout = scoreFixtures(loadReleaseFiles('holdout'), loadLabels('holdout'), gazetteer).scores
const allFiles = [...loadReleaseFiles('releases'), ...loadReleaseFiles('holdout')]
const all = scoreFixtures(allFiles, { ...loadLabels('releases'), ...loadLabels('holdout') }, gazetteer).scores

function table(title: string, scores: FieldScore[]): string {
  const errors = scores.flatMap((s) => s.errors.map((e) => `  ${s.field}: ${e}`))
  return `\n${title}\n${formatScores(scores)}${errors.length ? `\n${errors.join('\n')}` : ''}`
}

describe('extraction accuracy on the labelled fixture sets', () => {
  const score = (field: string) => all.find((s) => s.field === field)

  it('prints the per-field tables', () => {
    console.log(table(`releases/ (${loadReleaseFiles('releases').length} files, rules tuned on them)`, tuned))
    console.log(table(`holdout/ (${loadReleaseFiles('holdout').length} files, never tuned on)`, holdout))
    console.log(table(`both (${allFiles.length} files)`, all))
    expect(loadReleaseFiles('releases').length).toBeGreaterThanOrEqual(30)
  })

  it.each(['officials', 'organisations'])('finds %s with precision ≥ 0.9 and recall ≥ 0.85', (field) => {
    expect(score(field)?.precision).toBeGreaterThanOrEqual(0.9)
    expect(score(field)?.recall).toBeGreaterThanOrEqual(0.85)
  })

  it('holds topics, type, date and language to a floor too', () => {
    for (const field of ['topics', 'type', 'date', 'lang']) {
      expect(score(field)?.precision, field).toBeGreaterThanOrEqual(0.85)
      expect(score(field)?.recall, field).toBeGreaterThanOrEqual(0.85)
    }
  })
})
