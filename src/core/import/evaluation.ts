/**
 * Precision and recall of extracted officials and organisations against a
 * labelled set of releases. A label names an entity by id or by name; a found
 * entity meets it when the id is the same or when one of its names has the
 * label's name key (so "Vüsal Hüseynov", "Vusal Huseynov" and "Вусал Гусейнов"
 * all meet the label "Vusal Huseynov"). Each found entity meets at most one label.
 */
import { nameKey } from '../text/index.ts'

/** What a person expects of one release: entity ids or names. */
export interface EntityLabel {
  officials: string[]
  organisations: string[]
}

/** An entity put on a release, with every name it goes by. */
export interface FoundEntity {
  id: string
  names: string[]
}

/** What the importer put on one release. */
export interface FoundEntities {
  officials: FoundEntity[]
  organisations: FoundEntity[]
}

/** Counts and ratios for one facet; `errors` lists misses and extras as "file: missed X". */
export interface EntityScore {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
  errors: string[]
}

/** The scores of both facets. */
export interface EntityScores {
  officials: EntityScore
  organisations: EntityScore
}

function meets(label: string, entity: FoundEntity): boolean {
  if (entity.id === label) return true
  const key = nameKey(label)
  return entity.names.some((name) => nameKey(name) === key)
}

function scoreFacet(pairs: Array<[string, string[], FoundEntity[]]>): EntityScore {
  let tp = 0
  let fp = 0
  let fn = 0
  const errors: string[] = []
  for (const [file, labels, found] of pairs) {
    const unused = [...found]
    for (const label of labels) {
      const at = unused.findIndex((entity) => meets(label, entity))
      if (at === -1) {
        fn++
        errors.push(`${file}: missed ${label}`)
      } else {
        tp++
        unused.splice(at, 1)
      }
    }
    for (const entity of unused) {
      fp++
      errors.push(`${file}: extra ${entity.names[0] ?? entity.id} (${entity.id})`)
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), errors }
}

/**
 * Scores what was found on each labelled file.
 * @example scoreEntities({ 'a.txt': { officials: ['Vusal Huseynov'], organisations: ['iom'] } }, found).officials.recall
 */
export function scoreEntities(labels: Readonly<Record<string, EntityLabel>>, found: ReadonlyMap<string, FoundEntities>): EntityScores {
  const files = Object.keys(labels).sort()
  const none: FoundEntities = { officials: [], organisations: [] }
  return {
    officials: scoreFacet(files.map((f) => [f, labels[f]?.officials ?? [], (found.get(f) ?? none).officials])),
    organisations: scoreFacet(files.map((f) => [f, labels[f]?.organisations ?? [], (found.get(f) ?? none).organisations])),
  }
}

/** The scores as a small fixed-width table. */
export function formatEntityScores(title: string, scores: EntityScores): string {
  const row = (name: string, s: EntityScore): string =>
    `${name.padEnd(14)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}`
  return [
    title,
    `${'entity'.padEnd(14)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`,
    row('officials', scores.officials),
    row('organisations', scores.organisations),
  ].join('\n')
}

/** Entity tables an import put on its files, as {@link FoundEntities} by file. */
export function foundEntities(
  entitiesByFile: ReadonlyMap<string, { officials: string[]; organisations: string[] }>,
  tables: { officials: ReadonlyArray<NamedRecord>; organisations: ReadonlyArray<NamedRecord> },
): Map<string, FoundEntities> {
  const byId = (list: ReadonlyArray<NamedRecord>): Map<string, FoundEntity> => new Map(list.map((e) => [e.id, { id: e.id, names: [e.name, ...(e.aliases ?? [])] }]))
  const officials = byId(tables.officials)
  const organisations = byId(tables.organisations)
  const found = new Map<string, FoundEntities>()
  for (const [file, entities] of entitiesByFile) {
    found.set(file, {
      officials: entities.officials.map((id) => officials.get(id) ?? { id, names: [] }),
      organisations: entities.organisations.map((id) => organisations.get(id) ?? { id, names: [] }),
    })
  }
  return found
}

/** An official or organisation as the entity tables hold it. */
interface NamedRecord {
  id: string
  name: string
  aliases?: string[]
}
