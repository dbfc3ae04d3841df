/**
 * The page's side of the search worker: promise-based calls, the newest
 * answer wins, and a snapshot of the load state that late subscribers get too
 * (several widgets on one page share one client per corpus URL).
 */
import type { ReleaseDetail, SearchRequest, SearchResponse } from '../core/search/types.ts'
import type { Release } from '../core/corpus/types.ts'
import workerUrl from './search.worker.ts?worker&url'
import counterUrl from './count.worker.ts?worker&url'
import type { CorpusInfo, EntitySuggestion, LoadFailure, LoadPhase, WorkerEvent, WorkerRequest } from './protocol.ts'
import { displayDetail, displayInfo, displayResponse, displaySuggestions } from './displayText.ts'
import { makeProblem } from '../core/problems.ts'

/**
 * Where loading stands; the UI renders this. `phase` is `ready` as soon as the
 * first releases can be browsed; a corpus written newest first is then still
 * downloading (`info.reading`), and `loaded`/`total` go on counting its bytes.
 */
export interface LoadState {
  phase: LoadPhase | 'ready' | 'failed'
  loaded: number
  total: number
  info?: CorpusInfo
  failure?: LoadFailure
  indexed: number
  /** Releases to index: all of them once read; while reading, an estimate. */
  indexTotal?: number
  fromCache: boolean
}

/** Thrown to callers whose request a newer one of the same kind replaced. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request')
  }
}

type Pending = { resolve: (event: WorkerEvent) => void; reject: (error: Error) => void; kind: string }
type Listener = (state: LoadState) => void

export interface WorkerLike {
  postMessage(message: WorkerRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerEvent>) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  terminate(): void
  /** Starts a second worker to share the indexing, if there can be one. */
  assist?(): void
}

/**
 * Starts a worker. A worker script must be same-origin with the page; when the widget is
 * served from another origin, a tiny module worker from a blob URL imports the real one
 * (the embedding page's CSP must then allow `worker-src blob:`; see the README).
 */
function startWorker(script: string, name: string): Worker {
  const url = new URL(script, import.meta.url)
  const options: WorkerOptions = { type: 'module', name }
  if (typeof location === 'undefined' || url.origin === location.origin) return new Worker(url, options)
  const shim = new Blob([`import ${JSON.stringify(url.href)}`], { type: 'text/javascript' })
  return new Worker(URL.createObjectURL(shim), options)
}

/**
 * The search worker, and the counting worker that `assist` starts to share its indexing
 * (`sharedIndexing.ts`), joined to it by a channel of their own. Without a second worker,
 * the search worker indexes alone.
 */
class SearchWorkers implements WorkerLike {
  private readonly search = startWorker(workerUrl, 'pressroom-search')
  private counter: Worker | undefined

  postMessage(message: WorkerRequest): void {
    this.search.postMessage(message)
  }

  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerEvent>) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    this.search.addEventListener(type, listener as EventListener)
  }

  assist(): void {
    if (this.counter) return
    try {
      this.counter = startWorker(counterUrl, 'pressroom-count')
      // A worker that cannot load (a policy forbidding it) or stops with an error says so here.
      this.counter.addEventListener('error', () => this.search.postMessage({ type: 'counter-lost' } satisfies WorkerRequest))
      const channel = new MessageChannel()
      this.counter.postMessage(null, [channel.port2])
      this.search.postMessage({ type: 'counter', port: channel.port1 } satisfies WorkerRequest, [channel.port1])
    } catch {
      // No second worker here (a policy may forbid it): the search worker indexes alone.
    }
  }

  terminate(): void {
    this.counter?.terminate()
    this.search.terminate()
  }
}

/** Starts the search worker (see {@link SearchWorkers}). */
export function createWorker(): WorkerLike {
  return new SearchWorkers()
}

export class SearchClient {
  state: LoadState = { phase: 'download', loaded: 0, total: 0, indexed: 0, fromCache: false }
  private readonly worker: WorkerLike
  private readonly pending = new Map<number, Pending>()
  private readonly latest = new Map<string, number>()
  private readonly listeners = new Set<Listener>()
  private seq = 0
  /**
   * The counting worker is started once the search worker indexes text (not a cached index)
   * and the first answer is on screen: started sooner, it competed with the first screen for the CPU.
   */
  private assistance = { indexing: false, answered: false, started: false }

  constructor(
    readonly url: string,
    makeWorker: () => WorkerLike = createWorker,
  ) {
    this.worker = makeWorker()
    this.worker.addEventListener('message', (event) => this.receive(event.data))
    this.worker.addEventListener('error', (event) => {
      const detail = event.message || 'unknown error'
      const problem = makeProblem('', 'load.worker', { detail })
      this.update({ phase: 'failed', failure: { kind: 'network', message: `The search worker failed: ${detail}`, problem } })
    })
    this.worker.postMessage({ type: 'load', url })
  }

