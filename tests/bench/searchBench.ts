/**
 * One benchmark run for one corpus size, measuring side by side in one process:
 * the JSON.parse floor, raw MiniSearch (the baseline) and the Pressroom engine.
 * Used by `pressroom bench`.
 */
import { gzipSync } from 'node:zlib'
import MiniSearch from 'minisearch'
import type { Corpus } from '../../src/core/corpus/types.ts'
import type { SearchRequest } from '../../src/core/search/types.ts'
import { SearchEngine } from '../../src/core/search/engine.ts'
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
  restoreMs: number
  indexBytes: number
  indexGzipBytes: number
  heapBytes: number
}

/** How benchmark corpora are made: the project's generator. */
export type CorpusFactory = (count: number, seed: number) => Corpus | Promise<Corpus>

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

/** Raw MiniSearch with the same fields and default prefix + fuzzy search; dropped on return. */
function measureBaseline(corpus: Corpus, workload: readonly SearchRequest[]): { baselineBuildMs: number; baselineTimes: number[] } {
  const baseline = new MiniSearch({ fields: ['title', 'body'], storeFields: [] })
  let started = performance.now()
  baseline.addAll(corpus.releases)
  const baselineBuildMs = performance.now() - started
  const baselineTimes: number[] = []
  for (const request of workload.slice(0, 20)) baseline.search(request.q, { prefix: true, fuzzy: 0.2 })
  for (const request of workload) {
    if (request.q.trim() === '') continue
    started = performance.now()
    baseline.search(request.q, { prefix: true, fuzzy: 0.2 })
    baselineTimes.push(performance.now() - started)
  }
  return { baselineBuildMs, baselineTimes }
}

/** Runs every measurement for one corpus size. */
export async function benchSize(makeCorpus: CorpusFactory, docs: number, options: { queries: number; seed: number }): Promise<BenchFigures> {
  const parsed = parseTimed(JSON.stringify(await makeCorpus(docs, options.seed)))
  const corpus = parsed.value
  const workload = benchWorkload(corpus, options.queries, options.seed)

  const { baselineBuildMs, baselineTimes } = measureBaseline(corpus, workload)

  let started = performance.now()
  const engine = SearchEngine.fromCorpus(corpus)
  while (!engine.isFullyIndexed) engine.indexChunk(200)
  const buildMs = performance.now() - started
  /** JS heap plus typed-array memory after indexing, corpus included. */
  const heapBytes = heapUsed()

  // Warm up on other queries of the same kind, as a page would have by its second keystroke.
  for (const request of benchWorkload(corpus, 30, options.seed + 1)) engine.search(request)
  const times: number[] = []
  for (const request of workload) {
    started = performance.now()
    engine.search(request)
    times.push(performance.now() - started)
  }
  const index = engine.serializeIndexBuffer()
  const packed = engine.serializeIndex()
  started = performance.now()
  SearchEngine.fromCorpusWithIndex(corpus, packed)
  const restoreMs = performance.now() - started

  times.sort((a, b) => a - b)
  baselineTimes.sort((a, b) => a - b)
  return {
    docs: corpus.releases.length,
    parseMs: round(parsed.ms),
    baselineBuildMs: round(baselineBuildMs),
    buildMs: round(buildMs),
    baselineQueryP50Ms: round(percentile(baselineTimes, 50)),
    baselineQueryP95Ms: round(percentile(baselineTimes, 95)),
    queryP50Ms: round(percentile(times, 50)),
    queryP95Ms: round(percentile(times, 95)),
    queryMaxMs: round(times[times.length - 1] ?? 0),
    queries: times.length,
    restoreMs: round(restoreMs),
    indexBytes: index.byteLength,
    indexGzipBytes: gzipSync(new Uint8Array(index)).length,
    heapBytes,
  }
}
