/**
 * The words of a text as search keys (see `src/core/text/searchKey.ts`), memoised per
 * distinct word: MiniSearch's `tokenize` for indexing, and phrase checks on candidates.
 *
 * Splitting follows `forEachWord` exactly (the same word-character test); only the
 * key of each distinct spelling is computed once. An archive repeats a few tens of
 * thousands of spellings millions of times, so the index build pays for a `Map`
 * lookup per occurrence instead of the per-character key rules.
 */
import { keyOfRange, wordCharWidth } from '../text/searchKey.ts'

/** Spellings remembered before the memo starts afresh (bounds memory on huge vocabularies). */
const MEMO_LIMIT = 200_000

let memo = new Map<string, string>()

/** The key of one spelling, memoised. */
function keyOf(word: string): string {
  let key = memo.get(word)
  if (key === undefined) {
    key = keyOfRange(word, 0, word.length)
    if (memo.size >= MEMO_LIMIT) memo = new Map()
    memo.set(word, key)
  }
  return key
}

/**
 * Calls `visit` with the key of every word of `text` whose key is not empty, in order.
 * Equivalent to `forEachWord(text, (key) => visit(key))`.
 */
export function forEachKey(text: string, visit: (key: string) => void): void {
  const length = text.length
  let start = -1
  let i = 0
  while (i < length) {
    const width = wordCharWidth(text, i)
    if (width !== 0) {
      if (start < 0) start = i
      i += width
      continue
    }
    if (start >= 0) {
      const key = keyOf(text.slice(start, i))
      if (key !== '') visit(key)
      start = -1
    }
    i++
  }
  if (start >= 0) {
    const key = keyOf(start === 0 ? text : text.slice(start))
    if (key !== '') visit(key)
  }
}

/**
 * The keys of the words of `text`, in order (MiniSearch's `tokenize`).
 *
 * @example
 * textKeys('Vüsal Hüseynov met IOM') // ['vusal', 'gusainov', 'mat', 'iom']
 */
export function textKeys(text: string): string[] {
  const keys: string[] = []
  forEachKey(text, (key) => {
    keys.push(key)
  })
  return keys
}

/** True when the words of `text` hold `phrase` (keys) as consecutive words. */
export function hasPhrase(text: string, phrase: readonly string[]): boolean {
  if (phrase.length === 0) return true
  const first = phrase[0] as string
  if (phrase.length === 1) {
    let found = false
    forEachKey(text, (key) => {
      if (key === first) found = true
    })
    return found
  }
  // A ring of the last `phrase.length` keys, compared whenever it is full.
  const ring: string[] = new Array<string>(phrase.length)
  let seen = 0
  let found = false
  forEachKey(text, (key) => {
    if (found) return
    ring[seen % phrase.length] = key
    seen++
    if (seen < phrase.length || key !== phrase[phrase.length - 1]) return
    const base = seen - phrase.length
    for (let k = 0; k < phrase.length; k++) if (ring[(base + k) % phrase.length] !== phrase[k]) return
    found = true
  })
  return found
}
