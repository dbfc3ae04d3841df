/** The hand-written ranking corpus, validated, and engines over it. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validateCorpus } from '../../../src/core/corpus/validate.ts'
import type { Corpus } from '../../../src/core/corpus/types.ts'
import { SearchEngine } from '../../../src/core/search/engine.ts'
import type { SearchRequest } from '../../../src/core/search/types.ts'
import { validateSearchRequest, type SearchInput } from '../../../src/core/request/schema.ts'

const path = fileURLToPath(new URL('../../fixtures/ranking/corpus.json', import.meta.url))

/** The fixture corpus; throws if it stops validating cleanly. */
export function fixtureCorpus(): Corpus {
  const report = validateCorpus(JSON.parse(readFileSync(path, 'utf8')))
  if (report.errors.length > 0) throw new Error(`fixture corpus invalid: ${JSON.stringify(report.errors)}`)
  return report.corpus
}

/** An engine over the fixture corpus, fully indexed in small chunks. */
export function fixtureEngine(corpus = fixtureCorpus()): SearchEngine {
  const engine = SearchEngine.fromCorpus(corpus)
  while (!engine.isFullyIndexed) engine.indexChunk(3)
  return engine
}

/** A validated request with defaults filled in. */
export function request(q: string, more: Omit<SearchInput, 'q'> = {}): SearchRequest {
  return validateSearchRequest({ q, ...more }).request
}

/** Ids of all hits of a request (every page), in order. */
export function ids(engine: SearchEngine, q: string, more: Omit<SearchInput, 'q'> = {}): string[] {
  return engine.allIds(request(q, more))
}
