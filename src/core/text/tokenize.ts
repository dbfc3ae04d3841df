/**
 * Splitting text into words and their search keys.
 *
 * A word is a maximal run of letters, digits and combining marks in any script (a soft
 * hyphen inside a word is ignored).
 * Everything else separates words, including hyphens ("COVID-19" → covid, 19) and
 * apostrophes ("Azerbaijan's" → azarbaican, s; "Bakı'da" → baki, da), as MiniSearch's
 * default tokenizer does: the stem before a possessive or suffix stays findable, and
 * a query is split the same way, so phrases still line up. Words whose key is empty
 * (a lone soft sign, a stray combining mark) are skipped.
 */
import { forEachWord } from './searchKey.ts'

/** One word of a text: its search key and its [start, end) offsets into the original text. */
export interface Token {
  key: string
  start: number
  end: number
}

/**
 * The words of `text` with their keys and offsets into `text`.
 *
 * @example
 * tokenize('Vüsal Hüseynov') // [{ key: 'vusal', start: 0, end: 5 }, { key: 'gusainov', start: 6, end: 14 }]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  forEachWord(text, (key, start, end) => {
    tokens.push({ key, start, end })
  })
  return tokens
}

/**
 * The keys of the words of `text`, in order: the fast path for building the index.
 * Always equal to `tokenize(text).map((token) => token.key)`.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = []
  forEachWord(text, (key) => {
    terms.push(key)
  })
  return terms
}

/** The words of a text as columns: search keys and [start, end) offsets, in order. */
export interface TextWords {
  keys: string[]
  starts: Uint32Array
  ends: Uint32Array
}

/**
 * The words of the texts read most recently, kept for the next reading. While a person types,
 * each keystroke's snippets read the bodies of a page of hits, and from one keystroke to the next
 * these are mostly the same releases: splitting them again was about a quarter of a search.
 * The texts themselves are the keys (a Map hashes a string once and compares by content).
 */
export class RecentWords {
  private readonly texts = new Map<string, TextWords>()

  constructor(private readonly capacity: number) {}

  of(text: string): TextWords {
    const known = this.texts.get(text)
    if (known) {
      this.texts.delete(text) // most recent last
      this.texts.set(text, known)
      return known
    }
    const tokens = tokenize(text)
    const words: TextWords = { keys: new Array<string>(tokens.length), starts: new Uint32Array(tokens.length), ends: new Uint32Array(tokens.length) }
    tokens.forEach((token, i) => {
      words.keys[i] = token.key
      words.starts[i] = token.start
      words.ends[i] = token.end
    })
    if (this.texts.size >= this.capacity) this.texts.delete(this.texts.keys().next().value as string)
    this.texts.set(text, words)
    return words
  }
}
