/**
 * The worker's state machine, free of `self` so it runs in Node tests:
 * download and read the corpus as it arrives → browse-ready after the first
 * releases (of a corpus written newest first) → index newest-first in slices
 * (answering searches between slices) while more releases arrive → the cached
 * index, when it was made from these very bytes → cache the index. A repeat visit
 * whose cache entry holds the browse structures skips reading the text at all.
 * Searches that a newer one has superseded before they ran are dropped.
 */
import { formatProblem, type ValidationReport } from '../core/corpus/validate.ts'
import { CorpusReader } from '../core/corpus/reader.ts'
import type { Corpus } from '../core/corpus/types.ts'
import { ENGINE_VERSION, SearchEngine } from '../core/search/engine.ts'
import { FEATURES } from '../core/search/options.ts'
import { CorpusLoadError, fetchCorpus } from './fetchCorpus.ts'
import { SharedIndexing, type CounterLink, type StepResult } from './sharedIndexing.ts'
import { contentKey, readCachedIndex, writeCachedIndex, type CachedIndex } from './indexCache.ts'
import { MAX_PROBLEMS_SHOWN, type CorpusInfo, type WorkerEvent, type WorkerRequest } from './protocol.ts'

/** How long one indexing slice may hold the worker before it answers queued searches. */
const SLICE_MS = 25
/** Releases indexed between clock checks. */
const SLICE_DOCS = 25
/**
 * Corpora up to this size are cached with their browse structures, so a repeat visit skips
 * parsing and validating them. 10,000 releases (28 MB) restore about 0.2 s sooner so; 50,000
 * (147 MB) took over a second to store, and did not fit a private window's quota: larger
 * corpora keep only the index (docs/DECISIONS.md, "Repeat visits").
 */
const CACHED_CORPUS_MAX_BYTES = 64 * 1024 * 1024
/** Releases read before the first screen is shown (a page of hits, facets that mean something). */
export const FIRST_SCREEN_RELEASES = 200
/** Download progress is posted at most this often. */
const PROGRESS_MS = 50

export interface SessionOptions {
  post: (event: WorkerEvent) => void
  fetchImpl?: typeof fetch
  indexedDB?: IDBFactory
  /** Schedules the next indexing slice; a macrotask so queued messages run first. */
  schedule?: (task: () => void) => void
  /**
   * Part of every cache entry's content key: an entry made by another build is never used.
   * Defaults to the engine's version and this module's address, which the build names by a hash of the
   * worker's code (a blob shim for a widget on another site would not do: its address is new each time).
   */
  cacheVersion?: string
}

/** A corpus being read as it downloads. */
interface ReadingState {
  url: string
  /** The cache entry for this address, read while the corpus downloads. */
  cached: Promise<CachedIndex | undefined>
  /** Reading waits for the end of the download, to see whether the cache entry holds this very corpus. */
  held?: boolean
  reader: CorpusReader
  decoder: TextDecoder
  /** Bytes downloaded, of `total` (0 when the server does not say). */
  loaded: number
  total: number
  progressAt: number
  /**
   * Set while reading lets other tasks run: `open` until one indexing slice has used the pause,
   * then `used`. Reading comes first while the download delivers faster than indexing goes.
   */
  pause?: 'open' | 'used'
  /** When reading last let other tasks run. */
  yieldedAt: number
  /** When the engine last grew (ms) and how long that took. */
  grownAt: number
  growCost: number
}

export class WorkerSession {
  private engine: SearchEngine | undefined
  private loading: Promise<void> | undefined
  /** The newest unanswered search of each channel. */
  private readonly pendingSearches = new Map<string, Extract<WorkerRequest, { type: 'search' }>>()
  private cacheKey: string | undefined
  private cacheUrl = ''
  /** The page's view of the corpus, when it is to be cached with the index. */
  private cacheInfo: CorpusInfo | undefined
  private readonly cacheVersion: string
  private restored = false
  private saved = false
  /** Requests that wait for the whole corpus (see `answer`). */
  private waiting: Array<Exclude<WorkerRequest, { type: 'load' | 'counter' | 'counter-lost' | 'search' }>> = []
  /** Indexing waits for reading to go on (see `ReadingState.pause`). */
  private slicesDeferred = false
  /** An indexing slice is scheduled. */
  private slicing = false
  /** Indexing waits for the counting worker's answer (see `SharedIndexing`). */
  private waitingForCounter = false
  /** Indexing has caught up with the releases the engine holds. */
  private caughtUp = false
  /** Set while the engine waits to grow (see `growWhenDue`). */
  private growTimer: ReturnType<typeof setTimeout> | undefined
  /** Indexing shared with a counting worker, when the page started one. */
  private shared: SharedIndexing | undefined
  /** Reading the corpus as it downloads (see `read`). */
  private reading: ReadingState | undefined
  private readonly post: SessionOptions['post']
  private readonly schedule: (task: () => void) => void

