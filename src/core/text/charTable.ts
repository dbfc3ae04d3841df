/**
 * Per-character lookup tables behind folding, transliteration and search keys.
 *
 * Built once, for every UTF-16 code below `TABLE_LIMIT` (Latin, Greek, Cyrillic,
 * Armenian, Hebrew, Arabic, Indic, Georgian, Latin and Greek extended, and the
 * typographic quotes and dashes of General Punctuation), in about 10 ms in Node and
 * 30–35 ms in a page that has just loaded. Characters above it are rare in the
 * corpora we serve and take a slower path (`isWordCodePoint`, `foldCodePoint`).
 *
 * Not while the module loads: in the page that made the search view's first task
 * long (over 50 ms). `ensureCharTables()` builds them; every exported function that
 * reads them calls it first (one flag check once built), and a timer builds them in a
 * task of their own soon after loading, before the first answer needs them.
 */
import { transliterate } from './transliterate.ts'

/** Codes below this have table entries. */
export const TABLE_LIMIT = 0x2070

/**
 * `WORD_CHAR[code]` is 1 for characters that belong to words: letters, digits, combining
 * marks and the soft hyphen (the last two vanish from keys).
 */
export const WORD_CHAR = new Uint8Array(TABLE_LIMIT)

/** `FOLDED[code]`: the character lowercased with its diacritics folded (see `foldText`). */
export const FOLDED: string[] = new Array<string>(TABLE_LIMIT)

/**
 * `KEY_LETTERS[code]`: the folded and transliterated letters a word character contributes
 * to its search key before phonetic canonicalisation; '' for non-word characters and for
 * characters that vanish (combining marks, ь, ъ).
 */
export const KEY_LETTERS: string[] = new Array<string>(TABLE_LIMIT)

/**
 * `KEY_CODE[code]`: the single code `KEY_LETTERS[code]` holds when it is one character,
 * 0 when it is empty, -1 when it is longer (ш → "sh"): the fast path of key building.
 */
export const KEY_CODE = new Int32Array(TABLE_LIMIT)

/** Combining diacritical marks: part of a word, dropped by folding. */
export function isFoldedMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f
}

/** Cyrillic blocks, whose letters folding only lowercases (keeps й, ї, ў, ӧ …). */
function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x52f
}

/**
 * Letters that lose no diacritic under canonical decomposition but still have a plain
 * Latin equivalent: Azerbaijani ə and ı, and the usual ligatures and stroked letters.
 */
const LATIN_SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  'ə': 'e',
  'ǝ': 'e',
  'ı': 'i',
  'ß': 'ss',
  'æ': 'ae',
  'œ': 'oe',
  'ø': 'o',
  'ł': 'l',
  'đ': 'd',
  'ð': 'd',
  'þ': 'th',
  'ħ': 'h',
  'ŧ': 't',
  'ŀ': 'l',
  'ĳ': 'ij',
  'ſ': 's',
}

const WORD_PATTERN = /^[\p{L}\p{N}\p{M}]$/u
/** Apostrophe-like letters that we treat as separators, like the ASCII apostrophe. */
const APOSTROPHE_LETTERS = new Set([0x2bc, 0x2bb, 0x2bd])

function foldOne(char: string): string {
  const code = char.charCodeAt(0)
  if (isFoldedMark(code)) return ''
  const lower = char.toLowerCase()
  if (isCyrillic(code)) return lower === 'ё' ? 'е' : lower
  if (code < 0xc0 || (code >= 0x530 && code < 0x1e00)) return lower
  let folded = ''
  for (const part of lower.normalize('NFD')) {
    const partCode = part.charCodeAt(0)
    if (isFoldedMark(partCode)) continue
    folded += LATIN_SPECIAL_FOLDS[part] ?? part
  }
  return folded
}

/** The soft hyphen: invisible, and found inside words of text taken from web pages. */
const SOFT_HYPHEN = 0xad

let built = false

/** Fills the tables, once. */
export function ensureCharTables(): void {
  if (built) return
  built = true
  for (let code = 0; code < TABLE_LIMIT; code++) {
    const char = String.fromCharCode(code)
    const isWord = WORD_PATTERN.test(char) && !APOSTROPHE_LETTERS.has(code) && !(code >= 0xd800 && code <= 0xdfff)
    WORD_CHAR[code] = isWord ? 1 : 0
    const folded = isWord ? foldOne(char) : char.toLowerCase()
    FOLDED[code] = folded
    const letters = isWord ? transliterate(folded) : ''
    KEY_LETTERS[code] = letters
    KEY_CODE[code] = letters.length === 0 ? 0 : letters.length === 1 ? letters.charCodeAt(0) : -1
  }
  for (const code of INVISIBLE_IN_WORDS) {
    if (code >= TABLE_LIMIT) continue
    WORD_CHAR[code] = 1
    FOLDED[code] = ''
    KEY_LETTERS[code] = ''
    KEY_CODE[code] = 0
  }
}
/**
 * Invisible characters that never split a word and vanish from keys: the soft
 * hyphen and the zero-width ones pasted text carries (zero-width space,
 * non-joiner and joiner, word joiner, and U+FEFF, the byte-order mark used as
 * a zero-width no-break space). "mi\u200Bgration" is one word, "migration".
 */
export const INVISIBLE_IN_WORDS: readonly number[] = [SOFT_HYPHEN, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]

setTimeout(ensureCharTables, 0)

/** Whether a code point at or above `TABLE_LIMIT` (or an astral one) belongs to words. */
export function isWordCodePoint(codePoint: number): boolean {
  return codePoint === 0xfeff || WORD_PATTERN.test(String.fromCodePoint(codePoint))
}

/** Folded form of a character outside the table: lowercased, then folded through the table. */
export function foldCodePoint(codePoint: number): string {
  if (codePoint === 0xfeff) return ''
  ensureCharTables()
  const lower = String.fromCodePoint(codePoint).toLowerCase()
  let folded = ''
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (code < TABLE_LIMIT) folded += FOLDED[code]
    else folded += lower[i]
  }
  return folded
}
