import { describe, expect, it } from 'vitest'
import { generateCorpus } from '../../../src/core/generate/index.ts'
import { SearchEngine } from '../../../src/core/search/engine.ts'
import { validateSearchRequest } from '../../../src/core/request/schema.ts'

const corpus = generateCorpus({ count: 400, seed: 21 })
const withReleases = (count: number, releases = corpus.releases) => ({ ...corpus, releases: releases.slice(0, count) })
const browse = validateSearchRequest({}).request
const query = validateSearchRequest({ q: 'migration' }).request

describe('SearchEngine.grow', () => {
  it('browses and searches what it holds, keeps the full text of a corpus written newest first, and answers like a whole engine at the end', () => {
    const engine = SearchEngine.fromPartialCorpus(withReleases(100))
    while (!engine.isFullyIndexed) engine.indexChunk(50)
    expect(engine.search(browse)).toMatchObject({ reading: true, releases: 100, indexed: 100 })

    engine.grow(withReleases(250), false)
    expect(engine.indexedCount).toBe(100)
    expect(engine.search(browse).total).toBe(250)
    expect(engine.search(query).indexed).toBe(100)

    engine.grow(withReleases(400), true)
    while (!engine.isFullyIndexed) engine.indexChunk(50)
    const whole = SearchEngine.fromCorpus(corpus)
    while (!whole.isFullyIndexed) whole.indexChunk(500)
    const grown = engine.search(query)
    expect(grown.reading).toBeUndefined()
    expect({ ...grown, tookMs: 0 }).toEqual({ ...whole.search(query), tookMs: 0 })
    expect(new Uint8Array(engine.serializeIndex())).toEqual(new Uint8Array(whole.serializeIndex()))
  }, 30_000)

  it('indexes again when a newer release arrives after others were indexed', () => {
    const shuffled = [...corpus.releases.slice(1, 100), corpus.releases[0]!]
    const engine = SearchEngine.fromPartialCorpus(withReleases(99, shuffled))
    engine.indexChunk(50)
    engine.grow(withReleases(100, shuffled), false)
    expect(engine.indexedCount).toBe(0)
    expect(engine.search(browse).hits[0]?.id).toBe(corpus.releases[0]!.id)
  })
})
