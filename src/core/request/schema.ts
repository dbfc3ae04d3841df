/**
 * The one schema of a search request. The URL reader, the widget's attribute
 * reader, the command line's flags and the search runner all call
 * `validateSearchRequest`; the engine takes only what it returns. Each field
 * has one rule (a small function: the value to use, or the rule it broke); a
 * bad value costs only itself (a default or the part that fits is kept) and
 * becomes one coded problem named as its surface names the field
 * (`page-size`, `--limit`, `q`). Hand-written rather than valibot: see
 * docs/DECISIONS.md (the widget's size budget).
 *
 * @example
 * validateSearchRequest({ q: 'iom', filters: { organisations: 'iom,<b>' }, from: '2021', to: '2019' }, 'app')
 * // request: { q: 'iom', filters: { organisations: ['iom'] }, from: '2019-01-01', to: '2021-12-31',
 * //            sort: 'relevance', page: 1, pageSize: 20 }
 * // problems: organisation "<b>" param.notId; to "2019" range.swapped
 */
import { periodEdge } from '../calendar/isoDate.ts'
import { makeProblem, shortenValue, type Problem, type ProblemCode, type ProblemParams } from '../problems.ts'
import { FACETS, type FacetName, type SortOrder } from '../search/types.ts'
import { FACET_PARAMS, fieldName, ID_PATTERN, PAGE_SIZES, REQUEST_LIMITS, type RequestField, type Surface } from './limits.ts'
import { SearchRequest } from './request.ts'

/** A search as a surface gives it, before validation: text as typed, or values of the right type. */
export interface SearchInput {
  q?: unknown
  /** Per facet: a list of ids, or one comma-separated string. */
  filters?: Partial<Record<FacetName, unknown>>
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a short `from` starts its period, a short `to` ends it. */
  from?: unknown
  to?: unknown
  sort?: unknown
  page?: unknown
  pageSize?: unknown
}

/** A validated request and what was wrong with the input (empty when nothing was). */
export interface ValidatedRequest {
  request: SearchRequest
  problems: Problem[]
}

/** What a bad value broke. */
type Rule = 'notText' | 'tooLong' | 'notId' | 'tooMany' | 'notDate' | 'rangeSwapped' | 'notSort' | 'notPage' | 'notPageSize'

const URL_CODES: Record<Rule, ProblemCode> = {
  notText: 'param.notText',
  tooLong: 'param.tooLong',
  notId: 'param.notId',
  tooMany: 'param.tooMany',
  notDate: 'param.notDate',
  rangeSwapped: 'range.swapped',
  notSort: 'param.notSort',
  notPage: 'param.notPage',
  notPageSize: 'param.notPageSize',
}

