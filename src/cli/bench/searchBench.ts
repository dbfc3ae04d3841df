/**
 * One benchmark run for one corpus size, measuring side by side in one process:
 * the JSON.parse floor, raw MiniSearch with VitePress's local-search options (the
 * baseline) and the Pressroom engine, on the same keystroke workload with facet
 * counts for both. Used by `pressroom bench`.
 */
import { gzipSync } from 'node:zlib'
import MiniSearch from 'minisearch'
import type { Corpus } from '../../core/corpus/types.ts'
import type { SearchRequest } from '../../core/search/types.ts'
import { FACETS } from '../../core/search/types.ts'
import { SearchEngine } from '../../core/search/engine.ts'
import { benchWorkload } from './workload.ts'

/** Figures for one corpus size (milliseconds and bytes). */
export interface BenchFigures {
  docs: number
  parseMs: number
  baselineBuildMs: number
  buildMs: number
  baselineQueryP50Ms: number
  baselineQueryP95Ms: number
  queryP50Ms: number
  queryP95Ms: number
  /** Slowest query of ours, and the number of queries measured. */
  queryMaxMs: number
  queries: number
  /** Restoring our cached index (MiniSearch `loadJSON` plus our checks). */
  restoreMs: number
  baselineRestoreMs: number
  indexBytes: number
  indexGzipBytes: number
  baselineIndexGzipBytes: number
  /** JS heap plus typed arrays after indexing, corpus included (settled with `--expose-gc`). */
  heapBytes: number
  baselineHeapBytes: number
  /** The same with the parsed corpus only, before any index: heap − this is the index's own. */
  corpusHeapBytes: number
}

/** How benchmark corpora are made: the project's generator. */
export type CorpusFactory = (count: number, seed: number) => Corpus | Promise<Corpus>

/** VitePress's local search options (`localSearchPlugin`), on a release's title and body. */
export const VITEPRESS_OPTIONS = {
  fields: ['title', 'text'],
  storeFields: ['title'],
  searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2, titles: 1 } },
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
}

const round = (ms: number): number => Math.round(ms * 100) / 100

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) {
    gc()
    gc()
  }
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

function parseTimed(text: string): { value: Corpus; ms: number } {
  const started = performance.now()
  const value = JSON.parse(text) as Corpus
  return { value, ms: performance.now() - started }
}

/**
 * Facet values of every release as numbers (built before timing), so the baseline's
 * facet counting is a tight loop, as ours is.
 */
function facetRows(corpus: Corpus): { rows: Int32Array[]; valueCount: number; facetOf: Map<string, number> } {
  const facetOf = new Map<string, number>()
  const number = (facet: string, value: string): number => {
    const key = `${facet}:${value}`
    let n = facetOf.get(key)
    if (n === undefined) {
      n = facetOf.size
      facetOf.set(key, n)
    }
    return n
  }
  const rows = corpus.releases.map((release) => {
    const values: number[] = []
    for (const facet of FACETS) {
      const raw = facet === 'type' ? [release.type] : facet === 'lang' ? [release.lang ?? 'en'] : (release[facet] ?? [])
      for (const value of raw) if (value !== undefined) values.push(number(facet, value))
    }
    return Int32Array.from(values)
  })
  return { rows, valueCount: facetOf.size, facetOf }
}

/**
 * Raw MiniSearch with VitePress's options: build, then each request searched,
 * filtered by its facets and dates and counted by facet value; dropped on return.
 */
