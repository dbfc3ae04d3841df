/**
 * Loose matching of typed text against names in any script, for the filter box
 * of a long facet: "гусей", "hüs" and "Huse" all find "Vusal Huseynov", "мом"
 * finds IOM through its alias.
 */
import { foldText, nameKey } from '../text/index.ts'

const WORD = /[^\p{L}\p{N}]+/u

function words(text: string): string[] {
  return text.split(WORD).filter(Boolean)
}

/**
 * The words a set of names can be found by: each word's name key (script- and
 * spelling-independent) and its folded form. Compute once per entity.
 */
export function searchableWords(names: readonly string[]): string[] {
  const out = new Set<string>()
  for (const name of names) {
    for (const w of words(nameKey(name))) out.add(w)
    for (const w of words(foldText(name))) out.add(w)
  }
  return [...out]
}

/** Each typed word with the alternative forms it may start a name word with. */
export function typedWords(text: string): string[][] {
  return words(foldText(text)).map((folded) => {
    const key = nameKey(folded)
    return key && key !== folded ? [folded, ...words(key)] : [folded]
  })
}

/** True when every typed word starts some word of the name (in one of its forms). */
export function matchesWords(nameWords: readonly string[], typed: readonly string[][]): boolean {
  return typed.every((forms) => forms.some((form) => nameWords.some((word) => word.startsWith(form))))
}

/**
 * The items whose names match `text`; all items when `text` has no words.
 *
 * @example
 * filterByName(items, 'мом', (value) => wordsByValue.get(value) ?? [])
 */
export function filterByName<T extends { value: string }>(items: readonly T[], text: string, wordsOf: (value: string) => readonly string[]): T[] {
  const typed = typedWords(text)
  if (typed.length === 0) return [...items]
  return items.filter((item) => matchesWords(wordsOf(item.value), typed))
}
