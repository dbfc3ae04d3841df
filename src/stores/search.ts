/**
 * The answer to the current search: runs requests on the worker, keeps the
 * newest response, and re-runs while the index grows so results fill in.
 */
import { shallowRef } from 'vue'
import { defineStore } from 'pinia'
import type { SearchRequest, SearchResponse } from '../core/search/types.ts'
import { Superseded } from '../worker/client.ts'
import { useCorpusStore } from './corpus.ts'

let channels = 0

export const useSearchStore = defineStore('search', () => {
  // Stores of other widgets on the page may share the worker client; searches are superseded per store.
  const channel = `store-${++channels}`
  const corpus = useCorpusStore()
  const response = shallowRef<SearchResponse>()
  const pending = shallowRef(false)
  const error = shallowRef<string>()
  const lastRequest = shallowRef<SearchRequest>()

  /** Runs a request; an older request still in flight is dropped. */
  async function run(request: SearchRequest): Promise<void> {
    const client = corpus.client
    if (!client || !corpus.ready) return
    lastRequest.value = request
    pending.value = true
    try {
      response.value = await client.search(request, channel)
      error.value = undefined
      pending.value = false
    } catch (cause) {
      if (cause instanceof Superseded) return
      error.value = cause instanceof Error ? cause.message : String(cause)
      pending.value = false
    }
  }

  function reset(): void {
    response.value = undefined
    lastRequest.value = undefined
    error.value = undefined
  }

  return { response, pending, error, lastRequest, run, reset }
})
