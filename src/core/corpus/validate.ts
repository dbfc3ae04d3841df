/**
 * Validation of an `announcements/v1` document into a report: every problem
 * as a coded value with a JSON path, what it cost, and the corpus made of
 * what survives. Nothing is dropped without a problem that says so.
 *
 * What a problem costs (the rules, also in README and docs/DECISIONS.md):
 * - a missing or invalid `id`, `date`, `title` or `body`, or a duplicate id,
 *   drops the release (an error);
 * - an unknown entity id drops that reference (an error, as the contract says);
 * - any other invalid field (`url`, `lang`, `type`, `translations`, …) drops
 *   only that field, or only the bad element of a list (a warning);
 * - unknown fields are ignored (a warning).
 *
 * The normalised corpus also marks the publishing institution
 * (`source.institution`) and keeps it off releases' partner lists.
 *
 * @example
 * const report = validateCorpus(JSON.parse(text))
 * for (const p of report.errors) console.log(formatProblem(p))
 * search(report.corpus) // every valid release, dangling references removed
 */
import * as v from 'valibot'
import { makeProblem, quoteValue, type Problem, type ProblemCode, type ProblemCost, type ProblemParams } from '../problems.ts'
import {
  CODES_WITH_VALUE,
  OFFICIAL_FIELDS,
  ORGANISATION_FIELDS,
  RELEASE_FIELDS,
  SOURCE_FIELDS,
  TOPIC_FIELDS,
  type FieldRule,
} from './schema.ts'
import {
  ENTITY_FACETS,
  INSTITUTION_KIND,
  SCHEMA_VERSION,
  SUPPORTED_SCHEMAS,
  type Corpus,
  type CorpusSource,
  type EntityFacet,
  type Official,
  type Organisation,
  type Release,
  type Topic,
} from './types.ts'

export { formatProblem, problemMessage, type Problem } from '../problems.ts'
export { parseCorpusText, classifyCorpusBody, htmlInsteadOfJson } from './parse.ts'

/** What validation found and what survived it. */
export interface ValidationReport {
  /** Problems that make the document invalid: each dropped a release, an entry or a reference, or is about the document. */
  errors: Problem[]
  /** Problems that cost at most one field or value: unknown fields, bad optional values. */
  warnings: Problem[]
  /** Every valid release, with bad optional fields and references to unknown entities removed. */
  corpus: Corpus
  stats: {
    /** Releases in the input. */
    releases: number
    /** Releases dropped because they were invalid. */
    skippedReleases: number
    /** Entity references dropped because no entity has that id. */
    skippedReferences: number
    /** Fields and list elements dropped because they were invalid (their release was kept). */
    droppedFields: number
  }
}

const TOP_LEVEL_KEYS = ['schema', 'source', 'officials', 'organisations', 'topics', 'releases']

type Sink = (problem: Problem) => void