  /** Calls `listener` now and on every change of the load state; returns an unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    listener(this.state)
    return () => this.listeners.delete(listener)
  }

  /**
   * Runs a search. A newer search on the same `channel` supersedes this one;
   * callers sharing the client (several widgets) use channels of their own.
   */
  async search(request: SearchRequest, channel = 'default'): Promise<SearchResponse> {
    const event = await this.call({ type: 'search', request, channel }, `search:${channel}`)
    if (event.type !== 'search') throw new Error('unexpected answer')
    return displayResponse(event.response)
  }

  async release(id: string): Promise<ReleaseDetail | null> {
    const event = await this.call({ type: 'release', id }, `release`)
    if (event.type !== 'release') throw new Error('unexpected answer')
    return displayDetail(event.detail)
  }

  async suggest(prefix: string, limit = 8): Promise<EntitySuggestion[]> {
    const event = await this.call({ type: 'suggest', prefix, limit }, 'suggest')
    if (event.type !== 'suggest') throw new Error('unexpected answer')
    return displaySuggestions(event.suggestions)
  }

  /** Every release of the result set, for export: the corpus's own text, bidi controls included. */
  async exportReleases(request: SearchRequest): Promise<Release[]> {
    const event = await this.call({ type: 'export', request }, 'export')
    if (event.type !== 'export') throw new Error('unexpected answer')
    return event.releases
  }

  dispose(): void {
    this.worker.terminate()
    for (const pending of this.pending.values()) pending.reject(new Superseded())
    this.pending.clear()
    this.listeners.clear()
  }

  /** Sends a request; an older request of the same kind that is still waiting is rejected with Superseded. */
  private call(message: DistributiveOmit<WorkerRequest, 'seq'> & { type: Exclude<WorkerRequest['type'], 'load'> }, kind: string): Promise<WorkerEvent> {
    const seq = ++this.seq
    const previous = this.latest.get(kind)
    if (previous !== undefined && kind !== 'release') {
      this.pending.get(previous)?.reject(new Superseded())
      this.pending.delete(previous)
    }
    this.latest.set(kind, seq)
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, kind })
      this.worker.postMessage({ ...message, seq } as WorkerRequest)
    })
  }

  private receive(event: WorkerEvent): void {
    switch (event.type) {
      case 'progress':
        // Once browsing has started, the download goes on under it.
        this.update({ phase: this.state.phase === 'ready' ? 'ready' : event.phase, loaded: event.loaded, total: event.total })
        return
      case 'ready':
        this.update({ phase: 'ready', info: displayInfo(event.info) })
        return
      case 'indexed':
        if (!event.fromCache && event.indexed < event.total) this.assistSoon({ indexing: true })
        this.update({ indexed: event.indexed, indexTotal: event.total, fromCache: event.fromCache })
        return
      case 'failed':
        this.update({ phase: 'failed', failure: event.failure })
        return
      default: {
        const pending = this.pending.get(event.seq)
        if (!pending) return // stale: a newer request replaced it
        this.pending.delete(event.seq)
        if (event.type === 'error') pending.reject(new Error(event.message))
        else {
          pending.resolve(event)
          this.assistSoon({ answered: true })
        }
      }
    }
  }

  /** Starts the counting worker after the next paint, once indexing has started and an answer came. */
  private assistSoon(news: Partial<SearchClient['assistance']>): void {
    const assistance = Object.assign(this.assistance, news)
    if (assistance.started || !assistance.indexing || !assistance.answered) return
    assistance.started = true
    // On one core a second worker only takes turns with the first.
    if (typeof navigator !== 'undefined' && navigator.hardwareConcurrency === 1) return
    const start = (): void => void setTimeout(() => this.worker.assist?.(), 0)
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(start)
    else start()
  }

  private update(patch: Partial<LoadState>): void {
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener(this.state)
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

const shared = new Map<string, { client: SearchClient; users: number }>()

/** One client per corpus URL for the whole page; release it when done. */
export function acquireClient(url: string, makeWorker?: () => WorkerLike): SearchClient {
  const entry = shared.get(url)
  if (entry && entry.client.state.phase !== 'failed') {
    entry.users++
    return entry.client
  }
  entry?.client.dispose()
  const client = new SearchClient(url, makeWorker)
  shared.set(url, { client, users: 1 })
  return client
}

/** Releases a client from acquireClient; the worker stops when its last user goes. */
export function releaseClient(client: SearchClient): void {
  const entry = shared.get(client.url)
  if (!entry || entry.client !== client) {
    client.dispose()
    return
  }
  if (--entry.users <= 0) {
    shared.delete(client.url)
    client.dispose()
  }
}
