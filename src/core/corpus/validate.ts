/**
 * Validation of an `announcements/v1` document into a report: every problem
 * with a JSON path and a message a person can act on, and the corpus made of
 * what survives. Nothing is dropped without a problem that says so.
 *
 * @example
 * const report = validateCorpus(JSON.parse(text))
 * for (const p of report.errors) console.log(formatProblem(p))
 * search(report.corpus) // every valid release, dangling references removed
 */
import * as v from 'valibot'
import {
  officialEntries,
  officialSchema,
  organisationEntries,
  organisationSchema,
  releaseEntries,
  releaseSchema,
  sourceEntries,
  sourceSchema,
  topicEntries,
  topicSchema,
} from './schema.ts'
import {
  ENTITY_FACETS,
  SCHEMA_VERSION,
  type Corpus,
  type CorpusSource,
  type EntityFacet,
  type Official,
  type Organisation,
  type Release,
  type Topic,
} from './types.ts'

/** One thing wrong with a corpus, located by a JSON path such as `releases[17].date`. */
export interface Problem {
  path: string
  message: string
}

/** What validation found and what survived it. */
export interface ValidationReport {
  /** Problems that make the document invalid (each dropped an item or a reference). */
  errors: Problem[]
  /** Problems that lose nothing: unknown fields, odd but usable values. */
  warnings: Problem[]
  /** Every valid release, with references to unknown entities removed. */
  corpus: Corpus
  stats: {
    /** Releases in the input. */
    releases: number
    /** Releases dropped because they were invalid. */
    skippedReleases: number
    /** Entity references dropped because no entity has that id. */
    skippedReferences: number
  }
}

const TOP_LEVEL_KEYS = ['schema', 'source', 'officials', 'organisations', 'topics', 'releases']

/** Formats a problem as the CLI and UI print it: `releases[17].date: "2020-13-01" is not a calendar date`. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message
}

/** Parses corpus text, reporting a syntax error with its line and column instead of throwing. */
export function parseCorpusText(text: string): { value: unknown } | { error: Problem } {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { error: { path: '', message: `not valid JSON: ${message}${describePosition(text, message)}` } }
  }
}

function describePosition(text: string, message: string): string {
  const match = /position (\d+)/.exec(message)
  if (!match) {
    if (text.trim() === '') return ' (the file is empty)'
    if (/end of JSON/i.test(message)) return ` (the text ends early, at line ${text.split('\n').length}; is the file truncated?)`
    return ''
  }
  const offset = Number(match[1])
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return /line \d+/.test(message) ? '' : ` (line ${line}, column ${column})`
}

/** Validates a parsed document. Never throws, whatever the input. */
export function validateCorpus(input: unknown): ValidationReport {
  const errors: Problem[] = []
  const warnings: Problem[] = []
  const stats = { releases: 0, skippedReleases: 0, skippedReferences: 0 }
  const empty: Corpus = { schema: SCHEMA_VERSION, source: { name: '' }, officials: [], organisations: [], topics: [], releases: [] }

  if (!isRecord(input)) {
    errors.push({ path: '', message: `a corpus must be a JSON object, not ${describeType(input)}` })
    return { errors, warnings, corpus: empty, stats }
  }
  warnUnknownKeys(input, TOP_LEVEL_KEYS, '', warnings)

  if (input.schema !== SCHEMA_VERSION) {
    errors.push({
      path: 'schema',
      message:
        input.schema === undefined
          ? `is missing; expected "${SCHEMA_VERSION}"`
          : `${JSON.stringify(input.schema)} is not a supported schema version; expected "${SCHEMA_VERSION}"`,
    })
  }

  const source = readSource(input.source, errors, warnings)
  const officials = readTable<Official>(input.officials, 'officials', officialSchema, officialEntries, errors, warnings)
  const organisations = readTable<Organisation>(input.organisations, 'organisations', organisationSchema, organisationEntries, errors, warnings)
  const topics = readTable<Topic>(input.topics, 'topics', topicSchema, topicEntries, errors, warnings)
  checkAffiliations(officials, organisations, warnings)

  const known: Record<EntityFacet, Set<string>> = {
    officials: new Set(officials.map((o) => o.id)),
    organisations: new Set(organisations.map((o) => o.id)),
    topics: new Set(topics.map((t) => t.id)),
  }
  const defaultLang = source.languages?.[0] ?? 'en'
  const releases: Release[] = []
  const releaseIds = new Map<string, number>()

  if (!Array.isArray(input.releases)) {
    errors.push({ path: 'releases', message: input.releases === undefined ? 'is missing; expected a list of releases' : `must be a list, not ${describeType(input.releases)}` })
  } else {
    stats.releases = input.releases.length
    input.releases.forEach((raw: unknown, index) => {
      const path = `releases[${index}]`
      const release = readItem<Release>(raw, path, releaseSchema, releaseEntries, errors, warnings)
      if (!release) return
      const firstIndex = releaseIds.get(release.id)
      if (firstIndex !== undefined) {
        errors.push({ path: `${path}.id`, message: `"${release.id}" is a duplicate of releases[${firstIndex}].id` })
        return
      }
      releaseIds.set(release.id, index)
      if (release.lang === undefined) release.lang = defaultLang
      for (const facet of ENTITY_FACETS) {
        const ids = release[facet]
        if (!ids) continue
        release[facet] = ids.filter((id, position) => {
          if (known[facet].has(id)) return ids.indexOf(id) === position
          errors.push({ path: `${path}.${facet}[${position}]`, message: `"${id}" is not the id of any entry in ${facet}` })
          stats.skippedReferences++
          return false
        })
      }
      releases.push(release)
    })
    stats.skippedReleases = stats.releases - releases.length
  }
  checkTranslations(releases, releaseIds, warnings)

  return {
    errors,
    warnings,
    corpus: { schema: SCHEMA_VERSION, source, officials, organisations, topics, releases },
    stats,
  }
}

