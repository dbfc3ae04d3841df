/**
 * Keeps the search store's answer in step with a search state: runs on every
 * state change and, while full-text indexing is still going, again as the
 * index grows (at most a few times a second) so results fill in.
 */
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { useThrottledIndexed } from './useThrottledIndexed.ts'
import { requestFromState } from '../core/state/searchState.ts'
import { useCorpusStore } from '../stores/corpus.ts'
import { useSearchStore } from '../stores/search.ts'
import type { SearchStateSource } from './searchState.ts'
import type { FacetName, SearchRequest } from '../core/search/types.ts'

/** Filters that always apply (the widget's presets), merged into every request. */
export type PresetFilters = Partial<Record<FacetName, readonly string[]>>

/** Adds preset values to a request's filters. Presets' facets are not offered to the user, so AND = union here. */
export function withPreset(request: SearchRequest, preset: PresetFilters | undefined): SearchRequest {
  if (!preset) return request
  const filters = { ...request.filters }
  for (const [facet, values] of Object.entries(preset) as Array<[FacetName, readonly string[]]>) {
    if (values.length > 0) filters[facet] = [...new Set([...(filters[facet] ?? []), ...values])]
  }
  return { ...request, filters }
}

export const DEFAULT_PAGE_SIZE = 20

export function useSearchRunner(
  source: SearchStateSource,
  pageSize: MaybeRefOrGetter<number> = DEFAULT_PAGE_SIZE,
  preset?: MaybeRefOrGetter<PresetFilters | undefined>,
) {
  const corpus = useCorpusStore()
  const search = useSearchStore()
  const indexed = useThrottledIndexed()
  const request = computed(() => withPreset(requestFromState(source.state.value, toValue(pageSize)), toValue(preset)))

  watch(
    [request, () => corpus.ready, () => (source.state.value.q.trim() ? indexed.value : 0)],
    ([next, ready]) => {
      if (ready) void search.run(next)
    },
    { immediate: true },
  )
  return { request }
}
