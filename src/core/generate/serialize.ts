/**
 * Compact JSON of a corpus in chunks, so a large archive can be streamed to a
 * file or stdout without building one giant string. Joined, the chunks equal
 * `JSON.stringify(corpus)`.
 */
import type { Corpus } from '../corpus/types.ts'

/** Yields the compact JSON of `corpus` in pieces of about `releasesPerChunk` releases. */
export function* serializeCorpus(corpus: Corpus, releasesPerChunk = 500): Generator<string> {
  const { releases, ...rest } = corpus
  const head = JSON.stringify({ ...rest, releases: [] })
  yield head.slice(0, -2)
  for (let start = 0; start < releases.length; start += releasesPerChunk) {
    const part = releases.slice(start, start + releasesPerChunk).map((r) => JSON.stringify(r)).join(',')
    yield start === 0 ? part : `,${part}`
  }
  yield ']}'
}