  constructor(private readonly options: SessionOptions) {
    this.post = options.post
    this.schedule = options.schedule ?? ((task) => setTimeout(task, 0))
    this.cacheVersion = options.cacheVersion ?? `${ENGINE_VERSION} ${new URL(import.meta.url).pathname}`
  }

  /** Handles one message from the page. */
  handle(message: WorkerRequest): void {
    switch (message.type) {
      case 'load':
        this.loading ??= this.load(message.url)
        return
      case 'counter':
        this.shareIndexing(message.port)
        return
      case 'counter-lost':
        this.shared?.counterLost()
        return
      case 'search':
        // Keep only the newest search of each channel; it runs after messages already queued.
        if (!this.pendingSearches.has(message.channel)) this.schedule(() => this.runPendingSearch(message.channel))
        this.pendingSearches.set(message.channel, message)
        return
      default:
        this.answer(message)
    }
  }

  /** Indexing is shared with the counting worker at the other end of `link` (`sharedIndexing.ts`). */
  shareIndexing(link: CounterLink): void {
    if (this.shared) return
    const shared = new SharedIndexing(link, () => {
      if (!this.waitingForCounter) return
      this.waitingForCounter = false
      if (!this.slicing) {
        this.slicing = true
        this.schedule(() => this.indexInSlices())
      }
    })
    this.shared = shared
    // What is already read is planned now; what comes is planned as it is read.
    if (this.restored || (this.engine?.isFullyIndexed && this.engine.complete)) shared.close()
    else this.planShared()
  }

  /**
   * Plans what is known for the counting worker: all releases in the engine's order once the
   * corpus is read, else the releases read so far while they come newest first.
   */
  private planShared(): void {
    const { shared, engine } = this
    const reader = this.reading?.reader
    if (!shared) return
    if (engine?.complete) shared.plan(engine.catalog.releases, engine.indexedCount, engine.textFeatures, true)
    else if (shared.followsReading && reader?.showable) shared.plan(reader.releases, engine?.indexedCount ?? 0, engine?.textFeatures ?? FEATURES, false)
  }

  private runPendingSearch(channel: string): void {
    const message = this.pendingSearches.get(channel)
    this.pendingSearches.delete(channel)
    if (message) this.answer(message)
  }

  private answer(message: Exclude<WorkerRequest, { type: 'load' | 'counter' | 'counter-lost' }>): void {
    const engine = this.engine
    // A release page or an export needs the whole corpus: while it is still read, they wait for it.
    if (engine && !engine.complete && (message.type === 'release' || message.type === 'export')) {
      this.waiting.push(message)
      return
    }
    if (!engine) {
      this.post({ type: 'error', seq: message.seq, message: 'The corpus is not loaded yet.' })
      return
    }
    try {
      switch (message.type) {
        case 'search':
          this.post({ type: 'search', seq: message.seq, response: engine.search(message.request) })
          return
        case 'release': {
          const release = engine.release(message.id)
          this.post({ type: 'release', seq: message.seq, detail: release ? { release, related: engine.related(message.id, 6) } : null })
          return
        }
        case 'suggest':
          this.post({ type: 'suggest', seq: message.seq, suggestions: engine.suggest(message.prefix, message.limit) })
          return
        case 'export': {
          const releases = engine.allIds(message.request).map((id) => engine.release(id)).filter((r) => r !== undefined)
          this.post({ type: 'export', seq: message.seq, releases })
          return
        }
      }
    } catch (error) {
      this.post({ type: 'error', seq: message.seq, message: error instanceof Error ? error.message : String(error) })
    }
  }

