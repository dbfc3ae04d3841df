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
  const request = computed(() => withPreset(requestFromState(source.state.value, toValue(pageSize)), toValue(preset)))

  watch(
    [request, () => corpus.ready && toValue(enabled), () => (source.state.value.q.trim() ? indexed.value : 0)],
    ([next, ready]) => {
      if (ready) void search.run(next)
    },
    { immediate: true },
  )
  return { request }
}
