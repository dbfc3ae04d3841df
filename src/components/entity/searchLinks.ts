/**
 * Links from entity pages to the search page: the URL is the search state, so
 * a link is a state written with `queryFromState` (defaults left out).
 */
import type { RouteLocationRaw } from 'vue-router'
import { emptyState, queryFromState, type SearchState } from '../../core/state/searchState.ts'
import type { FacetName } from '../../core/search/types.ts'
import { parsePeriod } from '../../core/calendar/isoDate.ts'

/** The search page with these filters (and optionally a query and a period). */
export function searchLink(filters: Partial<Record<FacetName, string[]>>, extra: Partial<Pick<SearchState, 'q' | 'from' | 'to'>> = {}): RouteLocationRaw {
  const state = emptyState()
  for (const [facet, values] of Object.entries(filters) as Array<[FacetName, string[]]>) state.filters[facet] = [...values]
  return { name: 'search', query: queryFromState({ ...state, ...extra }) }
}

/** The search page for one calendar year (`2020`) of a filtered set. */
export function yearLink(filters: Partial<Record<FacetName, string[]>>, year: string): RouteLocationRaw {
  const period = parsePeriod(year)
  return searchLink(filters, period ? { from: period.start, to: period.end } : {})
}