  private async load(url: string): Promise<void> {
    // The cached entry is read while the corpus downloads; it is used only if the bytes match.
    const cached = readCachedIndex(url, this.options.indexedDB).catch(() => undefined)
    try {
      const reading: ReadingState = { url, cached, reader: new CorpusReader(url), decoder: new TextDecoder(), loaded: 0, total: 0, progressAt: -Infinity, yieldedAt: Date.now(), growCost: 0, grownAt: 0 }
      this.reading = reading
      const onProgress = (loaded: number, total: number): void => {
        reading.loaded = loaded
        reading.total = total
        const at = Date.now()
        if (at - reading.progressAt < PROGRESS_MS && loaded !== total) return
        reading.progressAt = at
        this.post({ type: 'progress', phase: 'download', loaded, total })
      }
      const download = await fetchCorpus(url, onProgress, this.options.fetchImpl, (chunk) => this.read(reading, chunk))
      const { bytes } = download
      // Hashed off the thread while the end is read, or to find that nothing need be read.
      const key = contentKey(bytes, this.cacheVersion).catch(() => undefined)
      if (reading.held) {
        if (await this.openFromCache(url, key, cached)) {
          this.reading = undefined
          return
        }
        // The bytes changed since the entry was made: read them now, whole.
        reading.held = false
        reading.reader.push(download.text)
      }
      // The download is done; what remains is reading its end (the page stays `ready` if it was).
      this.post({ type: 'progress', phase: 'parse', loaded: reading.loaded, total: reading.total })
      reading.reader.push(reading.decoder.decode())
      const result = reading.reader.end(() => download.text)
      this.reading = undefined
      let report: ValidationReport
      if ('error' in result) {
        // Releases already shown stay, with the problem first; a break before them fails the load.
        if (!result.report || !this.engine) {
          this.shared?.close()
          this.post({ type: 'failed', failure: { kind: 'parse', message: formatProblem(result.error), problem: result.error } })
          return
        }
        report = { ...result.report, errors: [{ ...result.error, cost: 'rest' }, ...result.report.errors] }
      } else report = result.report
      let engine = this.engine
      if (engine && !('whole' in result && result.whole)) engine.grow(report.corpus, true)
      else engine = SearchEngine.fromCorpus(report.corpus)
      this.engine = engine
      this.planShared()
      // Browsing needs no full text: show the newest releases first (again, now complete).
      const info = corpusInfo(url, report)
      this.post({ type: 'ready', info })
      for (const message of this.waiting.splice(0)) this.answer(message)
      await this.startFullText(engine, bytes.length <= CACHED_CORPUS_MAX_BYTES ? info : undefined, url, key, cached)
    } catch (error) {
      this.reading = undefined
      this.shared?.close()
      for (const message of this.waiting.splice(0)) this.post({ type: 'error', seq: message.seq, message: 'The corpus could not be loaded.' })
      const failure =
        error instanceof CorpusLoadError
          ? error.failure
          : { kind: 'network' as const, message: error instanceof Error ? error.message : String(error) }
      this.post({ type: 'failed', failure })
    }
  }

  /**
   * Full text from the cached index when it was built from these very bytes (same content
   * key), else by indexing in slices; either way the content key is kept for saving, and
   * `info` (when given) is cached with the index so that the next visit need not parse the corpus.
   */
  private async startFullText(
    engine: SearchEngine,
    info: CorpusInfo | undefined,
    url: string,
    key: Promise<string | undefined>,
    cached: Promise<CachedIndex | undefined>,
  ): Promise<void> {
    const entry = await cached
    // Nothing cached for this address: indexing goes on (or says it is done) while the hash finishes.
    if (!entry) this.continueIndexing(engine)
    this.cacheUrl = url
    this.cacheInfo = info
    this.cacheKey = await key
    if (entry) {
      if (entry.content === this.cacheKey && this.restore(engine, entry.index)) return
      this.continueIndexing(engine)
    }
    if (engine.isFullyIndexed) this.saveIndex()
  }

  /**
   * A repeat visit: when the entry read during the download was made from these very
   * bytes (same content key), the engine comes from its browse structures and index,
   * and the corpus text is neither parsed nor validated. False when there is no such entry.
   */
  private async openFromCache(url: string, key: Promise<string | undefined>, cached: Promise<CachedIndex | undefined>): Promise<boolean> {
    const entry = await cached
    if (!entry?.corpus) return false
    const content = await key
    if (content === undefined || entry.content !== content) return false
    let engine: SearchEngine
    try {
      engine = SearchEngine.fromCatalog(entry.corpus.catalog)
      engine.restoreIndex(entry.index)
    } catch {
      return false
    }
    this.engine = engine
    this.post({ type: 'ready', info: entry.corpus.info })
    this.restoredFromCache(engine)
    return true
  }

