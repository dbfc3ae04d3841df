/**
 * Case and diacritic folding: the first step from text to search keys, also usable
 * on its own (e.g. to compare labels loosely).
 */
import { FOLDED, TABLE_LIMIT, ensureCharTables, foldCodePoint } from './charTable.ts'

/**
 * Lowercases `text` and folds diacritics: Azerbaijani ə→e, ı→i, İ→i, ş→s, ç→c, ğ→g,
 * ö→o, ü→u and every other Latin diacritic (é→e, ß→ss, ø→o…); combining marks and
 * soft hyphens are dropped. Cyrillic stays Cyrillic, lowercased, with ё→е.
 * Idempotent; the result may be shorter or longer than the input.
 *
 * @example
 * foldText('Məmmədov İsmayıl') // 'memmedov ismayil'
 * foldText('Ёлка')             // 'елка'
 */
export function foldText(text: string): string {
  ensureCharTables()
  let out = ''
  let copiedUpTo = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let folded: string
    let width = 1
    if (code < TABLE_LIMIT) {
      folded = FOLDED[code] as string
      if (folded.length === 1 && folded.charCodeAt(0) === code) continue
    } else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      folded = foldCodePoint(text.codePointAt(i) as number)
      width = 2
    } else if (code >= 0xd800 && code <= 0xdfff) {
      continue
    } else {
      folded = foldCodePoint(code)
    }
    out += text.slice(copiedUpTo, i) + folded
    i += width - 1
    copiedUpTo = i + 1
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo)
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
