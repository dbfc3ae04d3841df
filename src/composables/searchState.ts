/**
 * Where a search's state lives. In the app it is the URL (back/forward and
 * sharing work); in the widget it is local to the element. Components read it
 * through `injectSearchState()` and never care which.
 */
import { computed, inject, provide, shallowRef, type ComputedRef, type InjectionKey } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { queryFromState, stateFromQuery, type InvalidParam, type SearchState } from '../core/state/searchState.ts'

export interface SearchStateSource {
  state: ComputedRef<SearchState>
  invalid: ComputedRef<InvalidParam[]>
  /** Applies a change; a change of anything but the page resets to page 1. */
  update(patch: Partial<SearchState>, options?: { replace?: boolean }): void
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

/** Search state read from and written to the current route's query string (`corpus` is kept). */
export function useUrlSearchState(): SearchStateSource {
  const route = useRoute()
  const router = useRouter()
  // The address as typed, for broken %-encoding (vue-router keeps such values as written).
  const parsed = computed(() => stateFromQuery(route.query, globalThis.location?.search))
  return {
    state: computed(() => parsed.value.state),
    invalid: computed(() => parsed.value.invalid),
    update(patch, options) {
      const next = patchState(parsed.value.state, patch)
      const query: Record<string, string> = queryFromState(next)
      const corpus = route.query.corpus
      if (typeof corpus === 'string') query.corpus = corpus
      const location = { name: 'search', query }
      void (options?.replace ? router.replace(location) : router.push(location))
    },
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
  }
}
