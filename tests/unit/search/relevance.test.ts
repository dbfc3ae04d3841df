/** Relevance measures, and the repository's judged set held to the product's bar. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { validateCorpus } from '../../../src/core/corpus/validate.ts'
import { SearchEngine } from '../../../src/core/search/engine.ts'
import { evaluateRelevance, ndcgAt, precisionAt, recallAt, type RelevanceSet } from '../../../src/core/search/relevance.ts'

const read = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/ranking/${name}`, import.meta.url)), 'utf8'))

describe('relevance measures', () => {
  const judged = { a: 2, b: 1, c: 1 }

  it('gives 1 to the ideal order and less to others', () => {
    expect(ndcgAt(['a', 'b', 'c'], judged, 10)).toBeCloseTo(1)
    expect(ndcgAt(['c', 'b', 'a'], judged, 10)).toBeLessThan(1)
    expect(ndcgAt(['x', 'a', 'b', 'c'], judged, 10)).toBeLessThan(ndcgAt(['a', 'x', 'b', 'c'], judged, 10))
    expect(ndcgAt(['x', 'y'], judged, 10)).toBe(0)
  })

  it('counts recall in the first k and precision against what can be found', () => {
    expect(recallAt(['a', 'x', 'b'], judged, 2)).toBeCloseTo(1 / 3)
    expect(recallAt(['a', 'x', 'b'], judged, 20)).toBeCloseTo(2 / 3)
    expect(precisionAt(['a', 'b', 'c', 'x', 'y'], judged, 5)).toBe(1)
    expect(precisionAt(['a', 'x', 'y', 'z', 'w'], judged, 5)).toBeCloseTo(1 / 3)
  })
})

describe('the judged set', () => {
  const set = read('relevance.json') as RelevanceSet
  const report = validateCorpus(read(set.corpus))
  const engine = SearchEngine.fromCorpus(report.corpus)
  while (!engine.isFullyIndexed) engine.indexChunk(10)

  it('is big enough and judges releases that exist', () => {
    expect(report.errors).toEqual([])
    expect(set.queries.length).toBeGreaterThanOrEqual(40)
    const ids = new Set(report.corpus.releases.map((r) => r.id))
    for (const query of set.queries) for (const id of Object.keys(query.judgments)) expect(ids.has(id), `${query.q}: ${id}`).toBe(true)
  })

  it('reaches nDCG@10 0.95 with no query below 0.7', () => {
    const result = evaluateRelevance(engine, set.queries)
    expect(result.mean.ndcg10).toBeGreaterThanOrEqual(0.95)
    expect(result.queries.filter((q) => q.ndcg10 < 0.7).map((q) => q.q)).toEqual([])
  })
})
