/**
 * Relevance measures over a judged query set: nDCG@10, recall@20 and P@5 for each
 * query and on average. Used by `pressroom eval` and by tests that pin ranking.
 *
 * Grades are 2 (about exactly what was asked) and 1 (partly relevant); a release
 * without a grade counts as not relevant.
 *
 * @example
 * const report = evaluateRelevance(engine, set.queries)
 * report.mean.ndcg10 // 0.97
 */
import type { SearchEngine } from './engine.ts'
import type { FacetName } from './types.ts'
import { validateSearchRequest } from '../request/schema.ts'

/** One judged query: a request and the grade of each relevant release. */
export interface JudgedQuery {
  q: string
  filters?: Partial<Record<FacetName, string[]>>
  from?: string
  to?: string
  /** Release id → grade (2 or 1). */
  judgments: Record<string, number>
  /** Why these judgments, for people reading the set. */
  note?: string
}

/** A judged set as kept in the repository: the corpus file (relative to the set) and the queries. */
export interface RelevanceSet {
  corpus: string
  queries: JudgedQuery[]
}

/** Measures of one query. */
export interface QueryScore {
  q: string
  ndcg10: number
  recall20: number
  p5: number
  /** The top 10 as returned, for a person checking a bad query. */
  top: string[]
}

/** Measures of a whole set. */
export interface RelevanceReport {
  queries: QueryScore[]
  mean: { ndcg10: number; recall20: number; p5: number }
}

const gain = (grade: number): number => 2 ** grade - 1

/** Normalised discounted cumulative gain of `ranked` at `k`. */
export function ndcgAt(ranked: readonly string[], judgments: Readonly<Record<string, number>>, k: number): number {
  let dcg = 0
  ranked.slice(0, k).forEach((id, i) => {
    dcg += gain(judgments[id] ?? 0) / Math.log2(i + 2)
  })
  const ideal = Object.values(judgments)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0)
  return ideal === 0 ? 1 : dcg / ideal
}

/** Share of the relevant releases (any grade) found in the first `k`. */
export function recallAt(ranked: readonly string[], judgments: Readonly<Record<string, number>>, k: number): number {
  const relevant = Object.keys(judgments).filter((id) => (judgments[id] ?? 0) > 0)
  if (relevant.length === 0) return 1
  const top = new Set(ranked.slice(0, k))
  return relevant.filter((id) => top.has(id)).length / relevant.length
}

/** Share of the first `k` that are relevant, out of `k` or of all relevant releases when fewer exist. */
export function precisionAt(ranked: readonly string[], judgments: Readonly<Record<string, number>>, k: number): number {
  const relevant = Object.values(judgments).filter((grade) => grade > 0).length
  const cut = Math.min(k, relevant)
  if (cut === 0) return 1
  return ranked.slice(0, k).filter((id) => (judgments[id] ?? 0) > 0).length / cut
}

/** Runs every query (as typed and finished, with a trailing space) and measures the ranking. */
export function evaluateRelevance(engine: SearchEngine, queries: readonly JudgedQuery[]): RelevanceReport {
  const scores = queries.map((query): QueryScore => {
    const { request } = validateSearchRequest({ q: `${query.q} `, filters: query.filters ?? {}, from: query.from, to: query.to, pageSize: 20 })
    const ranked = engine.search(request).hits.map((hit) => hit.id)
    return {
      q: query.q,
      ndcg10: ndcgAt(ranked, query.judgments, 10),
      recall20: recallAt(ranked, query.judgments, 20),
      p5: precisionAt(ranked, query.judgments, 5),
      top: ranked.slice(0, 10),
    }
  })
  const mean = (pick: (s: QueryScore) => number): number => (scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + pick(s), 0) / scores.length)
  return { queries: scores, mean: { ndcg10: mean((s) => s.ndcg10), recall20: mean((s) => s.recall20), p5: mean((s) => s.p5) } }
}
