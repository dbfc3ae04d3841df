/**
 * Keeps the search store's answer in step with a search state: runs on every
 * state change (each keystroke: the worker drops a search that a newer one
 * supersedes) and, while full-text indexing is still going, again as the index
 * grows (at most a few times a second) so results fill in.
 *
 * This is the one place where the page's state becomes the engine's validated
 * request (`requestFromState`, the request schema), with the surface's page size
 * and the widget's preset; what the schema left out is in `problems`.
 */
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { useThrottledIndexed } from './useThrottledIndexed.ts'
import { requestFromState, type SearchState } from '../core/state/searchState.ts'
import type { Surface } from '../core/request/limits.ts'
import { withPreset, type Preset, type SearchRequest } from '../core/request/request.ts'
import { useCorpusStore } from '../stores/corpus.ts'
import { useSearchStore } from '../stores/search.ts'
import type { SearchStateSource } from './searchState.ts'
import type { Problem } from '../core/problems.ts'

const NO_PROBLEMS: readonly Problem[] = Object.freeze([])

export interface SearchRunnerOptions {
  /** Whose rules apply (page size bounds, problem texts): the app's or a widget's. */
  surface?: Surface
  /** Hits per page; the surface's default when absent. */
  pageSize?: MaybeRefOrGetter<number | undefined>
  /** Filters and a period always applied (a widget's attributes). */
  preset?: MaybeRefOrGetter<Preset | undefined>
  /** False while the caller knows the answer without asking the engine (a preset that matches nothing). */
  enabled?: MaybeRefOrGetter<boolean>
}

export function useSearchRunner(source: SearchStateSource, options: SearchRunnerOptions = {}) {
  const corpus = useCorpusStore()
  const search = useSearchStore()
  const indexed = useThrottledIndexed()
  /** The state each request was made from, so an answer can be shown with the state it answers. */
  const states = new WeakMap<SearchRequest, SearchState>()
  const validated = computed(() => {
    const state = source.state.value
    const { request, problems } = requestFromState(state, { surface: options.surface ?? 'app', pageSize: toValue(options.pageSize) })
    const next = withPreset(request, toValue(options.preset))
    states.set(next, state)
    return { request: next, problems: problems.length > 0 ? problems : NO_PROBLEMS }
  })
  const request = computed(() => validated.value.request)

  watch(
    // Text searches follow the index as it grows; browsing follows the releases read so far.
    [
      request,
      () => corpus.ready && (toValue(options.enabled) ?? true),
      () => (source.state.value.q.trim() ? indexed.value : -indexed.arrived.value),
      // Once more when everything is read and indexed, so the answer says it covers everything.
      () => corpus.fullyIndexed,
    ],
    ([next, ready]) => {
      if (ready) void search.run(next)
    },
    { immediate: true },
  )
  return {
    request,
    /** What the schema left out of the state (typed text beyond the limit, …); empty for a state read from a URL. */
    problems: computed(() => validated.value.problems),
    /** The state the request was made from, when this runner made it. */
    stateOf: (made: SearchRequest | undefined): SearchState | undefined => (made ? states.get(made) : undefined),
  }
}
