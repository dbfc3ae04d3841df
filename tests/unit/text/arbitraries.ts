/** Shared fast-check arbitraries for the text tests. */
import fc from 'fast-check'

/** Any UTF-16 code unit, lone surrogates included. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))

/** Arbitrary strings of UTF-16 code units, the worst input a corpus or URL can carry. */
export const anyText = fc.string({ unit: anyCodeUnit, maxLength: 80 })

/** Arbitrary strings of whole code points across all of Unicode. */
export const unicodeText = fc.string({ unit: 'binary', maxLength: 80 })

/** Characters that exercise the rules: Latin, Azerbaijani, Cyrillic, marks, digits, separators. */
const RELEVANT_CHARS = [
  ...'abcdeghijkqsxyzAEHKSCQ',
  ...'əƏıİşŞçÇğĞöÖüÜéßø',
  ...'адежзйкхшщчыьъёяюДЖХШЁәһҹғҝөүј',
  '\u0301',
  '\u0308',
  ...'0129',
  ' ',
  '-',
  "'",
  '’',
  '.',
  '\n',
  '\u00a0',
  '𝐀',
  '😀',
]

/** A string drawn from `RELEVANT_CHARS`. */
export const relevantText = fc.string({ unit: fc.constantFrom(...RELEVANT_CHARS), maxLength: 60 })

/** One word (no separators) drawn from `RELEVANT_CHARS`. */
export const relevantWord = fc.string({
  unit: fc.constantFrom(...RELEVANT_CHARS.filter((char) => !/[\s\-'’.😀]/u.test(char))),
  minLength: 1,
  maxLength: 16,
})
