/**
 * Search keys: the single form a word is indexed and queried under, so spellings of
 * one name across Azerbaijani Latin, English and Russian meet.
 *
 * key = canonicalise(transliterate(foldText(word))), where `canonicalise` applies these
 * phonetic rules to the Latin letters, in order:
 *   1. digraphs: kh → x, sh → s, ch → c, gh → g (Khalilov = Xəlilov, Sharifov = Şərifov,
 *      Chingiz = Çingiz; left to right, not overlapping);
 *   2. any other h: h → g at the start of a word (Russian renders Azerbaijani initial h
 *      as г: Hüseynov = Гусейнов), h → x elsewhere (Əhmədov = Ахмедов);
 *   3. letter classes: e → a (Azerbaijani ə folds to e: Əliyev = Aliyev, Məmmədov =
 *      Mammadov), y → i (Huseynov = Huseinov, Гасымов = Qasımov), q → g
 *      (Qasımov = Gasimov), j → c (Javid = Cavid);
 *   4. runs of one letter collapse (Məmmədov = Мамедов, Aliyev = Aliev via "ii").
 * Digits are kept as they are ("2020" stays "2020"); letters of other scripts pass through.
 *
 * Trade-offs, accepted because index and query share the key: English words that differ
 * only in these classes collide (men/man, has/gas, quest/guest, meeting/mating,
 * ship/sip, cat/chat). Words stay distinct otherwise (residence, resident, permit,
 * migration). Typing a word letter by letter yields keys that are prefixes of the
 * whole word's key, except at a k|h boundary (k → kh turns into x).
 */
import { KEY_CODE, KEY_LETTERS, TABLE_LIMIT, WORD_CHAR, ensureCharTables, foldCodePoint, isFoldedMark, isWordCodePoint } from './charTable.ts'
import { isCyrillicDzh } from './transliterate.ts'

const LOWER_A = 0x61
const LOWER_Z = 0x7a
const LOWER_D = 0x64
const LOWER_G = 0x67
const LOWER_H = 0x68
const LOWER_J = 0x6a
const LOWER_X = 0x78

/** Rule 3: the class letter of each ASCII lowercase letter (0 for other codes). */
const LETTER_CLASS = new Uint8Array(128)
for (let code = LOWER_A; code <= LOWER_Z; code++) LETTER_CLASS[code] = code
LETTER_CLASS[0x65] = LOWER_A // e → a
LETTER_CLASS[0x79] = 0x69 // y → i
LETTER_CLASS[0x71] = LOWER_G // q → g
LETTER_CLASS[LOWER_J] = 0x63 // j → c

/** Rule 1: the letter a digraph "?h" becomes, indexed by its first letter (0: not a digraph). */
const DIGRAPH_WITH_H = new Uint8Array(128)
DIGRAPH_WITH_H[0x6b] = LOWER_X // kh → x
DIGRAPH_WITH_H[0x73] = 0x73 // sh → s
DIGRAPH_WITH_H[0x63] = 0x63 // ch → c
DIGRAPH_WITH_H[LOWER_G] = LOWER_G // gh → g

const ASCII_CHARS: string[] = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code))

// The key under construction. Module state keeps key building allocation-free apart
// from the key string itself; every public entry point starts with `startKey()`.
let key = ''
/** Last code appended to `key` when it was a class letter, else 0 (rule 4). */
let lastLetter = 0
/** A raw letter held back until we know whether an 'h' follows it (rule 1); 0 for none. */
let pending = 0
let pendingIsFirst = false
/** Raw letters seen in the current word. */
let seen = 0

function startKey(): void {
  key = ''
  lastLetter = 0
  pending = 0
  seen = 0
}

function appendLetter(letter: number): void {
  if (letter === lastLetter) return
  key += ASCII_CHARS[letter]
  lastLetter = letter
}

function flushPending(): void {
  const raw = pending
  if (raw === LOWER_H) appendLetter(pendingIsFirst ? LOWER_G : LOWER_X)
  else if (raw < 128 && LETTER_CLASS[raw] !== 0) appendLetter(LETTER_CLASS[raw] as number)
  else {
    key += raw < 128 ? ASCII_CHARS[raw] : String.fromCharCode(raw)
    lastLetter = 0
  }
}

/** Feeds one folded, transliterated code unit into the phonetic rules. */
function pushRaw(raw: number): void {
  if (pending !== 0) {
    if (raw === LOWER_H && pending < 128 && DIGRAPH_WITH_H[pending] !== 0) {
      appendLetter(DIGRAPH_WITH_H[pending] as number)
      pending = 0
      seen++
      return
    }
    flushPending()
  }
  pending = raw
  pendingIsFirst = seen === 0
  seen++
}

