/**
 * Search state as it lives in the URL, and the two pure functions that map
 * between the query string and the state. They round-trip: defaults are left
 * out of the URL, and an invalid value is dropped and reported, never thrown.
 *
 * @example
 * const { state, invalid } = stateFromQuery({ q: 'IOM', organisation: 'iom,unhcr', page: '-3' })
 * // state.filters.organisations = ['iom', 'unhcr']
 * // invalid = [{ path: 'page', code: 'param.notPage', params: { value: '-3', max: 10000 }, severity: 'warning' }]
 * queryFromState(state) // { q: 'IOM', organisation: 'iom,unhcr' }
 */
import { periodEdge } from '../calendar/isoDate.ts'
import { makeProblem, shortenValue, type Problem, type ProblemCode, type ProblemParams } from '../problems.ts'
import { FACETS, SORTS, type FacetName, type SearchRequest, type SortOrder } from '../search/types.ts'

/** The search a URL describes. */
export interface SearchState {
  q: string
  filters: Record<FacetName, string[]>
  from?: string
  to?: string
  /** Absent means the default: relevance with a query, newest without. */
  sort?: SortOrder
  page: number
}

/**
 * A URL parameter that was ignored (in part), and why: a coded problem whose
 * `path` is the parameter's name and whose `params.value` is the value as
 * written (shortened). The UI shows these in the reader's language.
 */
export type InvalidParam = Problem

/** Parameters read outside the search state that still must appear once (`corpus`). */
export const SINGLE_APP_PARAMS = ['corpus'] as const

/** URL parameter name for each facet: singular, comma-separated ids (`organisation=iom,unhcr`). */
export const FACET_PARAMS: Record<FacetName, string> = {
  officials: 'official',
  organisations: 'organisation',
  topics: 'topic',
  type: 'type',
  lang: 'lang',
}

/** Longest query kept from a URL; longer text is cut and reported. */
export const MAX_QUERY_LENGTH = 500
/** Most values kept per facet parameter. */
export const MAX_FACET_VALUES = 50
/** Highest page number accepted. */
export const MAX_PAGE = 10_000

const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,99}$/u

/** A state with nothing selected: browse every release, newest first. */
export function emptyState(): SearchState {
  return { q: '', filters: { officials: [], organisations: [], topics: [], type: [], lang: [] }, page: 1 }
}

type QueryValue = string | null | undefined | Array<string | null>

const ignored = (param: string, code: ProblemCode, value: string, params: ProblemParams = {}): Problem =>
  makeProblem(param, code, { value: shortenValue(value), ...params }, 'warning', 'value')

/**
 * Reads a search state from URL query parameters (as vue-router or
 * URLSearchParams give them). With `rawSearch` (the address's `?…` part as
 * typed), broken %-encoding is reported too; vue-router keeps such values as
 * written.
 */
