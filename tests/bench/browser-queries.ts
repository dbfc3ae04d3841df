/**
 * Queries for the browser benchmark's typing test: what a journalist or
 * researcher types into the search field, drawn from the corpus itself —
 * entity names and aliases in their scripts, words and short phrases from
 * release texts, and a few typos. Deterministic for a given corpus and seed.
 */
import type { Corpus } from '../../src/core/corpus/types.ts'
import { Rng } from '../../src/core/generate/prng.ts'

const WORD = /[\p{L}\p{N}]{3,}/gu
/** Longer queries only add keystrokes, not information: people stop typing once results look right. */
const MAX_LENGTH = 22

/** Cuts a query at a word boundary at most MAX_LENGTH characters in. */
function shorten(text: string): string {
  if (text.length <= MAX_LENGTH) return text
  const cut = text.slice(0, MAX_LENGTH)
  const space = cut.lastIndexOf(' ')
  return space > 3 ? cut.slice(0, space) : cut
}

/** `count` distinct queries to type, a mix of names, words, phrases and typos. */
export function typingQueries(corpus: Corpus, count: number, seed = 11): string[] {
  const rng = new Rng(seed)
  const rand = () => rng.next()
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const names: string[] = []
  for (const o of corpus.officials) names.push(o.name, ...(o.aliases ?? []))
  for (const o of corpus.organisations) names.push(o.name, ...(o.aliases ?? []))
  for (const t of corpus.topics) names.push(t.name, ...Object.values(t.names ?? {}))
  const words = (): string[] => pick(corpus.releases).body.match(WORD) ?? ['migration']
  const run = (n: number): string => {
    const list = words()
    const start = Math.floor(rand() * Math.max(1, list.length - n))
    return list.slice(start, start + n).join(' ').toLowerCase()
  }
  const typo = (): string => {
    const word = words().find((w) => w.length >= 7) ?? 'registration'
    const at = 1 + Math.floor(rand() * (word.length - 3))
    return `${word.slice(0, at)}${word[at + 1]}${word[at]}${word.slice(at + 2)}`.toLowerCase()
  }
  const out = new Set<string>()
  for (let guard = 0; out.size < count && guard < count * 20; guard++) {
    const roll = rand()
    const query = roll < 0.35 && names.length > 0 ? pick(names) : roll < 0.7 ? run(1) : roll < 0.88 ? run(2) : typo()
    const short = shorten(query.trim())
    if (short.length >= 2) out.add(short)
  }
  return [...out]
}
