/**
 * The importer scored over a labelled fixture set: officials and organisations
 * by the product's own scoring (`src/core/import/evaluation.ts`, also behind
 * `pressroom eval-import`), and topics, type, date and language as (release,
 * value) pairs, a held-back release counting as "no date".
 */
import { importReleases, type Gazetteer, type ImportResult, type ReleaseFile } from '../../../src/core/import/index.ts'
import { foundEntities, scoreEntities, type EntityScores } from '../../../src/core/import/evaluation.ts'
import type { Label } from './fixtures.ts'

/** Counts for one single-valued or topic field. */
export interface FieldScore {
  field: string
  precision: number
  recall: number
  errors: string[]
}

function scoreField(field: string, pairs: Array<[string, string[], string[]]>): FieldScore {
  let tp = 0
  let fp = 0
  let fn = 0
  const errors: string[] = []
  for (const [file, expected, actual] of pairs) {
    for (const value of actual) {
      if (expected.includes(value)) tp++
      else {
        fp++
        errors.push(`${file}: extra ${value}`)
      }
    }
    for (const value of expected) {
      if (actual.includes(value)) continue
      fn++
      errors.push(`${file}: missed ${value}`)
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)
  return { field, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), errors }
}

/** Imports the files and scores them against their labels. */
export function scoreFixtures(files: ReleaseFile[], labels: Record<string, Label>, gazetteer: Gazetteer): { entities: EntityScores; fields: FieldScore[]; result: ImportResult } {
  const result = importReleases(files, gazetteer, { dateFromFilename: true })
  const tables = {
    officials: [...gazetteer.entities.officials, ...result.discovered.officials],
    organisations: [...gazetteer.entities.organisations, ...result.discovered.organisations],
  }
  const entities = scoreEntities(labels, foundEntities(result.entitiesByFile, tables))
  const releaseOf = (file: string) => {
    const id = result.imported.find((i) => i.file === file)?.id
    return result.corpus.releases.find((r) => r.id === id)
  }
  const paths = files.map((f) => f.path)
  const label = (file: string): Label => {
    const found = labels[file]
    if (!found) throw new Error(`no label for ${file}`)
    return found
  }
  const fields = [
    scoreField('topics', paths.filter((f) => releaseOf(f)).map((f) => [f, label(f).topics, releaseOf(f)?.topics ?? []])),
    scoreField('type', paths.filter((f) => releaseOf(f)).map((f) => [f, [label(f).type], [releaseOf(f)?.type ?? '']])),
    scoreField('date', paths.map((f) => [f, label(f).date ? [label(f).date as string] : [], releaseOf(f) ? [releaseOf(f)?.date as string] : []])),
    scoreField('lang', paths.filter((f) => releaseOf(f)).map((f) => [f, [label(f).lang], [releaseOf(f)?.lang ?? '']])),
  ]
  return { entities, fields, result }
}
