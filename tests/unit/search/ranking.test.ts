/** Ranking behaviour pinned by a hand-written corpus and queries with their expected top results. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fixtureEngine, request } from './fixture.ts'

interface RankingCase {
  q: string
  top: string[]
  anyOrder?: boolean
  fallback?: boolean
}

const cases = (
  JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/ranking/queries.json', import.meta.url)), 'utf8')) as { queries: RankingCase[] }
).queries
const engine = fixtureEngine()

describe('ranking fixtures', () => {
  it('has enough cases to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10)
  })

  for (const { q, top, anyOrder, fallback } of cases) {
    it(`ranks ${top.join(', ')} first for «${q}»`, () => {
      const response = engine.search(request(`${q} `))
      const got = response.hits.slice(0, top.length).map((hit) => hit.id)
      if (anyOrder) expect([...got].sort()).toEqual([...top].sort())
      else expect(got).toEqual(top)
      expect(response.fallback === 'any-word').toBe(fallback === true)
    })
  }
})
