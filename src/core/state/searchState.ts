/**
 * Search state as it lives in the URL, and the two pure functions that map
 * between the query string and the state. They round-trip: defaults are left
 * out of the URL, and an invalid value is dropped and reported, never thrown.
 * The values are read by the one request schema (`src/core/request/schema.ts`);
 * this module adds only what is the URL's own: repeated parameters and broken
 * %-encoding.
 *
 * @example
 * const { state, invalid } = stateFromQuery({ q: 'IOM', organisation: 'iom,unhcr', page: '-3' })
 * // state.filters.organisations = ['iom', 'unhcr']
 * // invalid = [{ path: 'page', code: 'param.notPage', params: { value: '-3', max: 10000 }, severity: 'warning' }]
 * queryFromState(state) // { q: 'IOM', organisation: 'iom,unhcr' }
 */
import { makeProblem, shortenValue, type Problem, type ProblemCode, type ProblemParams } from '../problems.ts'
import { FACETS, type FacetName, type SortOrder } from '../search/types.ts'
import { FACET_PARAMS, type Surface } from '../request/limits.ts'
import { defaultSort, validateSearchRequest, type SearchInput, type ValidatedRequest } from '../request/schema.ts'
import type { SearchRequest } from '../request/request.ts'

export { FACET_PARAMS } from '../request/limits.ts'
export { defaultSort } from '../request/schema.ts'

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

  const input: SearchInput = { q: read('q'), filters: {} }
  for (const facet of FACETS) {
    const param = FACET_PARAMS[facet]
    const all = values(param)
    // Repeated facet parameters mean "these values too": combined, and said so.
    if (all.length > 1) invalid.push(ignored(param, 'param.repeatedCombined', all.join(','), { count: all.length }))
    if (all.length > 0) (input.filters as Record<FacetName, string[]>)[facet] = all
  }
  input.from = read('from')
  input.to = read('to')
  input.sort = read('sort')
  input.page = read('page')
  for (const param of SINGLE_APP_PARAMS) read(param)

  const { request, problems } = validateSearchRequest(input, 'app')
  return { state: stateFromRequest(request), invalid: [...invalid, ...problems] }
}

/** The state of a validated request: its page size left out, and its sort when it is the default. */
export function stateFromRequest(request: SearchRequest): SearchState {
  const state = emptyState()
  state.q = request.q
  for (const facet of FACETS) state.filters[facet] = [...(request.filters[facet] ?? [])]
  if (request.from !== undefined) state.from = request.from
  if (request.to !== undefined) state.to = request.to
  if (request.sort !== defaultSort(request.q)) state.sort = request.sort
  state.page = request.page
  return state
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

/**
 * The engine request for a state: the state's values through the request
 * schema, with the surface's page size. The search runner calls this once per
 * state; `problems` is empty for a state read from a URL.
 */
export function requestFromState(state: SearchState, options: { pageSize?: number; surface?: Surface } = {}): ValidatedRequest {
  return validateSearchRequest(
    { q: state.q, filters: state.filters, from: state.from, to: state.to, sort: state.sort, page: state.page, pageSize: options.pageSize },
    options.surface ?? 'app',
  )
}

/** Stable equality of two states, for skipping redundant navigation. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(queryFromState(a)) === JSON.stringify(queryFromState(b))
}
