/**
 * Search state as it lives in the URL, and the two pure functions that map
 * between the query string and the state. They round-trip: defaults are left
 * out of the URL, and an invalid value is dropped and reported, never thrown.
 *
 * @example
 * const { state, invalid } = stateFromQuery({ q: 'IOM', organisation: 'iom,unhcr', page: '-3' })
 * // state.filters.organisations = ['iom', 'unhcr']; invalid = [{ param: 'page', value: '-3', … }]
 * queryFromState(state) // { q: 'IOM', organisation: 'iom,unhcr' }
 */
import { periodEdge } from '../calendar/isoDate.ts'
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

/** A URL parameter that was ignored, and why; the UI shows these. */
export interface InvalidParam {
  param: string
  value: string
  reason: string
}

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

/** Reads a search state from URL query parameters (as vue-router or URLSearchParams give them). */
export function stateFromQuery(query: Record<string, QueryValue>): { state: SearchState; invalid: InvalidParam[] } {
  const state = emptyState()
  const invalid: InvalidParam[] = []
  const read = (param: string): string | undefined => {
    const raw = query[param]
    const value = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string').join(',') : raw
    return value === null || value === undefined ? undefined : value
  }

  const q = read('q')
  if (q !== undefined) {
    // Control characters (other than tab and newline) become spaces.
    // eslint-disable-next-line no-control-regex
    const clean = q.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
    if (clean.length > MAX_QUERY_LENGTH) {
      invalid.push({ param: 'q', value: shorten(clean), reason: `longer than ${MAX_QUERY_LENGTH} characters; the rest was cut` })
    }
    const kept = Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('')
    state.q = kept.trim() === '' ? '' : kept
  }

  for (const facet of FACETS) {
    const param = FACET_PARAMS[facet]
    const raw = read(param)
    if (raw === undefined) continue
    const values = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))]
    for (const value of values) {
      if (!ID_PATTERN.test(value)) invalid.push({ param, value: shorten(value), reason: 'is not a valid id' })
      else if (state.filters[facet].length >= MAX_FACET_VALUES) invalid.push({ param, value: shorten(value), reason: `more than ${MAX_FACET_VALUES} values` })
      else state.filters[facet].push(value)
    }
  }

  for (const param of ['from', 'to'] as const) {
    const raw = read(param)
    if (raw === undefined || raw === '') continue
    const date = expandDate(raw, param)
    if (date) state[param] = date
    else invalid.push({ param, value: shorten(raw), reason: 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)' })
  }
  if (state.from && state.to && state.from > state.to) {
    invalid.push({ param: 'to', value: state.to, reason: `is before from (${state.from})` })
    delete state.to
  }

  const sort = read('sort')
  if (sort !== undefined && sort !== '') {
    if ((SORTS as readonly string[]).includes(sort)) {
      if (sort !== defaultSort(state.q)) state.sort = sort as SortOrder
    }
    else invalid.push({ param: 'sort', value: shorten(sort), reason: `is not one of ${SORTS.join(', ')}` })
  }

  const page = read('page')
  if (page !== undefined && page !== '') {
    const n = Number(page)
    if (/^\d+$/.test(page) && n >= 1 && n <= MAX_PAGE) state.page = n
    else invalid.push({ param: 'page', value: shorten(page), reason: `is not a page number from 1 to ${MAX_PAGE}` })
  }
  return { state, invalid }
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

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value
}

/** Stable equality of two states, for skipping redundant navigation. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(queryFromState(a)) === JSON.stringify(queryFromState(b))
}
