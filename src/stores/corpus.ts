/**
 * The corpus being searched: which URL, how far loading has come, the entity
 * tables for labels, and the worker client (kept out of reactivity).
 */
import { computed, markRaw, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { acquireClient, releaseClient, type LoadState, type SearchClient } from '../worker/client.ts'
import type { FacetName } from '../core/search/types.ts'

const INITIAL: LoadState = { phase: 'download', loaded: 0, total: 0, indexed: 0, fromCache: false }

export const useCorpusStore = defineStore('corpus', () => {
  const url = shallowRef('')
  const load = shallowRef<LoadState>(INITIAL)
  const client = shallowRef<SearchClient>()
  let unsubscribe: (() => void) | undefined

  /** Starts (or keeps) loading the corpus at `corpusUrl`, resolved against the page. */
  function open(corpusUrl: string): void {
    const absolute = new URL(corpusUrl, globalThis.location?.href).href
    if (absolute === url.value && client.value && load.value.phase !== 'failed') return
    close()
    url.value = absolute
    const next = acquireClient(absolute)
    client.value = markRaw(next)
    unsubscribe = next.subscribe((state) => {
      load.value = state
    })
  }

  function close(): void {
    unsubscribe?.()
    unsubscribe = undefined
    if (client.value) releaseClient(client.value)
    client.value = undefined
    load.value = INITIAL
  }

  /** Loads the same URL again after a failure. */
  function retry(): void {
    const current = url.value
    close()
    url.value = ''
    open(current)
  }

  const info = computed(() => load.value.info)
  const ready = computed(() => load.value.phase === 'ready')
  const fullyIndexed = computed(() => ready.value && load.value.indexed >= (info.value?.releaseCount ?? 0))

  const labels = computed(() => {
    const table = new Map<string, string>()
    for (const o of info.value?.officials ?? []) table.set(`officials:${o.id}`, o.name)
    for (const o of info.value?.organisations ?? []) table.set(`organisations:${o.id}`, o.name)
    for (const t of info.value?.topics ?? []) table.set(`topics:${t.id}`, t.name)
    return table
  })

  /** Display name of a facet value (entity name, else the raw value). */
  function label(facet: FacetName, value: string): string {
    return labels.value.get(`${facet}:${value}`) ?? value
  }

  return { url, load, client, info, ready, fullyIndexed, open, close, retry, label }
})
