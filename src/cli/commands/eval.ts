/**
 * `pressroom eval [--set FILE] [--worst N] [--compare] [--json]`: ranking quality on a
 * judged query set (default: the repository's `tests/fixtures/ranking/relevance.json`,
 * read as data). Prints nDCG@10, recall@20 and P@5 on average and the worst queries
 * with what they returned; `--compare` also runs the engine with each of its ranking
 * features switched off, one at a time. Exits 0; the figures are for people and CI logs.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { intOption, parseArgs, stringOption, UsageError } from '../args.ts'
import { formatProblem, validateCorpus } from '../../core/corpus/validate.ts'
import { SearchEngine } from '../../core/search/engine.ts'
import { FEATURES, type EngineFeatures } from '../../core/search/options.ts'
import type { Corpus } from '../../core/corpus/types.ts'
import { evaluateRelevance, type RelevanceSet } from '../../core/search/relevance.ts'

const DEFAULT_SET = 'tests/fixtures/ranking/relevance.json'
const USAGE = 'usage: pressroom eval [--set FILE] [--worst N] [--compare] [--json]'

const fixed = (value: number): string => value.toFixed(3)

export default async function evaluate(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'compare'])
  if (args.positional.length > 0) throw new UsageError(USAGE)
  const setPath = resolve(stringOption(args, 'set') ?? DEFAULT_SET)
  const worst = intOption(args, 'worst', 8, 0, 1000)
  const set = JSON.parse(readFileSync(setPath, 'utf8')) as RelevanceSet
  const report = validateCorpus(JSON.parse(readFileSync(resolve(dirname(setPath), set.corpus), 'utf8')))
  for (const problem of report.errors) process.stderr.write(`${formatProblem(problem)}\n`)
  const result = evaluateRelevance(indexed(report.corpus, FEATURES), set.queries)
  if (args.options.get('json') === true) {
    console.log(JSON.stringify(result, null, 2))
    return 0
  }
  const { mean } = result
  console.log(`${set.queries.length} queries over ${report.corpus.releases.length} releases`)
  console.log(`nDCG@10 ${fixed(mean.ndcg10)}   recall@20 ${fixed(mean.recall20)}   P@5 ${fixed(mean.p5)}`)
  const below = result.queries.filter((q) => q.ndcg10 < 0.7).length
  console.log(`queries with nDCG@10 below 0.7: ${below}`)
  if (args.options.get('compare') === true) {
    console.log('\nwith one feature off:')
    for (const feature of Object.keys(FEATURES) as Array<keyof EngineFeatures>) {
      const { mean: off, queries } = evaluateRelevance(indexed(report.corpus, { ...FEATURES, [feature]: false }), set.queries)
      const low = queries.filter((q) => q.ndcg10 < 0.7).length
      console.log(`  no ${feature.padEnd(13)} nDCG@10 ${fixed(off.ndcg10)}   recall@20 ${fixed(off.recall20)}   P@5 ${fixed(off.p5)}   below 0.7: ${low}`)
    }
  }
  if (worst > 0) {
    console.log(`\nworst ${Math.min(worst, result.queries.length)}:`)
    for (const q of [...result.queries].sort((a, b) => a.ndcg10 - b.ndcg10).slice(0, worst)) {
      console.log(`  ${fixed(q.ndcg10)}  recall ${fixed(q.recall20)}  P@5 ${fixed(q.p5)}  «${q.q}» → ${q.top.join(' ')}`)
    }
  }
  return 0
}

function indexed(corpus: Corpus, features: Readonly<EngineFeatures>): SearchEngine {
  const engine = SearchEngine.fromCorpus(corpus, features)
  while (!engine.isFullyIndexed) engine.indexChunk(500)
  return engine
}
