/**
 * Where a search's state lives. In the app it is mirrored in the URL
 * (back/forward and sharing work); in the widget it is local to the element.
 * Components read it through `injectSearchState()` and never care which.
 */
import { computed, inject, onScopeDispose, provide, shallowRef, watch, type ComputedRef, type InjectionKey } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { queryFromState, stateFromQuery, type InvalidParam, type SearchState } from '../core/state/searchState.ts'

export interface SearchStateSource {
  state: ComputedRef<SearchState>
  invalid: ComputedRef<InvalidParam[]>
  /**
   * Applies a change; a change of anything but the page resets to page 1.
   * `replace` rewrites the current history entry instead of adding one (typing).
   */
  update(patch: Partial<SearchState>, options?: { replace?: boolean }): void
  /** Writes at once a typed state still waiting for a pause (typing ended: Enter, leaving the field). */
  flush(): void
}

const KEY: InjectionKey<SearchStateSource> = Symbol('pressroom.searchState')

export function provideSearchState(source: SearchStateSource): void {
  provide(KEY, source)
}

export function injectSearchState(): SearchStateSource {
  const source = inject(KEY)
  if (!source) throw new Error('No search state provided')
  return source
}

/** Applies a patch to a state, resetting the page unless the patch sets it. */
export function patchState(state: SearchState, patch: Partial<SearchState>): SearchState {
  return { ...state, ...patch, page: patch.page ?? 1 }
}

/** The search parameters of a route's query (`corpus` left out), as one comparable string. */
function searchKey(query: LocationQuery | Record<string, string>): string {
  const params = new URLSearchParams()
  for (const name of Object.keys(query).sort()) {
    if (name === 'corpus') continue
    const value = query[name]
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v ?? '')
  }
  return params.toString()
}

/**
 * Search state held in memory and mirrored in the current route's query string
 * (`corpus` is kept). A change applies to the state at once, so the search runs
 * in the same task; the URL follows with one navigation at a time (typing
 * replaces the entry, other changes push one), and the route change that
 * navigation causes is recognised and not parsed back. Any other route change
 * (back/forward, a followed link) is parsed into the state as before.
 *
 * Typing's URL write waits for a pause in typing (`TYPING_PAUSE`): a navigation
 * and its `history.replaceState` cost several milliseconds, which would
 * otherwise sit between a keystroke and its results. A typed state still
 * waiting when another navigation starts is written into the current entry
 * first, so going back returns to what was typed; after back/forward it is
 * dropped, since that entry is no longer the page's.
 */
export function useUrlSearchState(): SearchStateSource {
  const route = useRoute()
  const router = useRouter()
  // Serialised only when written: typing does not pay for it on each keystroke.
  const typing = deferredWrites((typed) => active && commit(queryFromState(typed), true))
  // The address as typed, for broken %-encoding (vue-router keeps such values as written).
  const first = stateFromQuery(route.query, globalThis.location?.search)
  const state = shallowRef(first.state)
  const invalid = shallowRef(first.invalid)
  /** The query of the navigation in flight, whose route change is ours. */
  let writing: string | undefined
  /** The newest state still to be written once the navigation in flight ends. */
  let queued: { query: Record<string, string>; replace: boolean } | undefined
  let active = true

  /** The search route for `query`, with the current `corpus` kept. */
  function locationOf(query: Record<string, string>) {
    const corpus = route.query.corpus
    return { name: 'search', query: typeof corpus === 'string' ? { ...query, corpus } : query }
  }

  function write(query: Record<string, string>, replace: boolean): void {
    const location = locationOf(query)
    writing = searchKey(query)
    void (replace ? router.replace(location) : router.push(location)).finally(() => {
      writing = undefined
      const next = queued
      queued = undefined
      if (next && active) write(next.query, next.replace)
    })
  }

  watch(
    () => route.query,
    (query) => {
      const key = searchKey(query)
      if (key === writing || key === searchKey(queryFromState(state.value))) return
      queued = undefined
      const parsed = stateFromQuery(query, globalThis.location?.search)
      state.value = parsed.state
      invalid.value = parsed.invalid
    },
  )
  // Another navigation: a typed state still waiting goes into the entry being left, without a navigation of its own.
  const removeGuard = router.beforeEach((to) => {
    if (writing !== undefined && to.name === 'search' && searchKey(to.query) === writing) return // ours
    const typed = typing.take()
    if (typed !== undefined) router.options.history.replace(router.resolve(locationOf(queryFromState(typed))).fullPath)
  })
  // Back/forward: the entry the typed state was for is no longer the current one (called before any guard).
  const removeListener = router.options.history.listen(() => typing.cancel())
  onScopeDispose(() => {
    active = false
    typing.cancel()
    removeGuard()
    removeListener()
  })

  function commit(query: Record<string, string>, replace: boolean): void {
    if (writing === undefined) write(query, replace)
    // A push still waiting keeps its entry; the newest state is what gets written.
    else queued = { query, replace: replace && (queued?.replace ?? true) }
  }

  return {
    state: computed(() => state.value),
    invalid: computed(() => invalid.value),
    update(patch, options) {
      state.value = patchState(state.value, patch)
      if (invalid.value.length > 0) invalid.value = []
      if (options?.replace) {
        typing.defer(state.value)
        return
      }
      typing.cancel() // the push carries the newest state
      commit(queryFromState(state.value), false)
    },
    flush() {
      const typed = typing.take()
      if (typed !== undefined) commit(queryFromState(typed), true)
    },
  }
}

/**
 * How long typing must pause before the typed state is written to the URL. While a person types,
 * the main thread's idle moments are the waits for the worker's answers, so a write at the first
 * idle moment would meet the answer; after a pause it meets nothing.
 */
export const TYPING_PAUSE = 300

/** One typed state waiting for a pause in typing, then given to `write`; each newer one takes its place and restarts the wait. */
function deferredWrites(write: (typed: SearchState) => void) {
  let waiting: SearchState | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = () => {
    clearTimeout(timer)
    timer = undefined
    waiting = undefined
  }
  /** The state waiting, which is then no longer written. */
  const take = (): SearchState | undefined => {
    const typed = waiting
    cancel()
    return typed
  }
  return {
    defer(typed: SearchState): void {
      waiting = typed
      clearTimeout(timer)
      timer = setTimeout(() => {
        const next = take()
        if (next !== undefined) write(next)
      }, TYPING_PAUSE)
    },
    take,
    cancel,
  }
}

/** Search state held in memory, for the widget. */
export function useLocalSearchState(initial: SearchState): SearchStateSource {
  const state = shallowRef(initial)
  return {
    state: computed(() => state.value),
    invalid: computed(() => []),
    update(patch) {
      state.value = patchState(state.value, patch)
    },
    flush() {},
  }
}