  /** Restores a cached index; false when it does not fit this corpus (indexing then starts). */
  private restore(engine: SearchEngine, index: ArrayBuffer): boolean {
    try {
      engine.restoreIndex(index)
    } catch {
      return false
    }
    this.restoredFromCache(engine)
    return true
  }

  /** The index came from the cache: it is complete, and not saved again. */
  private restoredFromCache(engine: SearchEngine): void {
    this.restored = true
    this.shared?.close()
    this.post({ type: 'indexed', indexed: engine.indexedCount, total: engine.size, fromCache: true })
  }

  /** After reading: indexing goes on, or, when it caught up with the download, says it is done. */
  private continueIndexing(engine: SearchEngine): void {
    if (engine.isFullyIndexed) {
      this.shared?.close()
      this.post({ type: 'indexed', indexed: engine.indexedCount, total: engine.size, fromCache: false })
    } else if (!this.slicing) this.indexInSlices()
  }

  /**
   * Reads one piece of the download. Once the first releases of a corpus written newest
   * first are in, the page gets `ready` and indexing starts; later releases join the
   * engine in growing steps (see `growIfDue`), each followed by the corpus info so far.
   */
  private async read(reading: ReadingState, chunk: Uint8Array): Promise<void> {
    const { reader } = reading
    // An entry with browse structures for this address: likely a repeat visit, whose text
    // need not be read if its bytes match (decided at the end, see `openFromCache`).
    reading.held ??= (await reading.cached)?.corpus !== undefined
    if (reading.held || reader.stopped) return
    reader.push(reading.decoder.decode(chunk, { stream: true }))
    if (!this.engine) {
      if (reader.showable && reader.releases.length >= FIRST_SCREEN_RELEASES) {
        const corpus = reader.corpus() as Corpus
        this.engine = SearchEngine.fromPartialCorpus(corpus)
        reading.grownAt = Date.now()
        this.post({ type: 'ready', info: this.partialInfo(reading) })
        this.indexInSlices()
      }
    } else this.growIfDue(reading, this.caughtUp)
    // The counting worker starts on releases as they are read, before the engine holds them.
    this.planShared()
    // A fast download hands over its pieces without a pause: let searches in between, and one
    // indexing slice (see `indexInSlices`). A timer rather than `schedule`, whose tasks may be held
    // back (while a cached index is restored).
    if (Date.now() - reading.yieldedAt >= SLICE_MS) {
      reading.pause = 'open'
      await new Promise<void>((resume) => setTimeout(resume, 0))
      reading.pause = undefined
      reading.yieldedAt = Date.now()
      if (this.slicesDeferred) {
        this.slicesDeferred = false
        if (!this.slicing) this.indexInSlices()
      }
    }
  }

  /**
   * Gives the engine the releases read since it last grew, when they have doubled
   * or when indexing has caught up (`idle`), but never spending more than a fifth of
   * the time on rebuilding (each step rebuilds the browse structures).
   */
  private growIfDue(reading: ReadingState, idle: boolean): boolean {
    const engine = this.engine
    const { reader } = reading
    if (!engine || engine.complete || reader.stopped) return false
    const arrived = reader.releases.length
    if (arrived <= engine.size) return false
    const now = Date.now()
    const due = arrived >= 2 * engine.size || (idle && now - reading.grownAt >= 4 * reading.growCost)
    if (!due) return false
    engine.grow(reader.corpus() as Corpus, false)
    reading.grownAt = Date.now()
    reading.growCost = reading.grownAt - now
    this.post({ type: 'ready', info: this.partialInfo(reading) })
    if (!this.slicing) this.indexInSlices()
    return true
  }

