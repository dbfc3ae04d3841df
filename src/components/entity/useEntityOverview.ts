/**
 * What the archive says about one official, organisation or topic, from two
 * cheap browse searches filtered by it: the newest (count, facet counts for
 * "appears with", histogram by year, latest release) and the oldest (first
 * appearance). They run one after the other because the client keeps only the
 * newest search of a kind.
 */
import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { EntityFacet } from '../../core/corpus/types.ts'
import type { FacetCount, FacetName, Hit, HistogramBucket } from '../../core/search/types.ts'
import { validateSearchRequest } from '../../core/request/schema.ts'
import { useCorpusStore } from '../../stores/corpus.ts'

/** The figures an entity page shows. */
export interface EntityOverview {
  total: number
  facets: Record<FacetName, FacetCount[]>
  years: HistogramBucket[]
  latest?: Hit
  first?: Hit
}

export function useEntityOverview(facet: MaybeRefOrGetter<EntityFacet>, id: MaybeRefOrGetter<string>) {
  const corpus = useCorpusStore()
  /** undefined while loading; null when the search failed. */
  const overview = shallowRef<EntityOverview | null>()
  let generation = 0

  watch(
    // Counts over the whole archive: while a corpus is still read, the page waits for its end.
    [() => toValue(facet), () => toValue(id), () => corpus.ready && !corpus.info?.reading],
    async ([name, value, ready]) => {
      const mine = ++generation
      overview.value = undefined
      const client = corpus.client
      if (!ready || !client) return
      const request = (sort: 'newest' | 'oldest') => validateSearchRequest({ filters: { [name]: [value] }, sort, pageSize: 1 }).request
      try {
        const newest = await client.search(request('newest'))
        const oldest = newest.total > 1 ? await client.search(request('oldest')) : newest
        if (mine !== generation) return
        overview.value = { total: newest.total, facets: newest.facets, years: newest.histogram.years, latest: newest.hits[0], first: oldest.hits[0] }
      } catch {
        if (mine === generation) overview.value = null
      }
    },
    { immediate: true },
  )
  return computed(() => overview.value)
}
