/**
 * The answer to the current search: runs requests on the worker, keeps the
 * newest response (out of deep reactivity: it is replaced, never mutated),
 * and the request it answers.
 */
import { markRaw, shallowRef } from 'vue'
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
  /** The request `response` answers. */
  const answered = shallowRef<SearchRequest>()
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
      const next = markRaw(await client.search(request, channel))
      response.value = next
      answered.value = request
      error.value = undefined
      pending.value = false
    } catch (cause) {
      if (cause instanceof Superseded) return
      error.value = cause instanceof Error ? cause.message : String(cause)
      pending.value = false
    }
  }

  /** Runs the last request again (after a failure). */
  function retry(): Promise<void> {
    return lastRequest.value ? run(lastRequest.value) : Promise.resolve()
  }

  function reset(): void {
    response.value = undefined
    answered.value = undefined
    lastRequest.value = undefined
    error.value = undefined
  }

  return { response, answered, pending, error, lastRequest, run, retry, reset }
})