  /**
   * Indexing caught up with the engine while more releases are read: the engine grows as soon
   * as that is due, not only when the next piece of the download comes (which may be late).
   */
  private growWhenDue(reading: ReadingState): void {
    if (this.growIfDue(reading, true) || this.growTimer !== undefined) return
    // Nothing read beyond the engine yet: the next piece of the download grows it (see `read`).
    if (reading.reader.releases.length <= (this.engine?.size ?? 0)) return
    const wait = Math.max(1, reading.grownAt + 4 * reading.growCost - Date.now())
    this.growTimer = setTimeout(() => {
      this.growTimer = undefined
      if (this.reading === reading && this.caughtUp && !this.slicing) this.growWhenDue(reading)
    }, wait)
  }

  /** The corpus info of what was read so far (`reading` set). */
  private partialInfo(reading: ReadingState): CorpusInfo {
    return { ...corpusInfo(reading.url, reading.reader.snapshot() as ValidationReport), reading: true }
  }

  /** Releases to index: all of them once read; while reading, an estimate from the bytes read, above what is indexed. */
  private indexTotal(engine: SearchEngine): number {
    const reading = this.reading
    if (engine.complete || !reading) return engine.size
    const arrived = reading.reader.releases.length
    const estimate = reading.total > 0 && reading.loaded > 0 ? Math.round((arrived * reading.total) / reading.loaded) : arrived
    return Math.max(estimate, arrived, engine.indexedCount + 1)
  }

  private indexInSlices(): void {
    this.slicing = false
    const engine = this.engine
    if (!engine || engine.isFullyIndexed) return
    const pause = this.reading?.pause
    if (pause === 'used') {
      this.slicesDeferred = true
      return
    }
    if (pause === 'open' && this.reading) this.reading.pause = 'used'
    const started = Date.now()
    const before = engine.indexedCount
    let step: StepResult = 'indexed'
    do {
      if (this.shared) step = this.shared.step(engine)
      else engine.indexChunk(SLICE_DOCS)
    } while (step === 'indexed' && !engine.isFullyIndexed && Date.now() - started < SLICE_MS)
    if (engine.indexedCount !== before || engine.isFullyIndexed) {
      this.post({ type: 'indexed', indexed: engine.indexedCount, total: this.indexTotal(engine), fromCache: false, ...(engine.complete ? {} : { reading: true as const }) })
    }
    this.caughtUp = engine.isFullyIndexed || step === 'grow'
    if (step === 'wait') this.waitingForCounter = true
    else if (this.caughtUp) {
      if (engine.isFullyIndexed && engine.complete) {
        this.shared?.close()
        this.saveIndex()
      } else if (this.reading) this.growWhenDue(this.reading)
    } else {
      this.slicing = true
      this.schedule(() => this.indexInSlices())
    }
  }

  /** Writes the finished index to the cache once, when both it and the content key are ready. */
  private saveIndex(): void {
    const engine = this.engine
    const key = this.cacheKey
    const url = this.cacheUrl
    const info = this.cacheInfo
    if (!engine?.isFullyIndexed || !engine.complete || !key || this.restored || this.saved) return
    this.saved = true
    // Serialising takes a moment; let any queued search go first.
    this.schedule(() => {
      const index = engine.serializeIndex()
      void writeCachedIndex(url, { content: key, index, ...(info ? { corpus: { catalog: engine.catalog, info } } : {}) }, this.options.indexedDB)
    })
  }
}

/** The page's view of a validated corpus. */
export function corpusInfo(url: string, report: ValidationReport): CorpusInfo {
  const { corpus, errors, warnings, stats } = report
  const dates = corpus.releases.map((r) => r.date).sort()
  return {
    url,
    source: corpus.source,
    officials: corpus.officials,
    organisations: corpus.organisations,
    topics: corpus.topics,
    releaseCount: corpus.releases.length,
    types: byFrequency(corpus, (r) => r.type),
    langs: byFrequency(corpus, (r) => r.lang),
    ...(dates.length > 0 ? { firstDate: dates[0], lastDate: dates[dates.length - 1] } : {}),
    errors: errors.slice(0, MAX_PROBLEMS_SHOWN),
    warnings: warnings.slice(0, MAX_PROBLEMS_SHOWN),
    errorCount: errors.length,
    warningCount: warnings.length,
    skippedReleases: stats.skippedReleases,
    skippedReferences: stats.skippedReferences,
  }
}

function byFrequency(corpus: Corpus, pick: (release: Corpus['releases'][number]) => string | undefined): string[] {
  const counts = new Map<string, number>()
  for (const release of corpus.releases) {
    const value = pick(release)
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value)
}
