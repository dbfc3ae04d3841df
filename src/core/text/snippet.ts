/**
 * Result snippets: the passage of a release that best shows why it matched.
 */
import { type TextRange, mergeRanges } from './highlight.ts'
import { wordCharWidth } from './searchKey.ts'
import { type QueryTermMatch, type TermMatchOptions, termMatcher } from './termMatch.ts'
import { RecentWords } from './tokenize.ts'

/** Defaults for `bestSnippet`. */
export const SNIPPET_DEFAULTS = {
  /** Passage length in characters, not counting the two possible ellipses. */
  maxLength: 220,
} as const

/** Options for `bestSnippet`. */
export interface SnippetOptions extends TermMatchOptions {
  /** Passage length in characters (default 220); the result adds at most two '…'. */
  maxLength?: number
}

/** A passage and the [start, end) ranges of matching words in it. */
export interface Snippet {
  text: string
  ranges: TextRange[]
}

const ELLIPSIS = '…'

interface MatchedWord {
  start: number
  end: number
  mask: number
}

/**
 * The passage of about `maxLength` characters around the densest cluster of matching
 * words: the window holding the most distinct terms, then the most matches, then the
 * earliest. It starts at a sentence start when one lies shortly before the cluster,
 * cuts at word boundaries, marks cuts with '…', and collapses runs of white space.
 * Ranges are relative to the returned text. Without terms or matches: the start of the text.
 *
 * @example
 * bestSnippet(body, [{ key: searchKey('Huseynov'), prefix: false }], { maxLength: 120 })
 * // { text: '…counselor Vusal Huseynov stressed the importance…', ranges: [[17, 25]] }
 */
export function bestSnippet(text: string, terms: readonly QueryTermMatch[], options: SnippetOptions = {}): Snippet {
  const maxLength = Math.max(1, Math.floor(options.maxLength ?? SNIPPET_DEFAULTS.maxLength))
  const matched = matchedWords(text, terms, options)
  const window = densestWindow(matched, maxLength)
  let start: number
  let end: number
  if (window === undefined) {
    start = 0
    end = cutEnd(text, 0, Math.min(text.length, maxLength), 0)
  } else if (window.end - window.start >= maxLength) {
    start = window.start
    end = avoidSplitPair(text, window.start + maxLength)
  } else {
    ;[start, end] = passageAround(text, window.start, window.end, maxLength)
  }
  const ranges = mergeRanges(
    matched
      .filter((word) => word.end > start && word.start < end)
      .map((word): TextRange => [Math.max(word.start, start), Math.min(word.end, end)]),
  )
  return compactPassage(text, start, end, ranges)
}

/** About three pages of hits: the bodies one keystroke's snippets read, and those of the keystrokes before. */
const recentWords = new RecentWords(64)

function matchedWords(text: string, terms: readonly QueryTermMatch[], options: TermMatchOptions): MatchedWord[] {
  if (terms.length === 0) return []
  const matches = termMatcher(terms, options)
  const matched: MatchedWord[] = []
  const { keys, starts, ends } = recentWords.of(text)
  for (let i = 0; i < keys.length; i++) {
    const mask = matches(keys[i] as string)
    if (mask !== 0) matched.push({ start: starts[i] as number, end: ends[i] as number, mask })
  }
  return matched
}

/** The span of matched words, fitting in `maxLength` (or one over-long word), scoring best. */
function densestWindow(words: readonly MatchedWord[], maxLength: number): { start: number; end: number } | undefined {
  const first = words[0]
  if (first === undefined) return undefined
  const bitCounts = new Array<number>(31).fill(0)
  let best = { start: first.start, end: first.end, distinct: 0, count: 0 }
  let right = 0
  let distinct = 0
  const add = (mask: number, delta: number): void => {
    for (let bit = 0; bit < 31; bit++) {
      if ((mask & (1 << bit)) === 0) continue
      const before = bitCounts[bit] as number
      bitCounts[bit] = before + delta
      if (before === 0 && delta > 0) distinct++
      if (before === 1 && delta < 0) distinct--
    }
  }
  for (let left = 0; left < words.length; left++) {
    const leftWord = words[left] as MatchedWord
    if (right <= left) {
      add(leftWord.mask, 1)
      right = left + 1
    }
    while (right < words.length && (words[right] as MatchedWord).end - leftWord.start <= maxLength) {
      add((words[right] as MatchedWord).mask, 1)
      right++
    }
    const count = right - left
    if (distinct > best.distinct || (distinct === best.distinct && count > best.count)) {
      best = { start: leftWord.start, end: (words[right - 1] as MatchedWord).end, distinct, count }
    }
    add(leftWord.mask, -1)
  }
  return best
}

