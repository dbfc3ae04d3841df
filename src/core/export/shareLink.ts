/**
 * The address of a search, to share: the app's search page with the request
 * as URL state (defaults left out, page 1), and the corpus when it is not the
 * app's own.
 *
 * @example
 * shareLink('https://example.org/press/', { q: 'visit', filters: { organisations: ['iom'] } })
 * // 'https://example.org/press/?q=visit&organisation=iom'
 */
import { FACETS } from '../search/types.ts'
import type { SearchRequestFields } from '../request/request.ts'
import { emptyState, queryFromState } from '../state/searchState.ts'

/** `request`: a validated request, or its fields (sort optional: the default for the query; the link is to page 1). */
export function shareLink(appUrl: string, request: Pick<SearchRequestFields, 'q' | 'filters' | 'from' | 'to'> & Partial<Pick<SearchRequestFields, 'sort' | 'page'>>, corpus?: string): string {
  const state = emptyState()
  state.q = request.q
  for (const facet of FACETS) state.filters[facet] = [...(request.filters[facet] ?? [])]
  if (request.from) state.from = request.from
  if (request.to) state.to = request.to
  if (request.sort) state.sort = request.sort
  const params = new URLSearchParams(queryFromState(state))
  if (corpus) params.set('corpus', corpus)
  const query = params.toString()
  const root = appUrl.endsWith('/') ? appUrl : `${appUrl}/`
  return query ? `${root}?${query}` : root
}
