/**
 * The worker's state machine, free of `self` so it runs in Node tests:
 * download → validate → browse-ready → the cached index, or index newest-first in
 * slices (answering searches between slices) → cache the index. Searches that a
 * newer one has superseded before they ran are dropped.
 */
import { formatProblem, parseCorpusText, validateCorpus, type ValidationReport } from '../core/corpus/validate.ts'
import type { Corpus } from '../core/corpus/types.ts'
import { ENGINE_VERSION, SearchEngine } from '../core/search/engine.ts'
import { CorpusLoadError, fetchCorpus } from './fetchCorpus.ts'
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
      case 'search':
        // Keep only the newest search of each channel; it runs after messages already queued.
        if (!this.pendingSearches.has(message.channel)) this.schedule(() => this.runPendingSearch(message.channel))
        this.pendingSearches.set(message.channel, message)
        return
      default:
        this.answer(message)
    }
  }

  private runPendingSearch(channel: string): void {
    const message = this.pendingSearches.get(channel)
    this.pendingSearches.delete(channel)
    if (message) this.answer(message)
  }

  private answer(message: Exclude<WorkerRequest, { type: 'load' }>): void {
    const engine = this.engine
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
      const { bytes, text } = await fetchCorpus(url, (loaded, total) => this.post({ type: 'progress', phase: 'download', loaded, total }), this.options.fetchImpl)
      // Hashed off the thread while the text is parsed, or to find that it need not be.
      const key = contentKey(bytes, this.cacheVersion).catch(() => undefined)
      if (await this.openFromCache(url, key, cached)) return
      this.post({ type: 'progress', phase: 'parse', loaded: 0, total: 0 })
      // Names the input in problems: "https://…/corpus.json is an HTML page, not a JSON corpus".
      const parsed = parseCorpusText(text, url)
      if ('error' in parsed) {
        this.post({ type: 'failed', failure: { kind: 'parse', message: formatProblem(parsed.error), problem: parsed.error } })
        return
      }
      const report = validateCorpus(parsed.value)
      const engine = SearchEngine.fromCorpus(report.corpus)
      this.engine = engine
      // Browsing needs no full text: show the newest releases first.
      const info = corpusInfo(url, report)
      this.post({ type: 'ready', info })
      await this.startFullText(engine, bytes.length <= CACHED_CORPUS_MAX_BYTES ? info : undefined, url, key, cached)
    } catch (error) {
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
    // Nothing cached for this address: index at once while the hash finishes.
    if (!entry) this.indexInSlices()
    this.cacheUrl = url
    this.cacheInfo = info
    this.cacheKey = await key
    if (entry) {
      if (entry.content === this.cacheKey && this.restore(engine, entry.index)) return
      this.indexInSlices()
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
    this.restored = true
    this.post({ type: 'ready', info: entry.corpus.info })
    this.post({ type: 'indexed', indexed: engine.indexedCount, total: engine.size, fromCache: true })
    return true
  }

  /** Restores a cached index; false when it does not fit this corpus (indexing then starts). */
  private restore(engine: SearchEngine, index: ArrayBuffer): boolean {
    try {
      engine.restoreIndex(index)
    } catch {
      return false
    }
    this.restored = true
    this.post({ type: 'indexed', indexed: engine.indexedCount, total: engine.size, fromCache: true })
    return true
  }

  private indexInSlices(): void {
    const engine = this.engine
    if (!engine || engine.isFullyIndexed) return
    const started = Date.now()
    let progress: { indexed: number; total: number }
    do {
      progress = engine.indexChunk(SLICE_DOCS)
    } while (!engine.isFullyIndexed && Date.now() - started < SLICE_MS)
    this.post({ type: 'indexed', indexed: progress.indexed, total: progress.total, fromCache: false })
    if (engine.isFullyIndexed) this.saveIndex()
    else this.schedule(() => this.indexInSlices())
  }

  /** Writes the finished index to the cache once, when both it and the content key are ready. */
  private saveIndex(): void {
    const engine = this.engine
    const key = this.cacheKey
    const url = this.cacheUrl
    const info = this.cacheInfo
    if (!engine?.isFullyIndexed || !key || this.restored || this.saved) return
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
