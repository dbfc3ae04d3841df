/**
 * The search engine: browse structures at once, full text in slices, and one
 * `search` call that answers a request with a page of hits, facet counts and a
 * date histogram.
 *
 * Releases are numbered newest first, so browse order is index order, a date
 * range is a run of numbers, and every set is a bitset. Work per request follows
 * the postings of the query's words and one pass over the result set for the
 * facet counts; scoring beyond the page is a top-k selection, and snippets are
 * made for the page only. Word matches are cached between keystrokes.
 *
 * @example
 * const engine = SearchEngine.fromCorpus(corpus)       // browse works now
 * while (!engine.isFullyIndexed) engine.indexChunk(200) // full text, newest first
 * engine.search({ q: 'iom visit', filters: { type: ['meeting'] }, page: 1 })
 */
import type { Corpus, Release } from '../corpus/types.ts'
import { and, count, rangeSet, slice, type Bitset } from './bitset.ts'
import { buildCatalog, dateRange, type Catalog } from './catalog.ts'
import { bucketCounts, countValues, facetFilterSet, facetLists } from './facets.ts'
import { buildHit } from './hits.ts'
import { Matcher } from './matcher.ts'
import { FIELD_WEIGHTS, INDEX_FORMAT_VERSION } from './options.ts'
import { planRequest, type SearchPlan } from './request.ts'
import { relatedReleases } from './related.ts'
import { bytesToString, decodeIndex, encodeIndex, stringToBytes } from './serialize.ts'
import { buildSuggestTable, suggestEntities, type Suggestion } from './suggest.ts'
import { TextIndex } from './textIndex.ts'
import { indexTerms } from '../text/index.ts'
import type { FacetCount, FacetName, Hit, HistogramBucket, SearchRequest, SearchResponse } from './types.ts'

/** The part of an answer that does not depend on sort or page. */
interface ResultSet {
  key: string
  set: Bitset
  total: number
  facets: Record<FacetName, FacetCount[]>
  histogram: { years: HistogramBucket[]; months: HistogramBucket[] }
  fallback: boolean
  /** Relevance per release number, computed on first need. */
  scores?: Float32Array
}

/** Position of the body among the positional fields passed to `TextIndex.addNext`. */
const BODY_FIELD = 1
/** Words within which matches count as one cluster when locating a snippet. */
const CLUSTER_SPAN = 30

/** Changes whenever a cached index from an older build must not be reused. */
export const ENGINE_VERSION = `pressroom-index-${INDEX_FORMAT_VERSION}`

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now())

/** Full-text and faceted search over one corpus. */
export class SearchEngine {
  private readonly catalog: Catalog
  private index: TextIndex
  private matcher: Matcher
  private entityKeys: Map<string, string[]> | undefined
  private suggestTable: ReturnType<typeof buildSuggestTable> | undefined
  private last: ResultSet | undefined
  private readonly filterCache = new Map<string, Bitset>()

  private constructor(catalog: Catalog, index: TextIndex) {
    this.catalog = catalog
    this.index = index
    this.matcher = new Matcher(index)
  }

  /** Builds the browse structures (no full text yet): well under a second for 10,000 releases. */
  static fromCorpus(corpus: Corpus): SearchEngine {
    const catalog = buildCatalog(corpus)
    return new SearchEngine(catalog, new TextIndex(catalog.releases.length))
  }

  /**
   * Builds the browse structures and restores a full-text index made by
   * {@link serializeIndex} (string) or {@link serializeIndexBuffer} for the same
   * corpus. Throws an Error saying why when the index does not fit (another
   * corpus, another format, damaged); the caller then uses `fromCorpus` and indexes afresh.
   */
  static fromCorpusWithIndex(corpus: Corpus, serialized: string | ArrayBuffer | Uint8Array): SearchEngine {
    const catalog = buildCatalog(corpus)
    const snapshot = decodeIndex(typeof serialized === 'string' ? stringToBytes(serialized) : serialized, catalog)
    if ('error' in snapshot) throw new Error(`cached search index not usable: ${snapshot.error}`)
    return new SearchEngine(catalog, TextIndex.fromSnapshot(catalog.releases.length, snapshot))
  }

