/**
 * The pager's connector: the shown answer's page and page count, and `refine`
 * to go to a page (other changes of the search go back to page 1).
 */
import { computed } from 'vue'
import { pageCount } from '../core/ui/pagination.ts'
import { injectSearchPage, type SearchPage } from './searchPage.ts'

export function usePagination(page: SearchPage = injectSearchPage()) {
  const current = computed(() => page.response.value?.page ?? page.state.value.page)
  const pages = computed(() => {
    const response = page.response.value
    return response ? pageCount(response.total, response.pageSize) : 1
  })
  return {
    page: current,
    pages,
    isFirstPage: computed(() => current.value <= 1),
    isLastPage: computed(() => current.value >= pages.value),
    refine(to: number): void {
      page.update({ page: to })
    },
  }
}
