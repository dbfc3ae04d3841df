/**
 * What narrows the current search, as a list people can read and undo one by
 * one (the chips above the results), and the state changes that add or remove
 * a filter.
 */
import { FACETS, type FacetName } from '../search/types.ts'
import type { SearchState } from '../state/searchState.ts'

/** One thing that narrows the search. */
export type ActiveFilter =
  | { kind: 'query'; text: string }
  | { kind: 'facet'; facet: FacetName; value: string }
  | { kind: 'range'; from?: string; to?: string }

/** The query text, each selected facet value (in facet order) and the date range. */
export function activeFilters(state: SearchState): ActiveFilter[] {
  const out: ActiveFilter[] = []
  if (state.q.trim()) out.push({ kind: 'query', text: state.q.trim() })
  for (const facet of FACETS) for (const value of state.filters[facet]) out.push({ kind: 'facet', facet, value })
  if (state.from || state.to) out.push({ kind: 'range', ...(state.from ? { from: state.from } : {}), ...(state.to ? { to: state.to } : {}) })
  return out
}

/** Number of facet values and date ranges selected (the query does not count): the "Filters (n)" badge. */
export function filterCount(state: SearchState): number {
  return activeFilters(state).filter((f) => f.kind !== 'query').length
}

/** The patch that removes one filter. */
export function withoutFilter(state: SearchState, filter: ActiveFilter): Partial<SearchState> {
  switch (filter.kind) {
    case 'query':
      return { q: '' }
    case 'range':
      return { from: undefined, to: undefined }
    case 'facet':
      return { filters: { ...state.filters, [filter.facet]: state.filters[filter.facet].filter((v) => v !== filter.value) } }
  }
}

/** The patch that removes every filter and the query text (sort is kept). */
export function withoutAnyFilter(): Partial<SearchState> {
  return { q: '', filters: { officials: [], organisations: [], topics: [], type: [], lang: [] }, from: undefined, to: undefined }
}

/** The patch that selects a facet value when it is not selected, and unselects it when it is. */
export function toggledValue(state: SearchState, facet: FacetName, value: string): Partial<SearchState> {
  const current = state.filters[facet]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { filters: { ...state.filters, [facet]: next } }
}

/** The patch that selects a facet value (kept once) and clears the query text: picking a suggestion. */
export function withValueInsteadOfText(state: SearchState, facet: FacetName, value: string): Partial<SearchState> {
  const current = state.filters[facet]
  return { q: '', filters: { ...state.filters, [facet]: current.includes(value) ? current : [...current, value] } }
}

/** A stable key for a filter, for lists. */
export function filterKey(filter: ActiveFilter): string {
  switch (filter.kind) {
    case 'query':
      return 'q'
    case 'range':
      return 'range'
    case 'facet':
      return `${filter.facet}:${filter.value}`
  }
}
