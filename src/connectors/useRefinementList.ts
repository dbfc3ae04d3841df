/**
 * One facet's connector, in InstantSearch's item shape `{ value, label, count,
 * selected }` and order (selected, then count descending, then label): the
 * engine's counts for the facet, labelled in the current language, with every
 * selected value present; `refine` toggles a value (values of one facet
 * combine with OR). `capacity`, the number of values the archive has for the
 * facet, lets a panel keep the same room whatever an answer lists, so typing
 * moves nothing on the page.
 */
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import type { FacetName } from '../core/search/types.ts'
import { facetItems, withSelected } from '../core/ui/facetItems.ts'
import { toggledValue } from '../core/ui/activeFilters.ts'
import { useI18n } from '../i18n/plugin.ts'
import { useFacetLabels } from '../composables/useFacetLabels.ts'
import { useCorpusStore } from '../stores/corpus.ts'
import { injectSearchPage, type SearchPage } from './searchPage.ts'

/** How many values the archive has for a facet. */
function valuesInArchive(info: ReturnType<typeof useCorpusStore>['info'], facet: FacetName): number {
  if (!info) return 0
  switch (facet) {
    case 'type':
      return info.types.length
    case 'lang':
      return info.langs.length
    default:
      return info[facet].length
  }
}

export function useRefinementList(facet: MaybeRefOrGetter<FacetName>, page: SearchPage = injectSearchPage()) {
  const corpus = useCorpusStore()
  const labels = useFacetLabels()
  const { locale } = useI18n()
  // Narrow reads: typing changes the state but not these, so the list is not rebuilt for it.
  const counts = computed(() => page.response.value?.facets[toValue(facet)] ?? [])
  const selected = computed(() => page.state.value.filters[toValue(facet)])

  // Labels of this facet's values, made once per language and archive (every answer relabels its counts).
  const labelTable = computed(() => {
    void locale.value
    void corpus.info
    return { facet: toValue(facet), names: new Map<string, string>() }
  })
  const items = computed(() => {
    const table = labelTable.value
    const label = (value: string) => {
      let name = table.names.get(value)
      if (name === undefined) table.names.set(value, (name = labels.label(table.facet, value)))
      return name
    }
    return withSelected(facetItems(counts.value, label), selected.value, label)
  })

  const capacity = computed(() => Math.max(valuesInArchive(corpus.info, toValue(facet)), items.value.length))

  return {
    items,
    /** Values the panel can come to list: the archive's values for the facet (or more, with selected values it lacks). */
    capacity,
    /** There is something to show, now or for another search of this archive. */
    canRefine: computed(() => capacity.value > 0),
    /** Ticks or unticks a value. */
    refine(value: string): void {
      page.update(toggledValue(page.state.value, toValue(facet), value))
    },
    /** The words a value can be found by in a filter box (its names in every script). */
    wordsOf: (value: string) => labels.wordsOf(toValue(facet), value),
  }
}