/** Validates a parsed document. Never throws, whatever the input. */
export function validateCorpus(input: unknown): ValidationReport {
  const errors: Problem[] = []
  const warnings: Problem[] = []
  const stats = { releases: 0, skippedReleases: 0, skippedReferences: 0, droppedFields: 0 }
  const report: Sink = (problem) => {
    if (problem.cost === 'field' || problem.cost === 'value') stats.droppedFields++
    ;(problem.severity === 'error' ? errors : warnings).push(problem)
  }
  const empty: Corpus = { schema: SCHEMA_VERSION, source: { name: '' }, officials: [], organisations: [], topics: [], releases: [] }

  if (!isRecord(input)) {
    report(makeProblem('', 'corpus.notObject', {}, 'error', 'document'))
    return { errors, warnings, corpus: empty, stats }
  }
  warnUnknownKeys(input, TOP_LEVEL_KEYS, '', report)
  checkSchema(input.schema, report)

  const source = readSource(input.source, report)
  const officials = readTable<Official>(input.officials, 'officials', OFFICIAL_FIELDS, report)
  const organisations = readTable<Organisation>(input.organisations, 'organisations', ORGANISATION_FIELDS, report)
  const topics = readTable<Topic>(input.topics, 'topics', TOPIC_FIELDS, report)
  resolveInstitution(source, organisations, report)
  checkAffiliations(officials, organisations, report)

  const known: Record<EntityFacet, Set<string>> = {
    officials: new Set(officials.map((o) => o.id)),
    organisations: new Set(organisations.map((o) => o.id)),
    topics: new Set(topics.map((t) => t.id)),
  }
  const defaultLang = source.languages?.[0] ?? 'en'
  const releases: Release[] = []
  const releaseIds = new Map<string, number>()

  if (!Array.isArray(input.releases)) {
    report(input.releases === undefined
      ? makeProblem('releases', 'releases.missing', {}, 'error', 'document')
      : makeProblem('releases', 'value.notList', {}, 'error', 'document'))
  } else {
    stats.releases = input.releases.length
    input.releases.forEach((raw: unknown, index) => {
      const path = `releases[${index}]`
      const release = readItem<Release>(raw, path, RELEASE_FIELDS, 'release', report)
      if (!release) return
      const firstIndex = releaseIds.get(release.id)
      if (firstIndex !== undefined) {
        report(makeProblem(`${path}.id`, 'id.duplicate', { value: quoteValue(release.id), first: `releases[${firstIndex}].id` }, 'error', 'release'))
        return
      }
      releaseIds.set(release.id, index)
      if (release.lang === undefined) release.lang = defaultLang
      for (const facet of ENTITY_FACETS) {
        const ids = release[facet]
        if (!ids) continue
        release[facet] = ids.filter((id, position) => {
          if (known[facet].has(id)) return ids.indexOf(id) === position && !(facet === 'organisations' && id === source.institution)
          report(makeProblem(`${path}.${facet}[${position}]`, 'reference.unknown', { value: quoteValue(id), table: facet }, 'error', 'reference'))
          stats.skippedReferences++
          return false
        })
      }
      releases.push(release)
    })
    stats.skippedReleases = stats.releases - releases.length
  }
  checkTranslations(releases, releaseIds, report)

  return {
    errors,
    warnings,
    corpus: { schema: SCHEMA_VERSION, source, officials, organisations, topics, releases },
    stats,
  }
}

function checkSchema(schema: unknown, report: Sink): void {
  if (typeof schema === 'string' && (SUPPORTED_SCHEMAS as readonly string[]).includes(schema)) return
  const supported = SUPPORTED_SCHEMAS.map((s) => `"${s}"`).join(', ')
  // The releases are still read: most of a newer or misspelt document is usually readable.
  report(schema === undefined
    ? makeProblem('schema', 'schema.missing', { supported }, 'error', 'nothing')
    : makeProblem('schema', 'schema.unsupported', { value: quoteValue(schema), supported }, 'error', 'nothing'))
}

function readSource(raw: unknown, report: Sink): CorpusSource {
  if (raw === undefined) {
    report(makeProblem('source', 'source.missing', {}, 'warning', 'nothing'))
    return { name: '' }
  }
  const source = readItem<CorpusSource>(raw, 'source', SOURCE_FIELDS, 'source', report) ?? { name: '' }
  source.name ??= ''
  return source
}

function readTable<T extends { id: string }>(raw: unknown, name: EntityFacet, fields: Record<string, FieldRule>, report: Sink): T[] {
  if (raw === undefined) return []
  if (!Array.isArray(raw)) {
    report(makeProblem(name, 'value.notList', {}, 'error', 'entry'))
    return []
  }
  const items: T[] = []
  const seen = new Map<string, number>()
  raw.forEach((entry: unknown, index) => {
    const path = `${name}[${index}]`
    const item = readItem<T>(entry, path, fields, 'entry', report)
    if (!item) return
    const first = seen.get(item.id)
    if (first !== undefined) {
      report(makeProblem(`${path}.id`, 'id.duplicate', { value: quoteValue(item.id), first: `${name}[${first}].id` }, 'error', 'entry'))
      return
    }
    seen.set(item.id, index)
    items.push(item)
  })
  return items
}

/**
 * Reads one object field by field. A bad required field drops the item (for
 * `source`, only the field); any other bad field, or bad list element, is
 * dropped alone with a warning. Null optional fields count as absent.
 */
