/**
 * The corpus being searched: which URL, how far loading has come, the entity
 * tables for labels, and the worker client (kept out of reactivity).
 */
import { computed, markRaw, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { acquireClient, releaseClient, type LoadState, type SearchClient } from '../worker/client.ts'
import type { FacetName } from '../core/search/types.ts'
import { checkCorpusUrl, type CorpusUrlProblem } from '../core/security/corpusUrl.ts'
import { allowedCorpusOrigins } from '../config.ts'
import { formatProblem } from '../core/problems.ts'

const INITIAL: LoadState = { phase: 'download', loaded: 0, total: 0, indexed: 0, fromCache: false }

/** Where a corpus may come from, and which origins count as this site's own. */
export interface OpenOptions {
  /** Origins besides the page's that may serve a corpus (default: the deployment's setting). */
  allowed?: readonly string[] | '*'
  /** Origins whose corpora need no "comes from another site" banner (default: the page's). */
  home?: readonly string[]
}

function refusal(problem: CorpusUrlProblem): LoadState {
  const message = formatProblem(problem)
  return { ...INITIAL, phase: 'failed', failure: { kind: 'refused', message, problem } }
}

export const useCorpusStore = defineStore('corpus', () => {
  const url = shallowRef('')
  const load = shallowRef<LoadState>(INITIAL)
  const client = shallowRef<SearchClient>()
  const homeOrigins = shallowRef<readonly string[]>([])
  let lastOptions: OpenOptions = {}
  let unsubscribe: (() => void) | undefined

  /**
   * Starts (or keeps) loading the corpus at `corpusUrl`, resolved against the page.
   * Addresses that are not http(s), or on an origin that is not allowed, are refused
   * with a coded problem instead.
   */
  function open(corpusUrl: string, options: OpenOptions = {}): void {
    const base = globalThis.location?.href ?? 'http://localhost/'
    const check = checkCorpusUrl(corpusUrl, { base, allowed: options.allowed ?? allowedCorpusOrigins() })
    if ('problem' in check) {
      close()
      url.value = ''
      load.value = refusal(check.problem)
      return
    }
    const absolute = check.url
    lastOptions = options
    homeOrigins.value = options.home ?? [new URL(base).origin]
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
    if (!current) return
    close()
    url.value = ''
    open(current, lastOptions)
  }

  const info = computed(() => load.value.info)
  const ready = computed(() => load.value.phase === 'ready')
  /** True once every release is read and searchable by its text. */
  const fullyIndexed = computed(() => ready.value && !info.value?.reading && load.value.indexed >= (info.value?.releaseCount ?? 0))

  /** The host of a corpus from another site than this one, for a visible banner; else undefined. */
  const foreignHost = computed(() => {
    if (!url.value || !ready.value) return undefined
    const corpusUrl = new URL(url.value)
    return homeOrigins.value.includes(corpusUrl.origin) ? undefined : corpusUrl.host
  })

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

  return { url, load, client, info, ready, fullyIndexed, foreignHost, open, close, retry, label }
})
