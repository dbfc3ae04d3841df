/**
 * A realistic query workload for benchmarks, drawn from a corpus: entity names
 * in their various scripts and words from release texts, typed keystroke by
 * keystroke, with and without facet and date filters, plus phrases, typos,
 * exclusions and OR. Deterministic for a given corpus and seed.
 */
import type { Corpus, Release } from '../../core/corpus/types.ts'
import type { SearchRequest } from '../../core/search/types.ts'
import { validateSearchRequest, type SearchInput } from '../../core/request/schema.ts'
import { Rng } from '../../core/generate/prng.ts'

const WORD = /[\p{L}\p{N}]{3,}/gu

/** Every prefix of `text`, as a person typing it produces them. */
function keystrokes(text: string): string[] {
  const out: string[] = []
  for (let i = 1; i <= text.length; i++) out.push(text.slice(0, i))
  return out
}

/** Requests simulating people searching `corpus`; at least `count` of them. */
export function benchWorkload(corpus: Corpus, count: number, seed = 7): SearchRequest[] {
  const rng = new Rng(seed)
  const rand = () => rng.next()
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const releases = corpus.releases
  const names: string[] = []
  for (const o of corpus.officials) names.push(o.name, ...(o.aliases ?? []))
  for (const o of corpus.organisations) names.push(o.name, ...(o.aliases ?? []))
  for (const t of corpus.topics) names.push(t.name, ...Object.values(t.names ?? {}))
  const bodyWords = (release: Release): string[] => release.body.match(WORD) ?? []
  const someWords = (n: number): string => {
    const words = bodyWords(pick(releases))
    if (words.length === 0) return 'migration'
    const start = Math.floor(rand() * Math.max(1, words.length - n))
    return words.slice(start, start + n).join(' ')
  }
  const dates = releases.map((r) => r.date).sort()
  const filtersOf = (): Pick<SearchInput, 'filters' | 'from' | 'to'> => {
    const release = pick(releases)
    const roll = rand()
    if (roll < 0.3 && release.organisations?.length) return { filters: { organisations: [pick(release.organisations)] } }
    if (roll < 0.5 && release.officials?.length) return { filters: { officials: [pick(release.officials)] } }
    if (roll < 0.65 && release.type) return { filters: { type: [release.type] } }
    if (roll < 0.75 && release.topics?.length) return { filters: { topics: [pick(release.topics)], lang: [release.lang ?? 'en'] } }
    const a = pick(dates)
    const b = pick(dates)
    return { filters: {}, from: a < b ? a : b, to: a < b ? b : a }
  }

  const out: SearchRequest[] = []
  const add = (input: SearchInput): void => void out.push(validateSearchRequest(input).request)
  const typed = (text: string, extra: Pick<SearchInput, 'filters' | 'from' | 'to'> = { filters: {} }): void => {
    for (const q of keystrokes(text)) add({ q, ...extra })
  }
  while (out.length < count) {
    const roll = rand()
    if (roll < 0.3) typed(pick(names))
    else if (roll < 0.55) typed(someWords(1 + Math.floor(rand() * 3)))
    else if (roll < 0.65) typed(`"${someWords(2 + Math.floor(rand() * 2))}"`)
    else if (roll < 0.8) typed(someWords(1 + Math.floor(rand() * 2)), filtersOf())
    else if (roll < 0.85) add({ q: '', ...filtersOf() })
    else if (roll < 0.9) add({ q: `${someWords(1)} -${someWords(1)}` })
    else if (roll < 0.95) add({ q: `${someWords(1)} OR ${someWords(1)}` })
    else {
      const word = bodyWords(pick(releases)).find((w) => w.length >= 6) ?? 'migration'
      const at = 1 + Math.floor(rand() * (word.length - 2))
      typed(`${word.slice(0, at)}${word[at + 1] ?? ''}${word[at] ?? ''}${word.slice(at + 2)}`)
    }
  }
  return out
}
