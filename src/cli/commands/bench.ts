/**
 * `pressroom bench [--sizes 1000,10000,50000] [--queries N] [--seed S] [--json]`:
 * per size, on a generated corpus and in one process, the JSON.parse floor, raw
 * MiniSearch with VitePress's options (the baseline: `addAll`, and search + facet
 * counts p95 on the same keystroke workload), and our engine: build, query + facets +
 * histogram + one page of snippets p50/p95, cached index size (raw and gzip),
 * restore time and heap after indexing, each beside the baseline's.
 * Run with `node --expose-gc` (e.g. `NODE_OPTIONS=--expose-gc`) for a settled heap figure.
 */
import { intOption, parseArgs, stringOption, UsageError } from '../args.ts'
import { benchSize, type BenchFigures, type CorpusFactory } from '../bench/searchBench.ts'
import { generateCorpus } from '../../core/generate/index.ts'

function parseSizes(raw: string | undefined): number[] {
  if (raw === undefined) return [1000, 10000]
  const sizes = raw.split(',').map((s) => Number(s.trim()))
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 200000)) {
    throw new UsageError(`--sizes must be a comma-separated list of whole numbers from 1 to 200000, not "${raw}"`)
  }
  return sizes
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`
const ratio = (ours: number, theirs: number): string => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '–')

function table(rows: BenchFigures[]): string {
  const lines: string[][] = [
    ['docs', 'parse', 'build (raw)', 'ratio', 'query p50', 'query p95 (raw)', 'ratio', 'max', 'index gzip (raw)', 'restore (raw)', 'index heap (raw)'],
  ]
  for (const r of rows) {
    lines.push([
      String(r.docs),
      ms(r.parseMs),
      `${ms(r.buildMs)} (${ms(r.baselineBuildMs)})`,
      ratio(r.buildMs, r.baselineBuildMs),
      ms(r.queryP50Ms),
      `${ms(r.queryP95Ms)} (${ms(r.baselineQueryP95Ms)})`,
      ratio(r.queryP95Ms, r.baselineQueryP95Ms),
      ms(r.queryMaxMs),
      `${mb(r.indexGzipBytes)} (${mb(r.baselineIndexGzipBytes)})`,
      `${ms(r.restoreMs)} (${ms(r.baselineRestoreMs)})`,
      `${mb(r.heapBytes - r.corpusHeapBytes)} (${mb(r.baselineHeapBytes - r.corpusHeapBytes)})`,
    ])
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => (l[c] as string).length)))
  return lines.map((l) => l.map((cell, c) => cell.padStart(widths[c] as number)).join('  ')).join('\n')
}

export default async function bench(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json'])
  if (args.positional.length > 0) throw new UsageError('usage: pressroom bench [--sizes 1000,10000] [--queries N] [--seed S] [--json]')
  const sizes = parseSizes(stringOption(args, 'sizes'))
  const queries = intOption(args, 'queries', 400, 300, 100000)
  const seed = intOption(args, 'seed', 42, 0, 2 ** 31)
  const json = args.options.get('json') === true
  const makeCorpus: CorpusFactory = (count, seed) => generateCorpus({ count, seed })
  // Warm-up run, discarded: the first size should not pay for compiling both engines.
  await benchSize(makeCorpus, 300, { queries: 300, seed: seed + 1 })
  const rows: BenchFigures[] = []
  for (const docs of sizes) {
    if (!json) process.stderr.write(`benchmarking ${docs} releases…\n`)
    rows.push(await benchSize(makeCorpus, docs, { queries, seed }))
  }
  if (json) {
    const sizesOut = rows.map(({ docs, parseMs, baselineBuildMs, buildMs, baselineQueryP95Ms, queryP95Ms, queryP50Ms, indexBytes, indexGzipBytes, heapBytes, ...more }) => ({
      docs,
      parseMs,
      baselineBuildMs,
      buildMs,
      baselineQueryP95Ms,
      queryP95Ms,
      queryP50Ms,
      indexBytes,
      indexGzipBytes,
      heapBytes,
      ...more,
    }))
    console.log(JSON.stringify({ sizes: sizesOut }, null, 2))
  } else {
    console.log(table(rows))
    console.log('query = search + facet counts (+ histogram + snippets of one page for ours); raw = MiniSearch with VitePress options; ratios are ours / raw')
    console.log('index heap = heap after indexing minus heap with the parsed corpus alone (run with NODE_OPTIONS=--expose-gc)')
  }
  return 0
}
