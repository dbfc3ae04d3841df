/**
 * Exact-phrase verification: the index finds candidates word by word, this confirms
 * the words stand next to each other.
 */
import { indexTerms } from './tokenize.ts'

/** Options for `containsPhrase`. */
export interface PhraseOptions {
  /** The last phrase key also matches words that start with it (the word being typed). */
  lastIsPrefix?: boolean
}

/**
 * True when the words of `text` contain `phraseKeys` (search keys; empty ones ignored)
 * as consecutive words. An empty phrase is contained in every text.
 *
 * @example
 * containsPhrase('Met the Caspian European Club.', indexTerms('caspian european'))  // true
 * containsPhrase('European and Caspian partners', indexTerms('caspian european'))   // false
 */
export function containsPhrase(text: string, phraseKeys: readonly string[], options: PhraseOptions = {}): boolean {
  const phrase = phraseKeys.filter((key) => key !== '')
  if (phrase.length === 0) return true
  const words = indexTerms(text)
  const lastIndex = phrase.length - 1
  const lastIsPrefix = options.lastIsPrefix === true
  for (let first = 0; first + phrase.length <= words.length; first++) {
    let index = 0
    while (index < phrase.length) {
      const word = words[first + index] as string
      const key = phrase[index] as string
      const matched = index === lastIndex && lastIsPrefix ? word.startsWith(key) : word === key
      if (!matched) break
      index++
    }
    if (index === phrase.length) return true
  }
  return false
}
