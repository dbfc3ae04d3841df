import { describe, expect, it } from 'vitest'
import { generateCorpus, serializeCorpus } from '../../../src/core/generate/index.ts'

describe('serializeCorpus', () => {
  it('joins to exactly JSON.stringify of the corpus, whatever the chunk size', () => {
    const corpus = generateCorpus({ count: 120, seed: 9 })
    const expected = JSON.stringify(corpus)
    for (const size of [1, 7, 120, 500]) expect([...serializeCorpus(corpus, size)].join('')).toBe(expected)
  })

  it('handles an empty archive', () => {
    const corpus = generateCorpus({ count: 0, seed: 1 })
    expect(corpus.releases).toEqual([])
    expect([...serializeCorpus(corpus)].join('')).toBe(JSON.stringify(corpus))
  })
})