function readItem<T>(raw: unknown, path: string, fields: Record<string, FieldRule>, kind: 'release' | 'entry' | 'source', report: Sink): T | undefined {
  const itemCost: ProblemCost = kind === 'source' ? 'field' : kind
  if (!isRecord(raw)) {
    report(makeProblem(path, 'item.notObject', {}, 'error', kind === 'source' ? 'nothing' : kind))
    return undefined
  }
  const out: Record<string, unknown> = {}
  let dropped = false
  for (const [key, rule] of Object.entries(fields)) {
    const value = raw[key]
    const where = `${path}.${key}`
    const required = rule.kind === 'value' && rule.required === true
    if (value === undefined || (value === null && !required)) {
      if (required) {
        report(makeProblem(where, 'value.missing', {}, 'error', itemCost))
        dropped = true
      }
      continue
    }
    if (rule.kind === 'list') {
      if (!Array.isArray(value)) {
        report(makeProblem(where, 'value.notList', {}, 'warning', 'field'))
        continue
      }
      out[key] = value.filter((element: unknown, index) => {
        if (typeof element === 'string') return true
        report(makeProblem(`${where}[${index}]`, 'value.notString', {}, 'warning', 'value'))
        return false
      })
      continue
    }
    if (rule.kind === 'languageMap') {
      if (!isRecord(value)) {
        report(makeProblem(where, 'value.notLanguageMap', {}, 'warning', 'field'))
        continue
      }
      const map: Record<string, string> = {}
      for (const [lang, text] of Object.entries(value)) {
        if (typeof text === 'string') map[lang] = text
        else report(makeProblem(`${where}.${lang}`, 'value.notString', {}, 'warning', 'value'))
      }
      out[key] = map
      continue
    }
    const result = v.safeParse(rule.schema, value)
    if (result.success) {
      out[key] = result.output
      continue
    }
    const code = (result.issues[0]?.message ?? 'value.notString') as ProblemCode
    const params: ProblemParams = CODES_WITH_VALUE.has(code) ? { value: quoteValue(value) } : {}
    if (required) {
      report(makeProblem(where, code, params, 'error', itemCost))
      dropped = true
    } else {
      report(makeProblem(where, code, params, 'warning', 'field'))
    }
  }
  warnUnknownKeys(raw, Object.keys(fields), path, report)
  return dropped && kind !== 'source' ? undefined : (out as T)
}

function warnUnknownKeys(raw: Record<string, unknown>, known: string[], path: string, report: Sink): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) report(makeProblem(path ? `${path}.${key}` : key, 'field.unknown', {}, 'warning', 'nothing'))
  }
}

/**
 * The publisher: `source.institution` when it names an organisation, else the
 * one organisation of kind "institution". It is written to
 * `source.institution`; releases never list it as a partner.
 */
function resolveInstitution(source: CorpusSource, organisations: Organisation[], report: Sink): void {
  const ids = new Set(organisations.map((o) => o.id))
  if (source.institution !== undefined) {
    if (ids.has(source.institution)) return
    report(makeProblem('source.institution', 'organisation.unknown', { value: quoteValue(source.institution) }, 'warning', 'field'))
    delete source.institution
  }
  const marked = organisations.filter((o) => o.kind === INSTITUTION_KIND)
  if (marked.length === 1) source.institution = (marked[0] as Organisation).id
}

function checkAffiliations(officials: Official[], organisations: Organisation[], report: Sink): void {
  const ids = new Set(organisations.map((o) => o.id))
  officials.forEach((official, index) => {
    if (official.affiliation && !ids.has(official.affiliation)) {
      report(makeProblem(`officials[${index}].affiliation`, 'organisation.unknown', { value: quoteValue(official.affiliation) }, 'warning', 'nothing'))
    }
  })
}

function checkTranslations(releases: Release[], ids: Map<string, number>, report: Sink): void {
  for (const release of releases) {
    if (!release.translations) continue
    for (const [lang, id] of Object.entries(release.translations)) {
      if (!ids.has(id)) {
        report(makeProblem(`releases[${ids.get(release.id)}].translations.${lang}`, 'translation.unknown', { value: quoteValue(id) }, 'warning', 'value'))
        delete release.translations[lang]
      }
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
