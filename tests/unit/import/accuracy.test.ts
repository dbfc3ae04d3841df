import { describe, expect, it } from 'vitest'
import { formatEntityScores } from '../../../src/core/import/evaluation.ts'
import { loadLabels, loadReleaseFiles, realGazetteer } from './fixtures.ts'
import { scoreFixtures } from './accuracy.ts'

const gazetteer = realGazetteer()
const tuned = scoreFixtures(loadReleaseFiles('releases'), loadLabels('releases'), gazetteer)
const holdout = scoreFixtures(loadReleaseFiles('holdout'), loadLabels('holdout'), gazetteer)

describe('extraction accuracy on the labelled fixture sets, with data/entities.json alone', () => {
  it('prints both tables', () => {
    for (const [title, run] of [['releases/ (rules tuned on them)', tuned], ['holdout/ (never tuned on)', holdout]] as const) {
      const errors = [...run.entities.officials.errors, ...run.entities.organisations.errors, ...run.fields.flatMap((f) => f.errors.map((e) => `${f.field}: ${e}`))]
      console.log(`${formatEntityScores(title, run.entities)}\n${run.fields.map((f) => `${f.field.padEnd(14)} ${f.precision.toFixed(3).padStart(9)} ${f.recall.toFixed(3).padStart(7)}`).join('\n')}${errors.length ? `\n  ${errors.join('\n  ')}` : ''}`)
    }
    expect(loadReleaseFiles('releases').length + loadReleaseFiles('holdout').length).toBeGreaterThanOrEqual(40)
  })

  it.each(['officials', 'organisations'] as const)('finds %s on the labelled set with precision ≥ 0.9 and recall ≥ 0.85', (facet) => {
    expect(tuned.entities[facet].precision).toBeGreaterThanOrEqual(0.9)
    expect(tuned.entities[facet].recall).toBeGreaterThanOrEqual(0.85)
  })

  it('holds topics, type, date and language to a floor too', () => {
    for (const field of tuned.fields) {
      expect(field.precision, field.field).toBeGreaterThanOrEqual(0.85)
      expect(field.recall, field.field).toBeGreaterThanOrEqual(0.85)
    }
  })
})