function pushString(letters: string): void {
  for (let i = 0; i < letters.length; i++) pushRaw(letters.charCodeAt(i))
}

function finishKey(): string {
  if (pending !== 0) flushPending()
  pending = 0
  return key
}

/**
 * Feeds the word character at `index` of `text` and returns how many code units it used
 * (1, or 2 for a surrogate pair or Russian "дж"); 0 when it is not a word character.
 */
function feedCharAt(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index)
  if (code < TABLE_LIMIT) {
    if (WORD_CHAR[code] === 0) return 0
    const single = KEY_CODE[code] as number
    if (single > 0) {
      if (single === LOWER_D && code > 0x400) return feedCyrillicD(text, index, end)
      pushRaw(single)
    } else if (single < 0) pushString(KEY_LETTERS[code] as string)
    return 1
  }
  return feedRareCharAt(text, index, end)
}

/** Russian "дж" (marks between the two letters ignored) becomes "j", like Azerbaijani c. */
function feedCyrillicD(text: string, index: number, end: number): number {
  let next = index + 1
  while (next < end && isFoldedMark(text.charCodeAt(next))) next++
  if (next < end && isCyrillicDzh(text.charCodeAt(index), text.charCodeAt(next))) {
    pushRaw(LOWER_J)
    return next + 1 - index
  }
  pushRaw(LOWER_D)
  return 1
}

/** Characters above the table: surrogate pairs and BMP letters of other scripts. */
function feedRareCharAt(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdfff) {
    const low = text.charCodeAt(index + 1)
    if (code > 0xdbff || index + 1 >= end || !(low >= 0xdc00 && low <= 0xdfff)) return 0
    const codePoint = text.codePointAt(index) as number
    if (!isWordCodePoint(codePoint)) return 0
    pushString(foldCodePoint(codePoint))
    return 2
  }
  if (!isWordCodePoint(code)) return 0
  pushString(foldCodePoint(code))
  return 1
}

/**
 * Width in code units of the word character at `index` (2 for a surrogate pair), or 0
 * when it separates words. Does not touch the key under construction.
 */
export function wordCharWidth(text: string, index: number): number {
  ensureCharTables()
  const code = text.charCodeAt(index)
  if (code < TABLE_LIMIT) return WORD_CHAR[code] as number
  if (code >= 0xd800 && code <= 0xdfff) {
    const low = text.charCodeAt(index + 1)
    if (code > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return 0
    return isWordCodePoint(text.codePointAt(index) as number) ? 2 : 0
  }
  return isWordCodePoint(code) ? 1 : 0
}

/**
 * The search key of `text[start, end)`, which should hold one word; characters that are
 * not letters or digits are skipped.
 */
export function keyOfRange(text: string, start: number, end: number): string {
  ensureCharTables()
  startKey()
  let i = start
  while (i < end) {
    const width = feedCharAt(text, i, end)
    i += width === 0 ? 1 : width
  }
  return finishKey()
}

/**
 * Calls `visit` for every word of `text` (a maximal run of letters, digits and combining
 * marks) whose key is not empty, with its key and its [start, end) offsets in `text`.
 * Apostrophes and hyphens separate words, like all punctuation.
 */
export function forEachWord(text: string, visit: (key: string, start: number, end: number) => void): void {
  ensureCharTables()
  const length = text.length
  let wordStart = -1
  let i = 0
  startKey()
  while (i < length) {
    const width = feedCharAt(text, i, length)
    if (width !== 0) {
      if (wordStart < 0) wordStart = i
      i += width
      continue
    }
    if (wordStart >= 0) {
      const wordKey = finishKey()
      if (wordKey !== '') visit(wordKey, wordStart, i)
      wordStart = -1
      startKey()
    }
    i++
  }
  if (wordStart >= 0) {
    const wordKey = finishKey()
    if (wordKey !== '') visit(wordKey, wordStart, length)
  }
}

/**
 * The key one word is indexed and queried under: folded, transliterated and
 * phonetically canonicalised (rules above). '' for a word with no letters or digits.
 *
 * @example
 * searchKey('Hüseynov') === searchKey('Гусейнов') // true, both 'gusainov'
 * searchKey('2020')                              // '2020'
 */
export function searchKey(word: string): string {
  ensureCharTables()
  return keyOfRange(word, 0, word.length)
}
