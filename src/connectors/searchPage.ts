/**
 * One search page's context, shared by the app's search view and the widget:
 * the state source, the search runner and the answer. `useSearchPage` sets it
 * up once; the connectors (`useSearchBox`, `useHits`, `useRefinementList`, …)
 * read it with `injectSearchPage` and return read-only state and actions, so
 * components only take props and emit events.
 *
 * @example
 * // in a view
 * const page = useSearchPage({ source: useUrlSearchState() })
 * const box = useSearchBox(page) // the view cannot inject what it provides
 * // in a component below
 * const box = useSearchBox()
 */
import { computed, inject, provide, toValue, watch, type ComputedRef, type InjectionKey, type MaybeRefOrGetter } from 'vue'
import type { SearchResponse } from '../core/search/types.ts'
import type { Surface } from '../core/request/limits.ts'
import { withPreset, type Preset, type SearchRequest } from '../core/request/request.ts'
import { requestFromState, type SearchState } from '../core/state/searchState.ts'
import type { Problem } from '../core/problems.ts'
import { activeFilters } from '../core/ui/activeFilters.ts'
import { provideSearchState, type SearchStateSource } from '../composables/searchState.ts'
import { useThrottledIndexed } from '../composables/useThrottledIndexed.ts'
import { useCorpusStore } from '../stores/corpus.ts'
import { useSearchStore } from '../stores/search.ts'

/** What every connector of a page reads. All of it is read-only; changes go through `update`. */
export interface SearchPage {
  /** The state being searched (changes on every keystroke). */
  state: ComputedRef<SearchState>
  /** What was left out of the state: URL parameters when it was read, anything the schema cut since. */
  invalid: ComputedRef<readonly Problem[]>
  /** What the engine left out of the request it answered (ids this archive does not know, …). */
  problems: ComputedRef<readonly Problem[]>
  /** The engine's validated request for the state, presets applied. */
  request: ComputedRef<SearchRequest>
  /** The newest answer, or undefined before the first one. */
  response: ComputedRef<SearchResponse | undefined>
  /** The state the shown answer was searched for (lags `state` while a search runs). */
  answeredState: ComputedRef<SearchState>
  /** A search is in flight. */
  pending: ComputedRef<boolean>
  /** Why the last search failed, if it did. */
  error: ComputedRef<string | undefined>
  /** Nothing narrows the search: the newest releases are shown. */
  browsing: ComputedRef<boolean>
  update: SearchStateSource['update']
  flush: SearchStateSource['flush']
  /** Runs the last search again. */
  retry(): void
}

export interface SearchPageOptions {
  source: SearchStateSource
  /** Whose rules apply: the app's (the default) or a widget's. */
  surface?: Surface
  /** Hits per page; the surface's default when absent. */
  pageSize?: MaybeRefOrGetter<number | undefined>
  /** Filters and a period always applied (the widget's attributes). */
  preset?: MaybeRefOrGetter<Preset | undefined>
  /** An answer known without asking the engine (a preset that matches nothing); while set, the engine is not asked. */
  knownAnswer?: MaybeRefOrGetter<SearchResponse | undefined>
  /** While true, the engine is not asked yet (the page is still being set up). */
  hold?: MaybeRefOrGetter<boolean>
}

const KEY: InjectionKey<SearchPage> = Symbol('pressroom.searchPage')
const NO_PROBLEMS: readonly Problem[] = Object.freeze([])

/**
 * Keeps the search store's answer in step with the state: runs on every state change (each
 * keystroke; the worker drops a search that a newer one supersedes) and, while full-text indexing
 * is still going, again as the index grows (at most a few times a second) so results fill in.
 * This is the one place where the page's state becomes the engine's validated request
 * (`requestFromState`, the request schema) with the surface's page size and the preset; what the
 * schema left out is in `problems`.
 */
function runSearches(options: SearchPageOptions, enabled: () => boolean) {
  const { source } = options
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
      () => corpus.ready && enabled(),
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
    problems: computed(() => validated.value.problems),
    /** The state the request was made from, when this page made it. */
    stateOf: (made: SearchRequest | undefined): SearchState | undefined => (made ? states.get(made) : undefined),
  }
}

/** Sets up a search page over a state source and provides it (and the source) to the components below. */
export function useSearchPage(options: SearchPageOptions): SearchPage {
  const { source } = options
  provideSearchState(source)
  const search = useSearchStore()
  const known = () => toValue(options.knownAnswer)
  const runner = runSearches(options, () => known() === undefined && !toValue(options.hold))
  const response = computed(() => known() ?? search.response)
  const page: SearchPage = {
    state: source.state,
    invalid: computed(() => (runner.problems.value.length > 0 ? [...source.invalid.value, ...runner.problems.value] : source.invalid.value)),
    problems: computed(() => response.value?.problems ?? []),
    request: runner.request,
    response,
    answeredState: computed(() => runner.stateOf(search.answered) ?? source.state.value),
    pending: computed(() => search.pending),
    error: computed(() => search.error),
    browsing: computed(() => activeFilters(source.state.value).length === 0),
    update: source.update,
    flush: source.flush,
    retry: () => void search.retry(),
  }
  provide(KEY, page)
  return page
}

/** The search page set up by an ancestor's `useSearchPage`. */
export function injectSearchPage(): SearchPage {
  const page = inject(KEY)
  if (!page) throw new Error('No search page provided: call useSearchPage() in an ancestor')
  return page
}

/** Provides a search page made elsewhere (a test double, or a host with its own runner). */
export function provideSearchPage(page: SearchPage): void {
  provide(KEY, page)
}