  /**
   * Replaces whatever full text is indexed so far with a restored index made
   * for the same corpus, keeping the browse structures. Throws like
   * {@link fromCorpusWithIndex} when the index does not fit; the engine is then unchanged.
   */
  restoreIndex(serialized: string | ArrayBuffer | Uint8Array): void {
    const snapshot = decodeIndex(typeof serialized === 'string' ? stringToBytes(serialized) : serialized, this.catalog)
    if ('error' in snapshot) throw new Error(`cached search index not usable: ${snapshot.error}`)
    this.index = TextIndex.fromSnapshot(this.catalog.releases.length, snapshot)
    this.matcher = new Matcher(this.index)
    this.last = undefined
  }

  /**
   * The full-text index as a compact string (binary packed two bytes per UTF-16 unit,
   * see `serialize.ts`), for IndexedDB. Call once fully indexed.
   */
  serializeIndex(): string {
    return bytesToString(this.serializeIndexBuffer())
  }

  /** The full-text index as one transferable buffer (see `serialize.ts` for the layout). */
  serializeIndexBuffer(): ArrayBuffer {
    return encodeIndex(this.index.snapshot(), this.catalog)
  }

  /** Indexes up to `maxDocs` more releases for full text, newest first. */
  indexChunk(maxDocs: number): { indexed: number; total: number } {
    const total = this.catalog.releases.length
    const end = Math.min(total, this.index.indexedCount + Math.max(1, Math.floor(maxDocs) || 1))
    const entityKeys = this.entityKeyTable()
    const { facets } = this.catalog
    for (let doc = this.index.indexedCount; doc < end; doc++) {
      const release = this.catalog.releases[doc] as Release
      const title = indexTerms(asText(release.title))
      const body = indexTerms(asText(release.body))
      const summary = indexTerms(asText(release.summary))
      const place = indexTerms(asText(release.place))
      const entities: string[] = []
      for (const name of ['officials', 'organisations', 'topics'] as const) {
        const table = facets[name]
        for (let r = table.start[doc] as number; r < (table.start[doc + 1] as number); r++) {
          const keys = entityKeys.get(`${name}:${table.values[table.refs[r] as number] as string}`)
          if (keys) for (const key of keys) entities.push(key)
        }
      }
      this.index.addNext(
        [
          { keys: title, weight: FIELD_WEIGHTS.title, positional: true },
          { keys: body, weight: FIELD_WEIGHTS.body, positional: true },
          { keys: summary, weight: FIELD_WEIGHTS.body, positional: true },
          { keys: place, weight: FIELD_WEIGHTS.body, positional: true },
          { keys: entities, weight: FIELD_WEIGHTS.entities, positional: true },
        ],
        title.length + body.length + summary.length + place.length,
      )
    }
    if (this.isFullyIndexed && this.index.isGrowable) {
      // Done: repack the postings into flat typed arrays (about a third of the memory).
      this.index = TextIndex.fromSnapshot(total, this.index.snapshot())
      this.matcher = new Matcher(this.index)
    }
    return { indexed: this.index.indexedCount, total }
  }

  /** Releases searchable by full text so far (always the newest ones). */
  get indexedCount(): number {
    return this.index.indexedCount
  }

  /** True once every release is in the full-text index. */
  get isFullyIndexed(): boolean {
    return this.index.indexedCount >= this.catalog.releases.length
  }

  /** Number of releases in the corpus. */
  get size(): number {
    return this.catalog.releases.length
  }

  /** A release by id. */
  release(id: string): Release | undefined {
    const doc = this.catalog.byId.get(id)
    return doc === undefined ? undefined : this.catalog.releases[doc]
  }

