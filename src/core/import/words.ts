/**
 * The words of a text with their shape (capitalised, acronym, initial) and the
 * punctuation before them, which name and organisation discovery reason about.
 */
import { tokenize } from '../text/index.ts'

/** One word of a text. */
export interface Word {
  raw: string
  key: string
  start: number
  end: number
  /** Text between the previous word and this one. */
  gap: string
  /** "Vusal", "Hüseynov", "Гусейнов". */
  capitalised: boolean
  /** "IOM", "BMqT", "AmCham". */
  acronym: boolean
  /** A single capital followed by a full stop: "V." */
  initial: boolean
}

/** Lower-case words that may sit inside an organisation's name. */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'üzrə', 'və', 'по', 'и', 'для', 'de', 'für'])

/** Splits text into {@link Word}s. */
export function wordsOf(text: string): Word[] {
  let previousEnd = 0
  return tokenize(text).map(({ key, start, end }) => {
    const raw = text.slice(start, end)
    const gap = text.slice(previousEnd, start)
    previousEnd = end
    const capitals = raw.match(/\p{Lu}/gu)?.length ?? 0
    return {
      raw,
      key,
      start,
      end,
      gap,
      capitalised: /^\p{Lu}\p{Ll}/u.test(raw) && capitals <= 2,
      acronym: capitals >= 2 && raw.length <= 10,
      initial: /^\p{Lu}$/u.test(raw) && text[end] === '.',
    }
  })
}

/** True when the gap between two words ends a clause or sentence (so a name cannot run across it). */
export function breaksClause(gap: string): boolean {
  return /[.,;:!?()«»"“”\n–—]/.test(gap)
}

/** True when the gap ends a sentence. */
export function breaksSentence(gap: string): boolean {
  return /[.!?\n]/.test(gap)
}
