/**
 * Finds known phrases (names, aliases, topic keywords) in text, in any script
 * and spelling the core name key brings together, and through the case endings
 * Azerbaijani and Russian add to words: "Xidməti" is found in "Xidmətinin",
 * "Гусейнов" in "Гусейнова". Acronyms ("IOM", "МОМ", "BMqT", "ASAN") must match
 * exactly as written, so that ordinary words ("asan", "easy") never pass for them.
 */
import { nameKey, searchKey, tokenize } from '../text/index.ts'

/** A phrase found in a text. */
export interface PhraseMatch<T> {
  value: T
  /** The phrase as registered. */
  phrase: string
  /** Character offsets [start, end) in the text. */
  start: number
  end: number
}

/** The most letters an ending may add to a known word's stem ("Səfirl" + "iyinin"). */
const MAX_ENDING = 6
/** The shortest stem allowed to take endings; shorter words must match whole. */
const MIN_STEM = 4
/**
 * Inside a phrase of several words the neighbours vouch for a word, so a short
 * one may still take endings: "Анна" (key "ana", stem "an") becomes "Анной".
 */
const MIN_STEM_IN_PHRASE = 2

interface PatternToken {
  /** Exact form for acronyms, matched case-sensitively; otherwise undefined. */
  exact?: string
  key: string
  stem?: string
}

interface Pattern<T> {
  value: T
  phrase: string
  tokens: PatternToken[]
}

/** A word of a text, with every key it can be matched under. */
interface TextWord {
  raw: string
  keys: Set<string>
  start: number
  end: number
}

/** True for acronyms and other forms whose capitals carry meaning: "IOM", "BMqT", "AmCham". */
function isAcronym(word: string): boolean {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0
  return capitals >= 2 || (capitals === 1 && word.length === 1)
}

/** Strips the vowels a case ending may replace ("miqrasiya" → "miqrasiy", "служба" → "sluzhb"). */
function stemOf(key: string, minStem: number): string | undefined {
  const stem = key.replace(/[aeiouy]+$/, '')
  return stem.length >= minStem ? stem : undefined
}

const wordKeyCache = new Map<string, string>()
function wordKey(folded: string): string {
  let key = wordKeyCache.get(folded)
  if (key === undefined) {
    key = nameKey(folded)
    if (wordKeyCache.size > 200_000) wordKeyCache.clear()
    wordKeyCache.set(folded, key)
  }
  return key
}

function patternToken(raw: string, minStem: number): PatternToken {
  const folded = searchKey(raw)
  const token: PatternToken = { key: wordKey(folded) }
  if (isAcronym(raw)) token.exact = raw
  else {
    const stem = stemOf(folded, minStem)
    if (stem) token.stem = wordKey(stem)
  }
  return token
}

function textWords(text: string): TextWord[] {
  return tokenize(text).map(({ start, end }) => {
    const raw = text.slice(start, end)
    const folded = searchKey(raw)
    const keys = new Set([wordKey(folded), `=${raw}`])
    for (let cut = 1; cut <= MAX_ENDING && folded.length - cut >= MIN_STEM_IN_PHRASE; cut++) keys.add(`~${wordKey(folded.slice(0, -cut))}`)
    keys.add(`~${wordKey(folded)}`)
    return { raw, keys, start, end }
  })
}

function tokenMatches(pattern: PatternToken, word: TextWord): boolean {
  if (pattern.exact !== undefined) return word.raw === pattern.exact
  return word.keys.has(pattern.key) || (pattern.stem !== undefined && word.keys.has(`~${pattern.stem}`))
}

function lookupKeys(token: PatternToken): string[] {
  if (token.exact !== undefined) return [`=${token.exact}`]
  return token.stem !== undefined ? [token.key, `~${token.stem}`] : [token.key]
}

/**
 * A set of phrases to look for, each tied to a value (an entity id, a topic id).
 * @example
 * const m = new PhraseMatcher<string>()
 * m.add('International Organization for Migration', 'iom')
 * m.add('МОМ', 'iom')
 * m.find('встреча с представителями МОМ').map((x) => x.value) // ['iom']
 */
export class PhraseMatcher<T> {
  private readonly byFirstKey = new Map<string, Pattern<T>[]>()

  /** Registers a phrase; phrases with no words are ignored. */
  add(phrase: string, value: T): void {
    const spans = tokenize(phrase)
    const minStem = spans.length > 1 ? MIN_STEM_IN_PHRASE : MIN_STEM
    const tokens = spans.map(({ start, end }) => patternToken(phrase.slice(start, end), minStem))
    const first = tokens[0]
    if (!first) return
    const pattern: Pattern<T> = { value, phrase, tokens }
    for (const key of lookupKeys(first)) {
      const list = this.byFirstKey.get(key) ?? []
      list.push(pattern)
      this.byFirstKey.set(key, list)
    }
  }

  /** Every occurrence in `text`, leftmost first; where phrases overlap the longest wins. */
  find(text: string): PhraseMatch<T>[] {
    const words = textWords(text)
    const matches: PhraseMatch<T>[] = []
    let i = 0
    while (i < words.length) {
      const word = words[i] as TextWord
      let best: Pattern<T> | undefined
      const seen = new Set<Pattern<T>>()
      for (const key of word.keys) {
        for (const pattern of this.byFirstKey.get(key) ?? []) {
          if (seen.has(pattern)) continue
          seen.add(pattern)
          if (best && pattern.tokens.length <= best.tokens.length) continue
          if (this.matchesAt(pattern, words, i, text)) best = pattern
        }
      }
      if (!best) {
        i++
        continue
      }
      const last = words[i + best.tokens.length - 1] as TextWord
      matches.push({ value: best.value, phrase: best.phrase, start: word.start, end: last.end })
      i += best.tokens.length
    }
    return matches
  }

  private matchesAt(pattern: Pattern<T>, words: TextWord[], at: number, text: string): boolean {
    for (let k = 0; k < pattern.tokens.length; k++) {
      const word = words[at + k]
      if (!word || !tokenMatches(pattern.tokens[k] as PatternToken, word)) return false
      // A phrase does not run across sentence or clause punctuation.
      if (k > 0 && /[.,;:!?()«»"“”\n]/.test(text.slice((words[at + k - 1] as TextWord).end, word.start))) return false
    }
    return true
  }
}
