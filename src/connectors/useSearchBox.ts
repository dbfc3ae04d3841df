/**
 * The search box's connector: the query, entity suggestions for it, and the
 * actions that change it. Every keystroke refines the search at once (the
 * worker drops a search a newer one supersedes); the history gets one entry
 * per burst of typing: its first change adds an entry, the rest replace it
 * once typing pauses, and a commit (Enter, leaving the field, choosing a
 * suggestion) ends it and writes it at once.
 */
import { computed, watch } from 'vue'
import type { FacetName } from '../core/search/types.ts'
import { withValueInsteadOfText } from '../core/ui/activeFilters.ts'
import { useEntitySuggestions } from '../composables/useEntitySuggestions.ts'
import { injectSearchPage, type SearchPage } from './searchPage.ts'

/** page: the search page, when the caller is the component that set it up (it cannot inject its own). */
export function useSearchBox(page: SearchPage = injectSearchPage()) {
  const query = computed(() => page.state.value.q)
  const { suggestions } = useEntitySuggestions(query)
  let inBurst = false
  let typed: string | undefined

  // A query changed from elsewhere (back/forward, a chip removed) starts a new burst.
  watch(query, (q) => {
    if (q !== typed) inBurst = false
  })

  /** Searches for `text` (a keystroke). */
  function refine(text: string): void {
    if (text === query.value) return
    typed = text
    page.update({ q: text }, { replace: inBurst })
    inBurst = true
  }
  /** Searches for `text` and ends the burst of typing (Enter, leaving the field). */
  function commit(text: string = query.value): void {
    refine(text)
    page.flush()
    inBurst = false
  }
  /** Adds a suggested entity as a filter in place of the text typed for it. */
  function choose(facet: FacetName, value: string): void {
    page.update(withValueInsteadOfText(page.state.value, facet, value), { replace: inBurst })
    page.flush()
    inBurst = false
  }
  function clear(): void {
    commit('')
  }

  return { query, suggestions, pending: page.pending, refine, commit, choose, clear }
}