export function stateFromQuery(query: Record<string, QueryValue>, rawSearch?: string): { state: SearchState; invalid: Problem[] } {
  const state = emptyState()
  const invalid: Problem[] = rawSearch ? queryEncodingProblems(rawSearch) : []
  const values = (param: string): string[] => {
    const raw = query[param]
    return (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string')
  }
  /** A single-valued parameter: the first of repeated values, reported. */
  const read = (param: string): string | undefined => {
    const all = values(param)
    if (all.length > 1) invalid.push(ignored(param, 'param.repeated', all.join(' & '), { count: all.length }))
    return all[0]
  }

  const q = read('q')
  if (q !== undefined) {
    // Control characters (other than tab and newline) become spaces.
    // eslint-disable-next-line no-control-regex
    const clean = q.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
    if (clean.length > MAX_QUERY_LENGTH) invalid.push(ignored('q', 'param.tooLong', clean, { max: MAX_QUERY_LENGTH }))
    const kept = Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('')
    state.q = kept.trim() === '' ? '' : kept
  }

  for (const facet of FACETS) {
    const param = FACET_PARAMS[facet]
    const all = values(param)
    if (all.length === 0) continue
    // Repeated facet parameters mean "these values too": combined, and said so.
    if (all.length > 1) invalid.push(ignored(param, 'param.repeatedCombined', all.join(','), { count: all.length }))
    const ids = [...new Set(all.join(',').split(',').map((v) => v.trim()).filter(Boolean))]
    for (const value of ids) {
      if (!ID_PATTERN.test(value)) invalid.push(ignored(param, 'param.notId', value))
      else if (state.filters[facet].length >= MAX_FACET_VALUES) invalid.push(ignored(param, 'param.tooMany', value, { max: MAX_FACET_VALUES }))
      else state.filters[facet].push(value)
    }
  }

  for (const param of ['from', 'to'] as const) {
    const raw = read(param)
    if (raw === undefined || raw === '') continue
    const date = expandDate(raw, param)
    if (date) state[param] = date
    else invalid.push(ignored(param, 'param.notDate', raw))
  }
  if (state.from && state.to && state.from > state.to) {
    invalid.push(ignored('to', 'param.beforeFrom', state.to, { from: state.from }))
    delete state.to
  }

  const sort = read('sort')
  if (sort !== undefined && sort !== '') {
    if ((SORTS as readonly string[]).includes(sort)) {
      if (sort !== defaultSort(state.q)) state.sort = sort as SortOrder
    }
    else invalid.push(ignored('sort', 'param.notSort', sort, { allowed: SORTS.join(', ') }))
  }

  const page = read('page')
  if (page !== undefined && page !== '') {
    const n = Number(page)
    if (/^\d+$/.test(page) && n >= 1 && n <= MAX_PAGE) state.page = n
    else invalid.push(ignored('page', 'param.notPage', page, { max: MAX_PAGE }))
  }
  for (const param of SINGLE_APP_PARAMS) read(param)
  return { state, invalid }
}

/**
 * Parameters of a raw query string (`?q=%E0%A4` as typed) whose %-encoding is
 * broken. Browsers and vue-router keep such text as written; this says so.
 */
export function queryEncodingProblems(rawSearch: string): Problem[] {
  const problems: Problem[] = []
  for (const part of rawSearch.replace(/^\?/, '').split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const rawName = eq === -1 ? part : part.slice(0, eq)
    const rawValue = eq === -1 ? '' : part.slice(eq + 1)
    const name = safeDecode(rawName) ?? rawName
    if (safeDecode(rawName) === undefined || safeDecode(rawValue) === undefined) problems.push(ignored(name, 'param.badEncoding', rawValue))
  }
  return problems
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return undefined
  }
}

/** Writes a state as URL query parameters, leaving defaults out. */
export function queryFromState(state: SearchState): Record<string, string> {
  const query: Record<string, string> = {}
  if (state.q.trim() !== '') query.q = state.q
  for (const facet of FACETS) {
    const values = state.filters[facet]
    if (values.length > 0) query[FACET_PARAMS[facet]] = values.join(',')
  }
  if (state.from) query.from = state.from
  if (state.to) query.to = state.to
  if (state.sort && state.sort !== defaultSort(state.q)) query.sort = state.sort
  if (state.page > 1) query.page = String(state.page)
  return query
}

/** Relevance when there is text to rank by, newest otherwise. */
export function defaultSort(q: string): SortOrder {
  return q.trim() === '' ? 'newest' : 'relevance'
}

/** The engine request for a state. */
export function requestFromState(state: SearchState, pageSize: number): SearchRequest {
  const filters: SearchRequest['filters'] = {}
  for (const facet of FACETS) if (state.filters[facet].length > 0) filters[facet] = [...state.filters[facet]]
  return {
    q: state.q,
    filters,
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
    sort: state.sort ?? defaultSort(state.q),
    page: state.page,
    pageSize,
  }
}

/** Accepts YYYY, YYYY-MM or YYYY-MM-DD; a short `from` starts its period, a short `to` ends it. */
export function expandDate(raw: string, edge: 'from' | 'to'): string | undefined {
  return periodEdge(raw, edge === 'from' ? 'start' : 'end')
}

/** Stable equality of two states, for skipping redundant navigation. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(queryFromState(a)) === JSON.stringify(queryFromState(b))
}