  /** Answers a request; never throws (unusable parts are ignored and listed in `ignored`). */
  search(request: SearchRequest): SearchResponse {
    const started = now()
    const plan = planRequest(request, this.catalog)
    const result = this.resultSet(plan)
    const pageCount = Math.max(1, Math.ceil(result.total / plan.pageSize))
    const page = Math.min(plan.page, pageCount)
    const docs = this.pageDocs(plan, result, (page - 1) * plan.pageSize, plan.pageSize)
    const hasText = plan.query.must.length > 0
    const reached = hasText && docs.length > 0 ? this.matcher.reachedTerms(plan.query.must) : undefined
    const hits: Hit[] = docs.map((doc) =>
      buildHit(
        this.catalog.releases[doc] as Release,
        this.catalog.corpus,
        hasText && result.scores ? (result.scores[doc] as number) : 0,
        plan.query.highlight,
        plan.query.fuzzy,
        reached && this.index.densestCluster(doc, BODY_FIELD, reached, CLUSTER_SPAN),
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
      ignored: plan.ignored,
      sort: plan.sort,
      indexed: this.index.indexedCount,
      releases: this.catalog.releases.length,
      tookMs: 0,
    }
    if (result.fallback) response.fallback = 'any-word'
    response.tookMs = Math.round((now() - started) * 100) / 100
    return response
  }

  /** Ids of every release in the result set, in the request's sort order (for export). */
  allIds(request: SearchRequest): string[] {
    const plan = planRequest(request, this.catalog)
    const result = this.resultSet(plan)
    return this.pageDocs(plan, result, 0, result.total).map((doc) => (this.catalog.releases[doc] as Release).id)
  }

  /** Releases related to one (shared entities first, then similar titles); empty for an unknown id. */
  related(id: string, limit = 5): Hit[] {
    const doc = this.catalog.byId.get(id)
    if (doc === undefined) return []
    return relatedReleases(this.catalog, this.index, doc, Math.max(0, Math.floor(limit) || 0)).map((match) =>
      buildHit(this.catalog.releases[match.doc] as Release, this.catalog.corpus, match.shared + match.similarity / 1000, [], false),
    )
  }

  /** Officials, organisations and topics whose names (in any script) start with the typed words. */
  suggest(prefix: string, limit = 8): Suggestion[] {
    this.suggestTable ??= buildSuggestTable(this.catalog)
    return suggestEntities(this.suggestTable, prefix, limit)
  }

  private entityKeyTable(): Map<string, string[]> {
    if (this.entityKeys) return this.entityKeys
    const table = new Map<string, string[]>()
    for (const entity of this.catalog.entities) {
      // Each name and alias is its own passage, so phrases match within one name only.
      const keys: string[] = []
      for (const name of entity.names) if (typeof name === 'string') keys.push(...indexTerms(name), '')
      table.set(`${entity.facet}:${entity.id}`, keys)
    }
    this.entityKeys = table
    return table
  }

  private filterSet(facet: FacetName, values: readonly number[]): Bitset {
    const key = `${facet}:${values.join(',')}`
    let set = this.filterCache.get(key)
    if (!set) {
      set = facetFilterSet(this.catalog.facets[facet], values, this.catalog.releases.length)
      if (this.filterCache.size > 64) this.filterCache.clear()
      this.filterCache.set(key, set)
    }
    return set
  }

  private resultSet(plan: SearchPlan): ResultSet {
    const filterKey = [...plan.filters].map(([facet, values]) => `${facet}=${values.join(',')}`).join('&')
    const key = `${this.index.indexedCount}|${plan.query.signature}|${filterKey}|${plan.fromDay ?? ''}|${plan.toDay ?? ''}`
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
    let text = browse ? this.catalog.all : this.matcher.matchAll(must, not)
    let set = filtered(text)
    let total = count(set)
    let fallback = false
    if (total === 0 && must.length > 1) {
      const any = this.matcher.matchAny(must, not)
      const anySet = filtered(any)
      const anyTotal = count(anySet)
      if (anyTotal > 0) {
        text = any
        set = anySet
        total = anyTotal
        fallback = true
      }
    }

    const counts = new Uint32Array(this.catalog.valueCount)
    countValues(this.catalog, set, counts)
    for (const facet of filterSets.keys()) {
      const table = this.catalog.facets[facet]
      counts.fill(0, table.offset, table.offset + table.values.length)
      countValues(this.catalog, filtered(text, facet), counts, table)
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
      facets: facetLists(this.catalog, counts, plan.filters),
      histogram: { years: bucketCounts(this.catalog.years, histogramSet), months: bucketCounts(this.catalog.months, histogramSet) },
      fallback,
    }
    if (must.length > 0) result.scores = this.matcher.score(must, set)
    this.last = result
    return result
  }

  private dateSet(plan: SearchPlan): Bitset {
    const [from, to] = dateRange(this.catalog, plan.fromDay ?? 0, plan.toDay ?? 99999999)
    return rangeSet(this.catalog.releases.length, from, to)
  }

  /** Release numbers of one page of a result set in the plan's order. */
  private pageDocs(plan: SearchPlan, result: ResultSet, skip: number, take: number): number[] {
    if (take <= 0) return []
    if (plan.sort === 'newest' || !result.scores) return slice(result.set, skip, take, plan.sort === 'oldest')
    if (plan.sort === 'oldest') return slice(result.set, skip, take, true)
    return topByScore(result.set, result.scores, skip + take).slice(skip)
  }
}

/** A field as text: the corpus is validated, but the engine must not throw on one that is not. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** The `k` best releases of a set by score (ties: newer first), best first. */
function topByScore(set: Bitset, scores: Float32Array, k: number): number[] {
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
