/**
 * The search engine: browse structures at once, full text in slices, and one
 * `search` call that answers a request with a page of hits, facet counts and a
 * date histogram.
 *
 * The text is a MiniSearch index (`fullText.ts`); everything around it works on
 * release numbers: releases are numbered newest first (the MiniSearch id), so browse
 * order is index order, a date range is a run of numbers, and every set is a bitset.
 * Each query word is one MiniSearch search, cached between keystrokes; facet counts
 * are one pass over the result set; the page is a top-k selection, and snippets are
 * made for the page only.
 *
 * @example
 * const engine = SearchEngine.fromCorpus(corpus)       // browse works now
 * while (!engine.isFullyIndexed) engine.indexChunk(200) // full text, newest first
 * engine.search(validateSearchRequest({ q: 'iom visit', filters: { type: ['meeting'] } }).request)
 */
import type { Corpus, Release } from '../corpus/types.ts'
import { and, count, rangeSet, slice, type Bitset } from './bitset.ts'
import { buildCatalog, dateRange, type Catalog } from './catalog.ts'
import { bucketCounts, countValues, facetFilterSet, facetLists } from './facets.ts'
import type { CountedTerms } from './bulkAdd.ts'
import { FullText } from './fullText.ts'
import { buildHit } from './hits.ts'
import { hasPhrase } from './keys.ts'
import { ITEM_RANK, Matcher } from './matcher.ts'
import { FEATURES, INDEX_FORMAT_VERSION, RANKING, type EngineFeatures, type IndexedDocument } from './options.ts'
import { EntityText } from './entityText.ts'
import { planRequest, type SearchPlan } from './request.ts'
import { relatedReleases } from './related.ts'
import { buildSuggestTable, suggestEntities, type Suggestion } from './suggest.ts'
import type { FacetCount, FacetName, Hit, HistogramBucket, SearchRequest, SearchResponse } from './types.ts'

/** The part of an answer that does not depend on sort or page. */
interface ResultSet {
  key: string
  set: Bitset
  total: number
  facets: Record<FacetName, FacetCount[]>
  histogram: { years: HistogramBucket[]; months: HistogramBucket[] }
  fallback: boolean
  /** Releases holding every word, when releases with only some of them were added. */
  allWords?: number
  /** Relevance per release number (see `Matcher.score`). */
  scores?: Float64Array
}

/** The head of a cached index: what it was built for. */
interface IndexHeader {
  format: 'pressroom-index'
  version: number
  releases: number
  indexed: number
  fingerprint: number
}

/** Changes whenever a cached index from an older build must not be reused. */
export const ENGINE_VERSION = `pressroom-index-${INDEX_FORMAT_VERSION}`

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now())

/** Full-text and faceted search over one corpus. */
export class SearchEngine {
  private browse: Catalog
  private text: FullText
  private matcher: Matcher
  private entityText: EntityText
  /** False while the corpus is still being read (see {@link grow}). */
  private whole = true
  private suggestTable: ReturnType<typeof buildSuggestTable> | undefined
  private last: ResultSet | undefined
  private readonly filterCache = new Map<string, Bitset>()

  private translationTable: Int32Array[] | undefined

  private constructor(
    catalog: Catalog,
    text: FullText,
    private readonly features: Readonly<EngineFeatures>,
  ) {
    this.browse = catalog
    this.text = text
    this.entityText = new EntityText(catalog, features)
    this.matcher = new Matcher(text, this.entityText, (doc, keys) => this.releaseHasPhrase(doc, keys))
  }

  /** Builds the browse structures (no full text yet): well under a second for 10,000 releases. */
  static fromCorpus(corpus: Corpus, features: Readonly<EngineFeatures> = FEATURES): SearchEngine {
    const catalog = buildCatalog(corpus)
    return new SearchEngine(catalog, new FullText(catalog.releases.length, features), features)
  }

