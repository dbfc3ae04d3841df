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
  if (!isRecord(input)) {
    const empty: Corpus = { schema: SCHEMA_VERSION, source: { name: '' }, officials: [], organisations: [], topics: [], releases: [] }
    const stats = { releases: 0, skippedReleases: 0, skippedReferences: 0, droppedFields: 0 }
    return { errors: [makeProblem('', 'corpus.notObject', {}, 'error', 'document')], warnings: [], corpus: empty, stats }
  }
  const validator = new CorpusValidator(input)
  if (Array.isArray(input.releases)) validator.add(input.releases)
  return validator.finish(input)
}

/** Problems found by one part of the validation, kept apart so the parts can be put in document order. */
class ProblemList {
  readonly errors: Problem[] = []
  readonly warnings: Problem[] = []
  droppedFields = 0
  readonly sink: Sink = (problem) => {
    if (problem.cost === 'field' || problem.cost === 'value') this.droppedFields++
    ;(problem.severity === 'error' ? this.errors : this.warnings).push(problem)
  }
}

/** The top-level tables, read and checked: what releases are validated against. */
interface Header {
  problems: ProblemList
  source: CorpusSource
  officials: Official[]
  organisations: Organisation[]
  topics: Topic[]
  known: Record<EntityFacet, Set<string>>
}

function readHeader(input: Record<string, unknown>): Header {
  const problems = new ProblemList()
  const report = problems.sink
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
  return { problems, source, officials, organisations, topics, known }
}

/**
 * Validation of a document whose releases come in batches (a corpus read while it
 * downloads): the same rules, problems and counts as {@link validateCorpus}, which is
 * this class given the whole array at once.
 *
 * @example
 * const validator = new CorpusValidator(header) // schema, source and the entity tables
 * show(validator.add(firstReleases))           // the releases of the batch that were kept
 * const report = validator.finish(document)    // translations checked, problems in document order
 */
export class CorpusValidator {
  private readonly header: Header
  private readonly releaseProblems = new ProblemList()
  private readonly releaseIds = new Map<string, number>()
  private readonly defaultLang: string
  private readonly kept: Release[] = []
  private count = 0
  private skippedReferences = 0

  /** `header`: the top-level object without its releases (those come through `add`). */
  constructor(header: Record<string, unknown>) {
    this.header = readHeader(header)
    this.defaultLang = this.header.source.languages?.[0] ?? 'en'
  }

  /** The corpus's source and entity tables, as validated. */
  get tables(): Pick<Corpus, 'source' | 'officials' | 'organisations' | 'topics'> {
    const { source, officials, organisations, topics } = this.header
    return { source, officials, organisations, topics }
  }

  /** Releases kept so far, in document order. */
  get releases(): readonly Release[] {
    return this.kept
  }

  /** Validates the next elements of the `releases` array; returns those kept. */
  add(raws: readonly unknown[]): Release[] {
    const report = this.releaseProblems.sink
    const { known, source } = this.header
    const out: Release[] = []
    for (const raw of raws) {
      const index = this.count++
      const path = `releases[${index}]`
      const release = readItem<Release>(raw, path, RELEASE_FIELDS, 'release', report)
      if (!release) continue
      const firstIndex = this.releaseIds.get(release.id)
      if (firstIndex !== undefined) {
        report(makeProblem(`${path}.id`, 'id.duplicate', { value: quoteValue(release.id), first: `releases[${firstIndex}].id` }, 'error', 'release'))
        continue
      }
      this.releaseIds.set(release.id, index)
      if (release.lang === undefined) release.lang = this.defaultLang
      for (const facet of ENTITY_FACETS) {
        const ids = release[facet]
        if (!ids) continue
        release[facet] = ids.filter((id, position) => {
          if (known[facet].has(id)) return ids.indexOf(id) === position && !(facet === 'organisations' && id === source.institution)
          report(makeProblem(`${path}.${facet}[${position}]`, 'reference.unknown', { value: quoteValue(id), table: facet }, 'error', 'reference'))
          this.skippedReferences++
          return false
        })
      }
      this.kept.push(release)
      out.push(release)
    }
    return out
  }

  /** What was found so far, before the end of the document (translations are checked by `finish`). */
  snapshot(): ValidationReport {
    return this.compose(this.header.problems, [])
  }

  /**
   * Ends the validation. `document`: the whole top-level object, for members that came
   * after the releases (unknown fields) and for a `releases` that is missing or not a list.
   */
  finish(document: Record<string, unknown>): ValidationReport {
    const header = readHeader(document).problems
    const tail = new ProblemList()
    if (!Array.isArray(document.releases)) {
      tail.sink(document.releases === undefined
        ? makeProblem('releases', 'releases.missing', {}, 'error', 'document')
        : makeProblem('releases', 'value.notList', {}, 'error', 'document'))
    }
    checkTranslations(this.kept, this.releaseIds, tail.sink)
    return this.compose(header, [tail])
  }

  private compose(header: ProblemList, tails: ProblemList[]): ValidationReport {
    const lists = [header, this.releaseProblems, ...tails]
    const { source, officials, organisations, topics } = this.header
    return {
      errors: lists.flatMap((list) => list.errors),
      warnings: lists.flatMap((list) => list.warnings),
      corpus: { schema: SCHEMA_VERSION, source, officials, organisations, topics, releases: this.kept },
      stats: {
        releases: this.count,
        skippedReleases: this.count - this.kept.length,
        skippedReferences: this.skippedReferences,
        droppedFields: lists.reduce((sum, list) => sum + list.droppedFields, 0),
      },
    }
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
