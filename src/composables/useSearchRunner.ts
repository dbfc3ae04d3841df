/**
 * Keeps the search store's answer in step with a search state: runs on every
 * state change (each keystroke: the worker drops a search that a newer one
 * supersedes) and, while full-text indexing is still going, again as the index
 * grows (at most a few times a second) so results fill in.
 */
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { useThrottledIndexed } from './useThrottledIndexed.ts'
import { requestFromState, type SearchState } from '../core/state/searchState.ts'
import type { SearchRequest } from '../core/search/types.ts'
import { useCorpusStore } from '../stores/corpus.ts'
import { useSearchStore } from '../stores/search.ts'
import type { SearchStateSource } from './searchState.ts'
import { withPreset, type Preset } from '../core/widget/preset.ts'

export const DEFAULT_PAGE_SIZE = 20

export function useSearchRunner(
  source: SearchStateSource,
  pageSize: MaybeRefOrGetter<number> = DEFAULT_PAGE_SIZE,
  preset?: MaybeRefOrGetter<Preset | undefined>,
  /** False while the caller knows the answer without asking the engine (a preset that matches nothing). */
  enabled: MaybeRefOrGetter<boolean> = true,
) {
  const corpus = useCorpusStore()
  const search = useSearchStore()
  const indexed = useThrottledIndexed()
  /** The state each request was made from, so an answer can be shown with the state it answers. */
  const states = new WeakMap<SearchRequest, SearchState>()
  const request = computed(() => {
    const state = source.state.value
    const next = withPreset(requestFromState(state, toValue(pageSize)), toValue(preset))
    states.set(next, state)
    return next
  })

  watch(
    [request, () => corpus.ready && toValue(enabled), () => (source.state.value.q.trim() ? indexed.value : 0)],
    ([next, ready]) => {
      if (ready) void search.run(next)
    },
    { immediate: true },
  )
  return {
    request,
    /** The state the request was made from, when this runner made it. */
    stateOf: (made: SearchRequest | undefined): SearchState | undefined => (made ? states.get(made) : undefined),
  }
}