  /**
   * An engine over the first releases of a corpus that is still being read: it browses
   * and searches what it holds (answers say `reading`), and {@link grow} gives it more.
   *
   * @example
   * const engine = SearchEngine.fromPartialCorpus({ ...tables, releases: firstBatch })
   * engine.grow({ ...tables, releases: everythingSoFar }, false)
   * engine.grow({ ...tables, releases: all }, true) // complete: `reading` is no longer set
   */
  static fromPartialCorpus(corpus: Corpus, features: Readonly<EngineFeatures> = FEATURES): SearchEngine {
    const engine = SearchEngine.fromCorpus(corpus, features)
    engine.whole = false
    return engine
  }

  /**
   * Replaces the releases with `corpus.releases` (those held so far and more), rebuilding
   * the browse structures. The full text indexed so far is kept when the releases it
   * covers are still the newest ones, in the same order (a corpus written newest first);
   * otherwise full-text indexing starts again. `complete`: these are all the releases.
   */
  grow(corpus: Corpus, complete: boolean): void {
    const previous = this.browse.releases
    const catalog = buildCatalog(corpus)
    const indexed = this.text.indexedCount
    let samePrefix = indexed <= catalog.releases.length
    for (let doc = 0; samePrefix && doc < indexed; doc++) samePrefix = catalog.releases[doc] === previous[doc]
    this.browse = catalog
    this.whole = complete
    this.entityText = new EntityText(catalog, this.features)
    this.suggestTable = undefined
    this.translationTable = undefined
    this.filterCache.clear()
    if (samePrefix) this.text.grow(catalog.releases.length)
    this.useText(samePrefix ? this.text : new FullText(catalog.releases.length, this.features))
  }

  /** False while the corpus is still being read: more releases may come through {@link grow}. */
  get complete(): boolean {
    return this.whole
  }

  /**
   * An engine over browse structures kept from an earlier {@link catalog} (a structured
   * clone from a cache), with no full text yet: a repeat visit skips parsing, validating
   * and sorting the corpus. Throws when the object is not such a catalog.
   */
  static fromCatalog(catalog: Catalog, features: Readonly<EngineFeatures> = FEATURES): SearchEngine {
    const size = Array.isArray(catalog?.releases) ? catalog.releases.length : -1
    if (size < 0 || !(catalog.dayNumbers instanceof Int32Array) || catalog.dayNumbers.length !== size || !(catalog.byId instanceof Map) || !catalog.facets) {
      throw new Error('cached browse structures not usable')
    }
    return new SearchEngine(catalog, new FullText(size, features), features)
  }

  /** The browse structures, for a cache to keep (see {@link fromCatalog}); never modified by the engine. */
  get catalog(): Catalog {
    return this.browse
  }

  /**
   * Builds the browse structures and restores a full-text index made by
   * {@link serializeIndex} for the same corpus. Throws an Error saying why when the
   * index does not fit (another corpus, another format, damaged); the caller then
   * uses `fromCorpus` and indexes afresh.
   */
  static fromCorpusWithIndex(corpus: Corpus, serialized: ArrayBuffer | Uint8Array): SearchEngine {
    const engine = SearchEngine.fromCorpus(corpus)
    engine.restoreIndex(serialized)
    return engine
  }

