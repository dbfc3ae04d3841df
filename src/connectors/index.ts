/** Connectors: search-page state and actions apart from rendering (see searchPage.ts). */
export { useSearchPage, injectSearchPage, type SearchPage, type SearchPageOptions } from './searchPage.ts'
export { useSearchBox } from './useSearchBox.ts'
export { useHits } from './useHits.ts'
export { useRefinementList } from './useRefinementList.ts'
export { useDateRange } from './useDateRange.ts'
export { usePagination } from './usePagination.ts'