function measureBaseline(corpus: Corpus, workload: readonly SearchRequest[]): {
  baselineBuildMs: number
  baselineTimes: number[]
  baselineHeapBytes: number
  baselineIndexGzipBytes: number
  baselineRestoreMs: number
} {
  const baseline = new MiniSearch<{ id: number; title: string; text: string }>(VITEPRESS_OPTIONS)
  const documents = corpus.releases.map((release, id) => ({ id, title: release.title, text: release.body }))
  heapUsed() // settle the heap (with --expose-gc) so neither build pays for the other's garbage
  let started = performance.now()
  baseline.addAll(documents)
  const baselineBuildMs = performance.now() - started
  const baselineHeapBytes = heapUsed()
  const { rows, valueCount, facetOf } = facetRows(corpus)
  const dates = corpus.releases.map((release) => release.date)
  const counts = new Uint32Array(valueCount)
  const run = (request: SearchRequest): void => {
    const results = request.q.trim() === '' ? corpus.releases.map((_, id) => ({ id })) : baseline.search(request.q)
    const wanted = Object.entries(request.filters).map(([facet, values]) => (values ?? []).map((value) => facetOf.get(`${facet}:${value}`) ?? -1))
    counts.fill(0)
    let total = 0
    for (const result of results) {
      const doc = result.id as number
      const date = dates[doc] as string
      if ((request.from && date < request.from) || (request.to && date > request.to)) continue
      const row = rows[doc] as Int32Array
      if (!wanted.every((values) => values.some((value) => row.includes(value)))) continue
      total++
      for (let i = 0; i < row.length; i++) counts[row[i] as number] = (counts[row[i] as number] as number) + 1
    }
    if (total < 0) throw new Error('unreachable')
  }
  for (const request of workload.slice(0, 20)) run(request)
  const baselineTimes: number[] = []
  for (const request of workload) {
    started = performance.now()
    run(request)
    baselineTimes.push(performance.now() - started)
  }
  const json = JSON.stringify(baseline)
  const baselineIndexGzipBytes = gzipSync(json).length
  baseline.removeAll()
  heapUsed() // restore into a settled heap, as a fresh page would
  started = performance.now()
  MiniSearch.loadJSON(json, VITEPRESS_OPTIONS)
  const baselineRestoreMs = performance.now() - started
  return { baselineBuildMs, baselineTimes, baselineHeapBytes, baselineIndexGzipBytes, baselineRestoreMs }
}

/** Our engine: build, heap, the workload's times and the cached index; the engine is dropped on return. */
function measureEngine(corpus: Corpus, workload: readonly SearchRequest[], seed: number): { buildMs: number; heapBytes: number; times: number[]; packed: ArrayBuffer } {
  heapUsed()
  let started = performance.now()
  const engine = SearchEngine.fromCorpus(corpus)
  while (!engine.isFullyIndexed) engine.indexChunk(200)
  const buildMs = performance.now() - started
  const heapBytes = heapUsed()
  // Warm up on other queries of the same kind, as a page would have by its second keystroke.
  for (const request of benchWorkload(corpus, 30, seed + 1)) engine.search(request)
  const times: number[] = []
  for (const request of workload) {
    started = performance.now()
    engine.search(request)
    times.push(performance.now() - started)
  }
  return { buildMs, heapBytes, times, packed: engine.serializeIndex() }
}

/** Runs every measurement for one corpus size. */
export async function benchSize(makeCorpus: CorpusFactory, docs: number, options: { queries: number; seed: number }): Promise<BenchFigures> {
  const parsed = parseTimed(JSON.stringify(await makeCorpus(docs, options.seed)))
  const corpus = parsed.value
  const workload = benchWorkload(corpus, options.queries, options.seed)
  const corpusHeapBytes = heapUsed()

  const baseline = measureBaseline(corpus, workload)

  const ours = measureEngine(corpus, workload, options.seed)
  heapUsed() // the engine is gone: restore into a settled heap, as a fresh page would
  const started = performance.now()
  SearchEngine.fromCorpusWithIndex(corpus, ours.packed)
  const restoreMs = performance.now() - started

  const { times, buildMs, heapBytes, packed } = ours
  const indexBytes = Buffer.byteLength(packed)
  const indexGzipBytes = gzipSync(packed).length
  times.sort((a, b) => a - b)
  const baselineTimes = baseline.baselineTimes.sort((a, b) => a - b)
  return {
    docs: corpus.releases.length,
    parseMs: round(parsed.ms),
    baselineBuildMs: round(baseline.baselineBuildMs),
    buildMs: round(buildMs),
    baselineQueryP50Ms: round(percentile(baselineTimes, 50)),
    baselineQueryP95Ms: round(percentile(baselineTimes, 95)),
    queryP50Ms: round(percentile(times, 50)),
    queryP95Ms: round(percentile(times, 95)),
    queryMaxMs: round(times[times.length - 1] ?? 0),
    queries: times.length,
    restoreMs: round(restoreMs),
    baselineRestoreMs: round(baseline.baselineRestoreMs),
    indexBytes,
    indexGzipBytes,
    baselineIndexGzipBytes: baseline.baselineIndexGzipBytes,
    heapBytes,
    baselineHeapBytes: baseline.baselineHeapBytes,
    corpusHeapBytes,
  }
}