/** [start, end) of a passage of at most `maxLength` that contains [from, to), cut at word boundaries. */
function passageAround(text: string, from: number, to: number, maxLength: number): [number, number] {
  const slack = maxLength - (to - from)
  let start = Math.max(0, from - Math.floor(slack / 2))
  start = sentenceStartBetween(text, start, from) ?? start
  const end = Math.min(text.length, start + maxLength)
  if (end === text.length) start = Math.max(0, end - maxLength)
  return [cutStart(text, start, from), cutEnd(text, start, end, to)]
}

/** The first sentence start in [from, limit], if any: a word after . ! ? and white space, or after a line break. */
function sentenceStartBetween(text: string, from: number, limit: number): number | undefined {
  if (from === 0) return undefined
  let state = 0 // 0: in a sentence, 1: after a terminator, 2: after a terminator and white space
  for (let i = from; i <= limit && i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (wordCharWidth(text, i) !== 0) {
      if (state === 2 && i > from) return i
      state = 0
    } else if (code === 0x0a) state = 2
    else if (code === 0x2e || code === 0x21 || code === 0x3f) state = 1
    else if (isSpace(code) && state >= 1) state = 2
  }
  return undefined
}

/** Moves a passage start forward out of a word it would split, then past separators; never beyond `limit`. */
function cutStart(text: string, start: number, limit: number): number {
  if (start === 0) return 0
  let at = start
  if (splitsWord(text, at)) {
    at = avoidSplitPair(text, at)
    while (at < limit && wordCharWidth(text, at) !== 0) at += wordCharWidth(text, at)
  }
  while (at < limit && wordCharWidth(text, at) === 0) at++
  return Math.min(at, limit)
}

/** Moves a passage end back out of a word it would split, then before white space; never before `limit`. */
function cutEnd(text: string, start: number, end: number, limit: number): number {
  let at = end
  if (splitsWord(text, at)) {
    while (at > limit && isWordCharBefore(text, at)) at--
    if (at <= start) at = avoidSplitPair(text, end) // one word longer than the passage: cut it
  }
  while (at > limit && isSpace(text.charCodeAt(at - 1))) at--
  return at
}

/** True when a cut at `index` would fall inside a word (or a surrogate pair). */
function splitsWord(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false
  if (avoidSplitPair(text, index) !== index) return true
  return isWordCharBefore(text, index) && wordCharWidth(text, index) !== 0
}

/** `index`, moved back one when it falls between the halves of a surrogate pair. */
function avoidSplitPair(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return index
  const before = text.charCodeAt(index - 1)
  return isLowSurrogate(text.charCodeAt(index)) && before >= 0xd800 && before <= 0xdbff ? index - 1 : index
}

function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false
  if (isLowSurrogate(text.charCodeAt(index - 1)) && index >= 2) return wordCharWidth(text, index - 2) === 2
  return wordCharWidth(text, index - 1) !== 0
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** White space that snippets collapse. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** True when text[from, to) holds anything but white space. */
function hasTextBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return true
  return false
}

/** text[start, end) with white space runs collapsed and trimmed, ellipses where cut, ranges shifted. */
function compactPassage(text: string, start: number, end: number, ranges: readonly TextRange[]): Snippet {
  const leading = hasTextBetween(text, 0, start) ? ELLIPSIS : ''
  const positions = new Int32Array(end - start + 1)
  let out = ''
  let pendingSpace = false
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      pendingSpace = out.length > 0
      positions[i - start] = leading.length + out.length
      continue
    }
    if (pendingSpace) {
      out += ' '
      pendingSpace = false
    }
    positions[i - start] = leading.length + out.length
    out += text[i]
  }
  positions[end - start] = leading.length + out.length
  const shifted = ranges.map(([from, to]): TextRange => [positions[from - start] as number, positions[to - start] as number])
  const trailing = hasTextBetween(text, end, text.length) ? ELLIPSIS : ''
  return { text: leading + out + trailing, ranges: shifted.filter(([from, to]) => to > from) }
}
