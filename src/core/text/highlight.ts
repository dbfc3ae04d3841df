/**
 * Highlight ranges: where query terms occur in a text, as offsets the UI turns into
 * marked nodes (never markup strings).
 */
import { type QueryTermMatch, type TermMatchOptions, termMatcher } from './termMatch.ts'
import { forEachWord } from './searchKey.ts'

/** A [start, end) range of a text. */
export type TextRange = [number, number]

/**
 * [start, end) ranges of the words of `text` whose key equals a term's key (or, for
 * prefix terms, starts with it; with `fuzzy`, is one edit from a term of 5+ characters).
 * Sorted, and overlapping or touching ranges merged.
 *
 * @example
 * highlightRanges('Vüsal Hüseynov met IOM', [{ key: searchKey('Huseynov'), prefix: false }])
 * // [[6, 14]]
 */
export function highlightRanges(text: string, terms: readonly QueryTermMatch[], options: TermMatchOptions = {}): TextRange[] {
  if (terms.length === 0) return []
  const matches = termMatcher(terms, options)
  const ranges: TextRange[] = []
  forEachWord(text, (key, start, end) => {
    if (matches(key) !== 0) ranges.push([start, end])
  })
  return mergeRanges(ranges)
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: TextRange[] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}