  /**
   * Replaces whatever full text is indexed so far with a restored index made for
   * the same corpus, keeping the browse structures. Costs a few milliseconds: each
   * term's postings are decoded when a search first reaches it (`indexCodec.ts`).
   * Throws like {@link fromCorpusWithIndex} when the index does not fit; the engine is then unchanged.
   */
  restoreIndex(serialized: ArrayBuffer | Uint8Array): void {
    let restored: { text: FullText; meta: Partial<IndexHeader> | null }
    try {
      restored = FullText.fromBytes<Partial<IndexHeader> | null>(this.browse.releases.length, serialized, this.features)
    } catch (error) {
      throw new Error(`cached search index not usable: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
    }
    const { text, meta: header } = restored
    const problem =
      header?.format !== 'pressroom-index'
        ? 'not a Pressroom index'
        : header.version !== INDEX_FORMAT_VERSION
          ? `index format ${String(header.version)}, expected ${INDEX_FORMAT_VERSION}`
          : header.releases !== this.browse.releases.length || header.fingerprint !== catalogFingerprint(this.browse)
            ? 'index built for another corpus'
            : header.indexed !== text.indexedCount || text.indexedCount > this.browse.releases.length
              ? 'index header is damaged'
              : undefined
    if (problem) throw new Error(`cached search index not usable: ${problem}`)
    this.useText(text)
  }

  /**
   * The full-text index as compact bytes for IndexedDB (`indexCodec.ts`), headed by what
   * it was built for (format, release count, a fingerprint of ids and dates). Call once fully indexed.
   */
  serializeIndex(): ArrayBuffer {
    const header: IndexHeader = {
      format: 'pressroom-index',
      version: INDEX_FORMAT_VERSION,
      releases: this.browse.releases.length,
      indexed: this.text.indexedCount,
      fingerprint: catalogFingerprint(this.browse),
    }
    return this.text.toBytes(header)
  }

  private useText(text: FullText): void {
    this.text = text
    this.matcher = new Matcher(text, this.entityText, (doc, keys) => this.releaseHasPhrase(doc, keys))
    this.last = undefined
  }

  /** Indexes up to `maxDocs` more releases for full text, newest first. */
  indexChunk(maxDocs: number): { indexed: number; total: number } {
    const total = this.browse.releases.length
    const end = Math.min(total, this.text.indexedCount + Math.max(1, Math.floor(maxDocs) || 1))
    this.text.addNext(this.browse.releases.slice(this.text.indexedCount, end).map(indexedText))
    this.finishedAdding()
    return { indexed: this.text.indexedCount, total }
  }

  /** The features the full text is built with: a counter elsewhere counts with the same (`countingFor`). */
  get textFeatures(): Readonly<EngineFeatures> {
    return this.features
  }

  /** True when the full text takes releases counted apart from it ({@link indexCounted}). */
  get takesCounted(): boolean {
    return this.text.takesCounted
  }

  /** The words of `releases` counted as this engine's full text counts them, for {@link indexCounted}. */
  countTerms(releases: readonly Release[]): CountedTerms {
    return this.text.countTerms(releases.map(indexedText))
  }

  /**
   * Adds the next releases to the full text from their words counted elsewhere (`countTerms`
   * over {@link indexedText} with `countingFor(textFeatures)`); `releases` are those counted.
   * False, and nothing added, when they are not this engine's next releases (the corpus was
   * sorted anew as it grew) or the index cannot take counted releases.
   */
  indexCounted(counted: CountedTerms, releases: readonly Release[]): boolean {
    const from = this.text.indexedCount
    const all = this.browse.releases
    if (!this.text.takesCounted || counted.count !== releases.length || from + releases.length > all.length) return false
    for (let k = 0; k < releases.length; k++) if (all[from + k] !== releases[k]) return false
    this.text.addCounted(counted)
    this.finishedAdding()
    return true
  }

  /** Once every release of a complete corpus is indexed, the full text lets go of what only sped up adding. */
  private finishedAdding(): void {
    if (this.whole && this.isFullyIndexed) this.text.finishAdding()
  }

  /** Releases searchable by full text so far (always the newest ones). */
  get indexedCount(): number {
    return this.text.indexedCount
  }

  /** True once every release is in the full-text index. */
  get isFullyIndexed(): boolean {
    return this.text.indexedCount >= this.browse.releases.length
  }

  /** Number of releases in the corpus. */
  get size(): number {
    return this.browse.releases.length
  }

  /** A release by id. */
  release(id: string): Release | undefined {
    const doc = this.browse.byId.get(id)
    return doc === undefined ? undefined : this.browse.releases[doc]
  }

  /**
   * Answers a validated request (made by `validateSearchRequest`); never throws. Filter
   * values this archive does not know are left out and listed in `problems`.
   */
  search(request: SearchRequest): SearchResponse {
    const started = now()
    const plan = planRequest(request, this.browse, this.features)
    const result = this.resultSet(plan)
    const pageCount = Math.max(1, Math.ceil(result.total / plan.pageSize))
    const page = Math.min(plan.page, pageCount)
    const docs = this.pageDocs(plan, result, (page - 1) * plan.pageSize, plan.pageSize)
    const hasText = plan.query.must.length > 0
    const hits: Hit[] = docs.map((doc) =>
      buildHit(
        this.browse.releases[doc] as Release,
        this.browse.corpus,
        hasText && result.scores ? (result.scores[doc] as number) % ITEM_RANK : 0,
        plan.query.highlight,
        plan.query.fuzzy,
      ),
    )
    const response: SearchResponse = {
      total: result.total,
      page,
      pageSize: plan.pageSize,
      hits,
      facets: result.facets,
      histogram: result.histogram,
      terms: plan.query.words,
      highlight: plan.query.highlight,
      problems: plan.problems,
      sort: plan.sort,
      indexed: this.text.indexedCount,
      releases: this.browse.releases.length,
      tookMs: 0,
    }
    if (!this.whole) response.reading = true
    if (result.fallback) response.fallback = 'any-word'
    if (result.allWords !== undefined) response.allWords = result.allWords
    response.tookMs = Math.round((now() - started) * 100) / 100
    return response
  }

  /** Ids of every release in the result set of a validated request, in its sort order (for export). */
  allIds(request: SearchRequest): string[] {
    const plan = planRequest(request, this.browse, this.features)
    const result = this.resultSet(plan)
    return this.pageDocs(plan, result, 0, result.total).map((doc) => (this.browse.releases[doc] as Release).id)
  }

  /** Releases related to one (shared entities first, then similar titles); empty for an unknown id. */
  related(id: string, limit = 5): Hit[] {
    const doc = this.browse.byId.get(id)
    if (doc === undefined) return []
    return relatedReleases(this.browse, this.text, doc, Math.max(0, Math.floor(limit) || 0)).map((match) =>
      buildHit(this.browse.releases[match.doc] as Release, this.browse.corpus, match.shared + match.similarity / 1000, [], false),
    )
  }

  /** Officials, organisations and topics whose names (in any script) start with the typed words. */
  suggest(prefix: string, limit = 8): Suggestion[] {
    this.suggestTable ??= buildSuggestTable(this.browse)
    return suggestEntities(this.suggestTable, prefix, limit)
  }

  /** Release numbers of each release's translations (both directions). */
  private translations(): Int32Array[] {
    if (this.translationTable) return this.translationTable
    const { releases, byId } = this.browse
    const lists: number[][] = releases.map(() => [])
    releases.forEach((release, doc) => {
      for (const id of Object.values(release.translations ?? {})) {
        const other = typeof id === 'string' ? byId.get(id) : undefined
        if (other === undefined || other === doc) continue
        if (!(lists[doc] as number[]).includes(other)) (lists[doc] as number[]).push(other)
        if (!(lists[other] as number[]).includes(doc)) (lists[other] as number[]).push(doc)
      }
    })
    this.translationTable = lists.map((list) => Int32Array.from(list))
    return this.translationTable
  }

  /**
   * Adds to `text` the translations of its releases (the same event in another
   * language, which may share none of the query's words), and gives each the
   * `translationShare` of its best-scoring translation when that beats its own score.
   */
  private withTranslations(text: Bitset): Bitset {
    const table = this.translations()
    const indexed = this.text.indexedCount
    let out: Bitset | undefined
    for (let w = 0; w < text.length; w++) {
      let x = text[w] as number
      while (x !== 0) {
        const low = x & -x
        const doc = (w << 5) | (31 - Math.clz32(low))
        x ^= low
        for (const other of table[doc] as Int32Array) {
          // Only what is indexed: a partial index answers for the newest releases only.
          if (other >= indexed || (((text[other >>> 5] as number) >>> (other & 31)) & 1) === 1) continue
          out ??= text.slice()
          out[other >>> 5] = (out[other >>> 5] as number) | (1 << (other & 31))
        }
      }
    }
    return out ?? text
  }

  private shareWithTranslations(scores: Float64Array, set: Bitset): void {
    const table = this.translations()
    const original = scores.slice()
    for (let w = 0; w < set.length; w++) {
      let x = set[w] as number
      while (x !== 0) {
        const low = x & -x
        const doc = (w << 5) | (31 - Math.clz32(low))
        x ^= low
        for (const other of table[doc] as Int32Array) {
          const shared = (original[other] as number) * RANKING.translationShare
          if (shared > (scores[doc] as number)) scores[doc] = shared
        }
      }
    }
  }

  /** Whether a release holds a phrase within its title, body, summary, place or one entity name. */
  private releaseHasPhrase(doc: number, keys: readonly string[]): boolean {
    const release = this.browse.releases[doc]
    if (!release) return false
    for (const field of [release.title, release.body, release.summary, release.place]) {
      if (typeof field === 'string' && hasPhrase(field, keys)) return true
    }
    const { facets } = this.browse
    for (const name of ['officials', 'organisations', 'topics'] as const) {
      const facet = facets[name]
      for (let r = facet.start[doc] as number; r < (facet.start[doc + 1] as number); r++) {
        const entity = this.browse.entityByKey.get(`${name}:${facet.values[facet.refs[r] as number] as string}`)
        for (const entityName of entity?.names ?? []) if (typeof entityName === 'string' && hasPhrase(entityName, keys)) return true
      }
    }
    return false
  }

  private filterSet(facet: FacetName, values: readonly number[]): Bitset {
    const key = `${facet}:${values.join(',')}`
    let set = this.filterCache.get(key)
    if (!set) {
      set = facetFilterSet(this.browse.facets[facet], values, this.browse.releases.length)
      if (this.filterCache.size > 64) this.filterCache.clear()
      this.filterCache.set(key, set)
    }
    return set
  }

  private resultSet(plan: SearchPlan): ResultSet {
    const filterKey = [...plan.filters].map(([facet, values]) => `${facet}=${values.join(',')}`).join('&')
    const byRelevance = plan.sort === 'relevance'
    const key = `${this.text.indexedCount}|${plan.query.signature}|${filterKey}|${plan.fromDay ?? ''}|${plan.toDay ?? ''}|${byRelevance}`
    if (this.last?.key === key) return this.last

    const { must, not } = plan.query
    const dateSet = plan.fromDay === undefined && plan.toDay === undefined ? undefined : this.dateSet(plan)
    const filterSets = new Map<FacetName, Bitset>()
    for (const [facet, values] of plan.filters) filterSets.set(facet, this.filterSet(facet, values))

    const filtered = (text: Bitset, skip?: FacetName): Bitset => {
      let out = dateSet ? and(text, dateSet) : text
      for (const [facet, filter] of filterSets) if (facet !== skip) out = and(out, filter)
      return out
    }

    const browse = must.length === 0 && not.length === 0
    const translated = (found: Bitset): Bitset => (this.features.translations && must.length > 0 ? this.withTranslations(found) : found)
    let text = browse ? this.browse.all : translated(this.matcher.matchAll(must, not))
    let set = filtered(text)
    let total = count(set)
    let fallback = false
    let allWords: number | undefined
    // Releases with only some of the words: instead of none (any order), or after the
    // few that hold every word (relevance order ranks the latter first).
    const topUp = this.features.topUp && byRelevance && total < RANKING.topUpBelow
    if (must.length > 1 && (total === 0 || topUp)) {
      const any = translated(this.matcher.matchAny(must, not))
      const anySet = filtered(any)
      const anyTotal = count(anySet)
      if (anyTotal > total) {
        if (total === 0) fallback = true
        else allWords = total
        text = any
        set = anySet
        total = anyTotal
      }
    }

    const counts = new Uint32Array(this.browse.valueCount)
    countValues(this.browse, set, counts)
    for (const facet of filterSets.keys()) {
      const table = this.browse.facets[facet]
      counts.fill(0, table.offset, table.offset + table.values.length)
      countValues(this.browse, filtered(text, facet), counts, table)
    }
    // The histogram ignores the date range so that a chart brushing a period keeps its context.
    let histogramSet = set
    if (dateSet) {
      histogramSet = text
      for (const filter of filterSets.values()) histogramSet = and(histogramSet, filter)
    }
    const result: ResultSet = {
      key,
      set,
      total,
      facets: facetLists(this.browse, counts, plan.filters),
      histogram: { years: bucketCounts(this.browse.years, histogramSet), months: bucketCounts(this.browse.months, histogramSet) },
      fallback,
    }
    if (allWords !== undefined) result.allWords = allWords
    if (must.length > 0) {
      result.scores = this.matcher.score(must, set)
      if (this.features.translations) this.shareWithTranslations(result.scores, set)
    }
    this.last = result
    return result
  }

  private dateSet(plan: SearchPlan): Bitset {
    const [from, to] = dateRange(this.browse, plan.fromDay ?? 0, plan.toDay ?? 99999999)
    return rangeSet(this.browse.releases.length, from, to)
  }

  /** Release numbers of one page of a result set in the plan's order. */
  private pageDocs(plan: SearchPlan, result: ResultSet, skip: number, take: number): number[] {
    if (take <= 0) return []
    if (plan.sort === 'newest' || !result.scores) return slice(result.set, skip, take, plan.sort === 'oldest')
    if (plan.sort === 'oldest') return slice(result.set, skip, take, true)
    return topByScore(result.set, result.scores, skip + take).slice(skip)
  }
}

/** A 32-bit FNV-1a hash of the releases' ids and dates in release-number order: binds a cached index to its corpus. */
function catalogFingerprint(catalog: Catalog): number {
  let hash = 0x811c9dc5
  for (const release of catalog.releases) {
    const text = `${String(release.id)}\u0000${String(release.date)}\u0001`
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193)
    }
  }
  return hash >>> 0
}

/** What the full text indexes of a release (MiniSearch's fields): its title, and its body, summary and place. */
export function indexedText(release: Release): Omit<IndexedDocument, 'id'> {
  return {
    title: asText(release.title),
    body: [asText(release.body), asText(release.summary), asText(release.place)].filter((part) => part !== '').join('\n\n'),
  }
}

/** A field as text: the corpus is validated, but the engine must not throw on one that is not. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** The `k` best releases of a set by score (ties: newer first), best first. */
function topByScore(set: Bitset, scores: Float64Array, k: number): number[] {
  // A min-heap of the k best seen so far; the root is the weakest.
  const heap: number[] = []
  const weaker = (a: number, b: number): boolean => {
    const sa = scores[a] as number
    const sb = scores[b] as number
    return sa < sb || (sa === sb && a > b)
  }
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && weaker(heap[l] as number, heap[m] as number)) m = l
      if (r < heap.length && weaker(heap[r] as number, heap[m] as number)) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m] as number, heap[i] as number]
      i = m
    }
  }
  for (let w = 0; w < set.length; w++) {
    let x = set[w] as number
    while (x !== 0) {
      const low = x & -x
      const doc = (w << 5) | (31 - Math.clz32(low))
      x ^= low
      if (heap.length < k) {
        heap.push(doc)
        let i = heap.length - 1
        while (i > 0) {
          const p = (i - 1) >> 1
          if (!weaker(heap[i] as number, heap[p] as number)) break
          ;[heap[i], heap[p]] = [heap[p] as number, heap[i] as number]
          i = p
        }
      } else if (weaker(heap[0] as number, doc)) {
        heap[0] = doc
        siftDown(0)
      }
    }
  }
  return heap.sort((a, b) => (weaker(a, b) ? 1 : weaker(b, a) ? -1 : 0))
}
