/**
 * The result list's connector: the hits of the shown answer, how many match,
 * and the query the release links carry (the search the hits answer, so the
 * release page marks its terms and steps through the same results).
 */
import { computed } from 'vue'
import { queryFromState } from '../core/state/searchState.ts'
import { injectSearchPage, type SearchPage } from './searchPage.ts'

export function useHits(page: SearchPage = injectSearchPage()) {
  return {
    hits: computed(() => page.response.value?.hits ?? []),
    /** Releases matching, or undefined before the first answer. */
    total: computed(() => page.response.value?.total),
    linkQuery: computed(() => queryFromState(page.answeredState.value)),
    pending: page.pending,
  }
}
