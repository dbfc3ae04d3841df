/**
 * Problems with input, as coded values: the corpus validator, the request
 * schema (URL, widget attributes, CLI flags) and the engine all report a `Problem`, and the interface
 * translates its `code` (see `src/i18n/messages/problems.ts`, en/az/ru). The
 * command line prints the English text through `problemMessage`.
 *
 * To add a problem: add its code and English text to `PROBLEM_TEXTS`, then its
 * Azerbaijani and Russian texts to `src/i18n/messages/problems.ts` (the type
 * checker and a unit test insist on all three).
 *
 * @example
 * const problem = makeProblem('releases[17].date', 'date.notCalendar', { value: '"2020-13-01"' }, 'error', 'release')
 * formatProblem(problem) // 'releases[17].date: "2020-13-01" is not a calendar date'
 */

/** Whether a problem makes the input invalid (`error`) or is only worth knowing (`warning`). */
export type Severity = 'error' | 'warning'

/**
 * What a problem cost: the whole document, one release, one table entry, one
 * field of an item, one entity reference, one value, or nothing at all.
 */
export type ProblemCost = 'document' | 'rest' | 'release' | 'entry' | 'field' | 'reference' | 'value' | 'nothing'

/** Values filled into a problem's text; already formatted (quoted, joined), never translated. */
export type ProblemParams = Record<string, string | number>

/**
 * English texts of every problem code, with `{name}` placeholders. Texts
 * follow the path (`releases[3].title: is missing`), so they do not repeat
 * the field name.
 */
export const PROBLEM_TEXTS = {
  // The document as a whole
  'json.empty': 'the file is empty',
  'json.truncated': 'the text is not valid JSON: it ends early, at line {line}; is the file truncated?',
  'json.syntax': 'the text is not valid JSON: a syntax error at line {line}, column {column}',
  'json.invalid': 'the text is not valid JSON',
  'json.html': '{source} is an HTML page, not a JSON corpus; check the address',
  'corpus.notObject': 'a corpus must be a JSON object',
  'schema.missing': 'is missing; this version reads {supported}',
  'schema.unsupported': '{value} is not a schema this version understands; it reads {supported}',
  'releases.missing': 'is missing; expected a list of releases',
  'source.missing': 'is missing; the archive is shown without a source name',
  // Items and fields
  'field.unknown': 'is not a field of announcements/v1 and was ignored',
  'item.notObject': 'must be an object',
  'value.missing': 'is missing',
  'value.empty': 'is empty',
  'value.notString': 'must be a string',
  'value.notList': 'must be a list',
  'value.notBoolean': 'must be true or false',
  'value.notLanguageMap': 'must be an object of language code → text',
  'date.notString': 'must be a string "YYYY-MM-DD"',
  'date.notCalendar': '{value} is not a calendar date',
  'url.notHttp': '{value} is not an http(s) URL',
  'lang.invalid': '{value} is not a language code such as "en"',
  'id.duplicate': '{value} is a duplicate of {first}',
  'reference.unknown': '{value} is not the id of any entry in {table}',
  'organisation.unknown': '{value} is not the id of any organisation',
  'translation.unknown': '{value} is not the id of any release',
  // A search request's fields (the path is the URL parameter, widget attribute or CLI option)
  'param.notText': 'is not text',
  'param.tooLong': 'longer than {max} characters; the rest was cut',
  'param.notId': 'is not a valid id',
  'param.tooMany': 'more than {max} values',
  'param.notDate': 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
  'range.swapped': 'is before from ({from}); the two dates were swapped',
  'param.notSort': 'is not one of {allowed}',
  'param.notPage': 'is not a page number from 1 to {max}',
  'param.notPageSize': 'is not a page size from 1 to {max}',
  'param.repeated': 'given {count} times; only the first was used',
  'param.repeatedCombined': 'given {count} times; the values were combined',
  'param.badEncoding': 'has broken %-encoding; it was read as written',
  // Widget attributes (the path is the attribute's name)
  'attribute.missingCorpus': 'the attribute is missing; set it to the URL of an announcements/v1 JSON file',
  'attribute.unsafeUrl': 'use an http(s) or relative URL',
  'attribute.notId': 'not an id; use comma-separated ids such as "iom,unhcr"',
  'attribute.pageSize': 'use a whole number from 1 to {max}',
  'attribute.notFacet': '{value} is not a facet; use none or some of {allowed}',
  'attribute.theme': 'use {allowed}',
  'attribute.linkBase': 'use an http(s) URL or a path starting with /',
  'attribute.notDate': 'use a date such as 2019, 2019-06 or 2019-06-30',
  'attribute.uiLang': 'use en, az or ru',
  // Filters (URL parameters and widget presets) naming nothing in the archive
  'filter.unknownId': 'is not the id of anything in this archive; the search leaves it out',
  'query.tooManyWords': 'has more than {max} words; only the first {max} were searched',
  'preset.unknownId': 'nothing in this archive has this id, so this filter matches no release',
  // Loading a corpus: a refused address (the path is `corpus`), then failures of the whole download
  'corpus.refusedScheme': '{scheme} addresses are refused; give the http(s) address of an announcements/v1 file',
  'corpus.refusedOrigin': 'this site does not show archives from {origin}; allowed: {allowed}',
  'corpus.notAddress': 'not a web address',
  'load.http': 'the server answered {status} for {url}',
  'load.html': 'the server sent a web page (HTML) instead of the archive at {url}',
  'load.timeout': 'the server stopped sending {url} for {seconds} s',
  'load.network': 'the archive at {url} could not be downloaded ({detail}); if it is on another site, that site must allow cross-origin requests',
  'load.empty': 'the archive at {url} is empty',
  'load.worker': 'the search could not start in this browser ({detail})',
} as const satisfies Record<string, string>

