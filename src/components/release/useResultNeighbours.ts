/**
 * Where a release stands in the search it was opened from: "result 3 of 120"
 * and the previous and next results, found by running that same search (the
 * search state travels in the release page's query string). At a page edge the
 * neighbouring page is fetched. Gives undefined when the release is not on the
 * page the state names (e.g. a bare permalink to an old release).
 */
import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { requestFromState, type SearchState } from '../../core/state/searchState.ts'
import type { Hit } from '../../core/search/types.ts'
import { PAGE_SIZES } from '../../core/request/limits.ts'
import { useCorpusStore } from '../../stores/corpus.ts'

/** A neighbouring result and the search state (page) it belongs to. */
export interface Neighbour {
  id: string
  title: string
  state: SearchState
}

/** The release's place in its result set. */
export interface ResultPosition {
  /** 1-based position in the whole result set. */
  position: number
  total: number
  previous?: Neighbour
  next?: Neighbour
}

export function useResultNeighbours(id: MaybeRefOrGetter<string>, state: MaybeRefOrGetter<SearchState>, pageSize = PAGE_SIZES.app.default) {
  const corpus = useCorpusStore()
  const result = shallowRef<ResultPosition>()
  let generation = 0

  async function locate(releaseId: string, current: SearchState): Promise<ResultPosition | undefined> {
    const client = corpus.client
    if (!client) return undefined
    const fetchPage = (page: number) => client.search(requestFromState({ ...current, page }, { pageSize }).request)
    const response = await fetchPage(current.page)
    const index = response.hits.findIndex((hit) => hit.id === releaseId)
    if (index < 0) return undefined
    const page = response.page
    const neighbour = (hit: Hit | undefined, onPage: number): Neighbour | undefined =>
      hit && { id: hit.id, title: hit.title.text, state: { ...current, page: onPage } }
    let previous = neighbour(response.hits[index - 1], page)
    let next = neighbour(response.hits[index + 1], page)
    if (!previous && page > 1) previous = neighbour((await fetchPage(page - 1)).hits.at(-1), page - 1)
    if (!next && page * response.pageSize < response.total) next = neighbour((await fetchPage(page + 1)).hits[0], page + 1)
    return { position: (page - 1) * response.pageSize + index + 1, total: response.total, previous, next }
  }

  watch(
    // Again once indexing completes: a text search's results (and the release's place) can change.
    [() => toValue(id), () => toValue(state), () => corpus.ready, () => corpus.fullyIndexed],
    async ([releaseId, current, ready]) => {
      const mine = ++generation
      result.value = undefined
      if (!ready) return
      try {
        const found = await locate(releaseId, current)
        if (mine === generation) result.value = found
      } catch {
        // superseded or failed: the page works without neighbours
      }
    },
    { immediate: true },
  )
  return computed(() => result.value)
}
