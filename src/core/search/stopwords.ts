/**
 * Function words of English, Azerbaijani and Russian that say nothing about what a
 * release is about ("the", "və", "и"). They are left out of the index (a third of
 * the postings of running text) and out of a query's words when it has others, so
 * "when did the chief meet IOM" ranks on "chief meet IOM". Phrases still check them.
 * Kept short on purpose: a word here can never be searched alone.
 */
import { searchKey } from '../text/searchKey.ts'

const WORDS = [
  // English
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'did', 'do', 'for', 'from', 'have', 'in', 'is', 'it', 'its',
  'of', 'on', 'or', 'that', 'the', 'their', 'this', 'to', 'was', 'were', 'what', 'when', 'which', 'who', 'with',
  // Azerbaijani
  'və', 'ilə', 'bu', 'də', 'da', 'üçün', 'olan', 'olunub', 'edib', 'isə', 'ki', 'bir', 'həm',
  // Russian
  'и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'о', 'об', 'от', 'к', 'из', 'за', 'что', 'как', 'а', 'также', 'это', 'у',
]

/** Search keys of the stop words. */
export const STOP_KEYS: ReadonlySet<string> = new Set(WORDS.map((word) => searchKey(word)).filter((key) => key !== ''))

/** True for the key of a stop word. */
export function isStopKey(key: string): boolean {
  return STOP_KEYS.has(key)
}
