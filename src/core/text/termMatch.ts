/**
 * Which query terms a word's key matches: the rule shared by highlighting and snippets,
 * mirroring how the index is queried (exact key, prefix, or one edit away when fuzzy).
 */

/** One query term, as a search key, and whether words that merely start with it match too. */
export interface QueryTermMatch {
  key: string
  /** Also match words whose key starts with `key` (the word being typed). */
  prefix: boolean
}

/** Options for matching words against query terms. */
export interface TermMatchOptions {
  /** Also match keys one edit (insert, delete, substitute) away from terms of 5 or more characters. */
  fuzzy?: boolean
}

/** Shortest term key that fuzzy matching applies to. */
export const FUZZY_MIN_LENGTH = 5

/** Terms beyond this many share the last bit of a match mask. */
const MASK_BITS = 31

/** True when `a` and `b` are at most one insertion, deletion or substitution apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const longer = a.length >= b.length ? a : b
  const shorter = longer === a ? b : a
  const lengthGap = longer.length - shorter.length
  if (lengthGap > 1) return false
  let i = 0
  while (i < shorter.length && shorter.charCodeAt(i) === longer.charCodeAt(i)) i++
  if (lengthGap === 1) return shorter.slice(i) === longer.slice(i + 1)
  return shorter.slice(i + 1) === longer.slice(i + 1)
}

/**
 * A function giving, for a word key, a bit mask of the terms it matches (bit i for
 * `terms[i]`; terms past the 31st share bit 30); 0 when it matches none.
 */
export function termMatcher(terms: readonly QueryTermMatch[], options: TermMatchOptions = {}): (key: string) => number {
  const fuzzy = options.fuzzy === true
  const active = terms
    .map((term, index) => ({ key: term.key, prefix: term.prefix, bit: 1 << Math.min(index, MASK_BITS - 1) }))
    .filter((term) => term.key !== '')
  return (key) => {
    let mask = 0
    for (const term of active) {
      if (
        key === term.key ||
        (term.prefix && key.startsWith(term.key)) ||
        (fuzzy && term.key.length >= FUZZY_MIN_LENGTH && withinOneEdit(key, term.key))
      ) {
        mask |= term.bit
      }
    }
    return mask
  }
}
