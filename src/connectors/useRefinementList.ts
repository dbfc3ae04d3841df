/**
 * One facet's connector, in InstantSearch's item shape `{ value, label, count,
 * selected }` and order (selected, then count descending, then label): the
 * engine's counts for the facet, labelled in the current language, with every
 * selected value present; `refine` toggles a value (values of one facet
 * combine with OR).
 */
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import type { FacetName } from '../core/search/types.ts'
import { facetItems, withSelected } from '../core/ui/facetItems.ts'
import { toggledValue } from '../core/ui/activeFilters.ts'
import { useI18n } from '../i18n/plugin.ts'
import { useFacetLabels } from '../composables/useFacetLabels.ts'
import { injectSearchPage, type SearchPage } from './searchPage.ts'

export function useRefinementList(facet: MaybeRefOrGetter<FacetName>, page: SearchPage = injectSearchPage()) {
  const labels = useFacetLabels()
  const { locale } = useI18n()
  // Narrow reads: typing changes the state but not these, so the list is not rebuilt for it.
  const counts = computed(() => page.response.value?.facets[toValue(facet)] ?? [])
  const selected = computed(() => page.state.value.filters[toValue(facet)])

  const items = computed(() => {
    void locale.value
    const name = toValue(facet)
    const label = (value: string) => labels.label(name, value)
    return withSelected(facetItems(counts.value, label), selected.value, label)
  })

  return {
    items,
    /** There is something to show. */
    canRefine: computed(() => items.value.length > 0),
    /** Ticks or unticks a value. */
    refine(value: string): void {
      page.update(toggledValue(page.state.value, toValue(facet), value))
    },
    /** The words a value can be found by in a filter box (its names in every script). */
    wordsOf: (value: string) => labels.wordsOf(toValue(facet), value),
  }
}
