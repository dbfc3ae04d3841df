/** Test helpers: an empty state and the patch rule the state sources apply. */
import type { SearchState } from '../../../src/core/state/searchState.ts'
export { emptyState } from '../../../src/core/state/searchState.ts'

export function patchStateForTest(state: SearchState, patch: Partial<SearchState>): SearchState {
  return { ...state, ...patch, page: patch.page ?? 1 }
}