/** Every problem code. */
export type ProblemCode = keyof typeof PROBLEM_TEXTS

/** All codes, for tests and tooling. */
export const PROBLEM_CODES = Object.keys(PROBLEM_TEXTS) as ProblemCode[]

/** One thing wrong with an input, located by `path` (`releases[17].date`, `page`, `page-size`). */
export interface Problem {
  /** A JSON path in a corpus, a URL parameter name or a widget attribute name; empty for the whole input. */
  path: string
  code: ProblemCode
  params: ProblemParams
  severity: Severity
  /** What the problem cost, where the reader should know (corpus problems always say). */
  cost?: ProblemCost
}

/** Builds a problem; `params` values are shown as given. */
export function makeProblem(path: string, code: ProblemCode, params: ProblemParams = {}, severity: Severity = 'error', cost?: ProblemCost): Problem {
  return { path, code, params, severity, ...(cost ? { cost } : {}) }
}

/** Fills `{name}` placeholders of a template; an unknown name stays as written. */
export function fillTemplate(template: string, params: ProblemParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** The English text of a problem, without its path. */
export function problemMessage(problem: Pick<Problem, 'code' | 'params'>): string {
  return fillTemplate(PROBLEM_TEXTS[problem.code] ?? problem.code, problem.params)
}

/**
 * A problem as the command line prints it: `releases[17].date: "2020-13-01" is not a calendar date`.
 * Also takes the older `{ path, message }` shape (the importer's entities-file problems).
 */
export function formatProblem(problem: Problem | { path: string; message: string }): string {
  const message = 'message' in problem ? problem.message : problemMessage(problem)
  return problem.path ? `${problem.path}: ${message}` : message
}

/**
 * What a problem line starts with where the path is a name (a widget
 * attribute or URL parameter): `page-size="500"`, or the bare name when the
 * text itself shows the value or there is none.
 */
export function problemSubject(problem: Pick<Problem, 'path' | 'code' | 'params'>): string {
  const value = problem.params.value
  if (value === undefined || PROBLEM_TEXTS[problem.code].includes('{value}')) return problem.path
  return `${problem.path}="${value}"`
}

/** A value as a problem shows it: quoted JSON, cut to `max` characters. */
export function quoteValue(value: unknown, max = 60): string {
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** A raw text cut for display, unquoted. */
export function shortenValue(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max - 3)}…` : value
}