function readSource(raw: unknown, errors: Problem[], warnings: Problem[]): CorpusSource {
  if (raw === undefined) {
    warnings.push({ path: 'source', message: 'is missing; the corpus will be shown without a source name' })
    return { name: '' }
  }
  return readItem<CorpusSource>(raw, 'source', sourceSchema, sourceEntries, errors, warnings) ?? { name: '' }
}

function readTable<T extends { id: string }>(
  raw: unknown,
  name: EntityFacet,
  schema: v.GenericSchema,
  entries: Record<string, unknown>,
  errors: Problem[],
  warnings: Problem[],
): T[] {
  if (raw === undefined) return []
  if (!Array.isArray(raw)) {
    errors.push({ path: name, message: `must be a list, not ${describeType(raw)}` })
    return []
  }
  const items: T[] = []
  const seen = new Map<string, number>()
  raw.forEach((entry: unknown, index) => {
    const path = `${name}[${index}]`
    const item = readItem<T>(entry, path, schema, entries, errors, warnings)
    if (!item) return
    const first = seen.get(item.id)
    if (first !== undefined) {
      errors.push({ path: `${path}.id`, message: `"${item.id}" is a duplicate of ${name}[${first}].id` })
      return
    }
    seen.set(item.id, index)
    items.push(item)
  })
  return items
}

/** Validates one object against its schema; reports its issues and unknown keys. */
function readItem<T>(
  raw: unknown,
  path: string,
  schema: v.GenericSchema,
  entries: Record<string, unknown>,
  errors: Problem[],
  warnings: Problem[],
): T | undefined {
  const result = v.safeParse(schema, raw)
  if (!result.success) {
    for (const issue of result.issues) {
      const dotPath = issuePath(issue)
      const where = dotPath ? `${path}${dotPath}` : path
      const message = issue.input === undefined && dotPath ? 'is missing' : issue.message
      errors.push({ path: where, message })
    }
    return undefined
  }
  if (isRecord(raw)) warnUnknownKeys(raw, Object.keys(entries), path, warnings)
  return result.output as T
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
}

function warnUnknownKeys(raw: Record<string, unknown>, known: string[], path: string, warnings: Problem[]): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) warnings.push({ path: path ? `${path}.${key}` : key, message: 'is not a field of announcements/v1 and was ignored' })
  }
}

function checkAffiliations(officials: Official[], organisations: Organisation[], warnings: Problem[]): void {
  const ids = new Set(organisations.map((o) => o.id))
  officials.forEach((official, index) => {
    if (official.affiliation && !ids.has(official.affiliation)) {
      warnings.push({ path: `officials[${index}].affiliation`, message: `"${official.affiliation}" is not the id of any organisation` })
    }
  })
}

function checkTranslations(releases: Release[], ids: Map<string, number>, warnings: Problem[]): void {
  for (const release of releases) {
    if (!release.translations) continue
    for (const [lang, id] of Object.entries(release.translations)) {
      if (!ids.has(id)) {
        warnings.push({ path: `releases[${ids.get(release.id)}].translations.${lang}`, message: `"${id}" is not the id of any release` })
        delete release.translations[lang]
      }
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
