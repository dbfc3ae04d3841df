/**
 * Per-field precision and recall of the importer over the labelled fixture set.
 * Set fields (officials, organisations, topics, discovered people) count
 * (release, value) pairs; single-valued fields (date, type, lang) count one
 * decision per release, a held-back release counting as "no date".
 */
import { extractEntities, importReleases, readHtml, type Gazetteer, type ImportResult, type ReleaseFile } from '../../../src/core/import/index.ts'
import { nameKey } from '../../../src/core/text/index.ts'
import type { Label } from './fixtures.ts'

/** Counts for one field. */
export interface FieldScore {
  field: string
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
  /** Misses and extras, "file: value", for the report. */
  errors: string[]
}

class Tally {
  tp = 0
  fp = 0
  fn = 0
  errors: string[] = []
  compare(file: string, expected: readonly string[], actual: readonly string[]): void {
    const want = new Set(expected)
    const got = new Set(actual)
    for (const value of got) {
      if (want.has(value)) this.tp++
      else {
        this.fp++
        this.errors.push(`${file}: extra ${value}`)
      }
    }
    for (const value of want) {
      if (!got.has(value)) {
        this.fn++
        this.errors.push(`${file}: missed ${value}`)
      }
    }
  }
  score(field: string): FieldScore {
    const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)
    return {
      field,
      truePositives: this.tp,
      falsePositives: this.fp,
      falseNegatives: this.fn,
      precision: ratio(this.tp, this.tp + this.fp),
      recall: ratio(this.tp, this.tp + this.fn),
      errors: this.errors,
    }
  }
}

/** Runs the importer over the fixture files and scores every field against the labels. */
export function scoreFixtures(files: ReleaseFile[], labels: Record<string, Label>, gazetteer: Gazetteer): { scores: FieldScore[]; result: ImportResult } {
  const result = importReleases(files, gazetteer, { dateFromFilename: true })
  const fields = ['officials', 'organisations', 'topics', 'type', 'date', 'lang', 'people (candidates)', 'new organisations (candidates)']
  const tallies = new Map(fields.map((f) => [f, new Tally()]))
  const tally = (field: string): Tally => tallies.get(field) as Tally
  const byFile = new Map(result.imported.map((i) => [i.file, result.corpus.releases.find((r) => r.id === i.id)]))

  for (const file of files) {
    const label = labels[file.path]
    if (!label) throw new Error(`no label for ${file.path}`)
    const release = byFile.get(file.path)
    // Held-back releases are still scored on their entities, read the same way the importer reads them.
    const entities = release ?? extractionOf(file, gazetteer)
    tally('officials').compare(file.path, label.officials, entities.officials ?? [])
    tally('organisations').compare(file.path, label.organisations, entities.organisations ?? [])
    tally('topics').compare(file.path, label.topics, entities.topics ?? [])
    tally('type').compare(file.path, [label.type], entities.type ? [entities.type] : [])
    tally('date').compare(file.path, label.date ? [label.date] : [], release ? [release.date] : [])
    if (release) tally('lang').compare(file.path, [label.lang], release.lang ? [release.lang] : [])
    const seen = (names: string[]): string[] => names.map((n) => nameKey(n))
    const people = result.candidates.people.filter((p) => p.examples.some((e) => e.file === file.path)).map((p) => p.name)
    tally('people (candidates)').compare(file.path, seen(label.people), seen(people))
    const orgs = result.candidates.organisations.filter((o) => o.examples.some((e) => e.file === file.path)).map((o) => o.name)
    tally('new organisations (candidates)').compare(file.path, seen(label.newOrganisations), seen(orgs))
  }
  return { scores: fields.map((f) => tally(f).score(f)), result }
}

function extractionOf(file: ReleaseFile, gazetteer: Gazetteer): { officials: string[]; organisations: string[]; topics: string[]; type: string } {
  const isHtml = file.path.endsWith('.html')
  const document = isHtml ? readHtml(file.content) : undefined
  const lines = file.content.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
  const title = document?.title ?? lines[0] ?? ''
  const paragraphs = document?.paragraphs ?? lines.slice(1)
  return extractEntities(title, paragraphs, gazetteer)
}

/** The scores as a fixed-width table. */
export function formatScores(scores: FieldScore[]): string {
  const rows = scores.map(
    (s) =>
      `${s.field.padEnd(32)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}`,
  )
  return [`${'field'.padEnd(32)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`, ...rows].join('\n')
}