/** The problem code of each rule on each surface: the widget's texts speak to a page author. */
const CODES: Record<Surface, Record<Rule, ProblemCode>> = {
  app: URL_CODES,
  cli: URL_CODES,
  widget: { ...URL_CODES, notId: 'attribute.notId', notDate: 'attribute.notDate', notPageSize: 'attribute.pageSize' },
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g
const codePoints = (text: string): number => Array.from(text).length

/** What a field's rule gives: the value to use, or the rule the input broke. */
type Checked<T> = { ok: true; value: T } | { ok: false; rule: Rule }
type FieldRule<T> = (input: unknown) => Checked<T>
const ok = <T>(value: T): Checked<T> => ({ ok: true, value })
const broke = <T>(rule: Rule): Checked<T> => ({ ok: false, rule })

/** Query text: control characters (other than tab and newline) become spaces; at most `queryLength` characters. */
const queryRule: FieldRule<string> = (input) => {
  if (typeof input !== 'string') return broke('notText')
  const text = input.replace(CONTROL, ' ')
  return codePoints(text) <= REQUEST_LIMITS.queryLength ? ok(text) : broke('tooLong')
}

/** One filter value: an id of an entity, a release type or a language. */
const idRule: FieldRule<string> = (input) => (typeof input === 'string' && ID_PATTERN.test(input) ? ok(input) : broke('notId'))

/** A period (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) on the calendar, as written (trimmed). */
const periodRule: FieldRule<string> = (input) => {
  const text = typeof input === 'string' ? input.trim() : undefined
  return text !== undefined && periodEdge(text, 'start') !== undefined ? ok(text) : broke('notDate')
}

const sortRule: FieldRule<SortOrder> = (input) =>
  (REQUEST_LIMITS.sorts as readonly unknown[]).includes(input) ? ok(input as SortOrder) : broke('notSort')

/** A whole number from 1 to `max`, as a number or as digits. */
const wholeNumber =
  (max: number, rule: Rule): FieldRule<number> =>
  (input) => {
    const n = typeof input === 'number' ? input : typeof input === 'string' && /^\s*\d+\s*$/.test(input) ? Number(input) : Number.NaN
    return Number.isInteger(n) && n >= 1 && n <= max ? ok(n) : broke(rule)
  }

const pageRule = wholeNumber(REQUEST_LIMITS.maxPage, 'notPage')
const PAGE_SIZE_RULES: Record<Surface, FieldRule<number>> = {
  app: wholeNumber(PAGE_SIZES.app.max, 'notPageSize'),
  widget: wholeNumber(PAGE_SIZES.widget.max, 'notPageSize'),
  cli: wholeNumber(PAGE_SIZES.cli.max, 'notPageSize'),
}

/** Absent, as every surface means it: not given, null, or empty text. */
const absent = (value: unknown): boolean => value === undefined || value === null || value === ''

/** Relevance when there is text to rank by, newest otherwise. */
export function defaultSort(q: string): SortOrder {
  return q.trim() === '' ? 'newest' : 'relevance'
}

/**
 * Validates a search from any surface; never throws. Every value is checked
 * once, here; what cannot be used is left out (or cut, or swapped) and named.
 */
export function validateSearchRequest(input: SearchInput, surface: Surface = 'app'): ValidatedRequest {
  const problems: Problem[] = []
  const report = (field: RequestField, rule: Rule, value: unknown, params: ProblemParams = {}): void => {
    problems.push(problem(field, rule, value, surface, params))
  }
  /** Checks one value; when it breaks its rule, reports that and returns undefined. */
  const read = <T>(field: RequestField, rule: FieldRule<T>, value: unknown, params: ProblemParams = {}): T | undefined => {
    const checked = rule(value)
    if (checked.ok) return checked.value
    report(field, checked.rule, value, params)
    return undefined
  }

  let q = ''
  if (!absent(input.q)) {
    const checked = queryRule(input.q)
    if (checked.ok) q = checked.value
    else if (typeof input.q === 'string') {
      const clean = input.q.replace(CONTROL, ' ')
      report('q', 'tooLong', clean, { max: REQUEST_LIMITS.queryLength })
      q = Array.from(clean).slice(0, REQUEST_LIMITS.queryLength).join('')
    } else report('q', 'notText', input.q)
    if (q.trim() === '') q = ''
  }

  const filters: Partial<Record<FacetName, string[]>> = {}
  const rawFilters: Partial<Record<FacetName, unknown>> = input.filters && typeof input.filters === 'object' ? input.filters : {}
  for (const facet of FACETS) {
    const field = FACET_PARAMS[facet] as RequestField
    const kept: string[] = []
    for (const value of listValues(rawFilters[facet])) {
      const id = read(field, idRule, value)
      if (id === undefined || kept.includes(id)) continue
      if (kept.length >= REQUEST_LIMITS.facetValues) report(field, 'tooMany', id, { max: REQUEST_LIMITS.facetValues })
      else kept.push(id)
    }
    if (kept.length > 0) filters[facet] = kept
  }

  const range = readRange(input.from, input.to, surface)
  problems.push(...range.problems)
  const { from, to } = range

  const sort = (absent(input.sort) ? undefined : read('sort', sortRule, input.sort, { allowed: REQUEST_LIMITS.sorts.join(', ') })) ?? defaultSort(q)
  const page = (absent(input.page) ? undefined : read('page', pageRule, input.page, { max: REQUEST_LIMITS.maxPage })) ?? 1
  const sizes = PAGE_SIZES[surface]
  const pageSize = (absent(input.pageSize) ? undefined : read('pageSize', PAGE_SIZE_RULES[surface], input.pageSize, { max: sizes.max })) ?? sizes.default

  const request = new SearchRequest({ q, filters, ...(from ? { from } : {}), ...(to ? { to } : {}), sort, page, pageSize })
  return { request, problems }
}

/**
 * The date range of a request: each end read as a period (`YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`), a short `from` starting its period and a short `to` ending it;
 * an end that is no date is left out, and a reversed range is swapped
 * (`REQUEST_LIMITS.reversedRange`). The date filter orders a picked range with
 * this too, so the page and the schema share one rule.
 *
 * @example
 * readRange('2021', '2019-06').from // '2019-06-01' (and a `range.swapped` problem)
 */
export function readRange(fromInput: unknown, toInput: unknown, surface: Surface = 'app'): { from?: string; to?: string; problems: Problem[] } {
  const problems: Problem[] = []
  const read = (field: 'from' | 'to', value: unknown): string | undefined => {
    if (absent(value)) return undefined
    const checked = periodRule(value)
    if (checked.ok) return checked.value
    problems.push(problem(field, checked.rule, value, surface))
    return undefined
  }
  const fromPeriod = read('from', fromInput)
  const toPeriod = read('to', toInput)
  let from = fromPeriod === undefined ? undefined : periodEdge(fromPeriod, 'start')
  let to = toPeriod === undefined ? undefined : periodEdge(toPeriod, 'end')
  if (from !== undefined && to !== undefined && fromPeriod !== undefined && toPeriod !== undefined && from > to) {
    problems.push(problem('to', 'rangeSwapped', toPeriod, surface, { from: fromPeriod }))
    from = periodEdge(toPeriod, 'start')
    to = periodEdge(fromPeriod, 'end')
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), problems }
}

function problem(field: RequestField, rule: Rule, value: unknown, surface: Surface, params: ProblemParams = {}): Problem {
  return makeProblem(fieldName(field, surface), CODES[surface][rule], { value: shown(value, surface), ...params }, 'warning', 'value')
}

/** The values of a filter field: lists flattened, comma-separated text split, blanks dropped. */
function listValues(raw: unknown): unknown[] {
  if (absent(raw)) return []
  const items = Array.isArray(raw) ? raw : [raw]
  const values: unknown[] = []
  for (const item of items) {
    if (typeof item !== 'string') {
      if (!absent(item)) values.push(item)
      continue
    }
    for (const part of item.split(',')) if (part.trim() !== '') values.push(part.trim())
  }
  return values
}

/** A value as a problem shows it: text as written, cut (shorter on the widget, whose lines sit in a page). */
function shown(value: unknown, surface: Surface): string {
  const max = surface === 'widget' ? 40 : 60
  if (typeof value === 'string') return shortenValue(value, max)
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return shortenValue(text, max)
}
