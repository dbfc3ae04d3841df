/** Corpora for benchmarks: the project's generator with a fixed seed. */
import type { Corpus } from '../../src/core/corpus/types.ts'
import { generateCorpus } from '../../src/core/generate/index.ts'

export function benchCorpus(count: number, seed: number): Corpus {
  return generateCorpus({ count, seed })
}
