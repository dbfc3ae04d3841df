/**
 * When two written names are the same person: across scripts and spellings
 * (the core name key already brings "Vüsal Hüseynov", "Vusal Huseynov" and
 * "Вусал Гусейнов" together) and across the case endings Azerbaijani and
 * Russian put on names ("Hüseynovun", "Гусейновым", "Səfərovanın",
 * "Сафаровой"), female surnames included (-ova/-yeva beside -ov/-yev).
 */
import { nameKey } from '../text/index.ts'
import { withinOneEdit } from '../text/termMatch.ts'

/**
 * Endings (in name-key letters: ə→a, ı→i, й→i, ы→i, я→ia) that case and gender
 * add to a name word: Azerbaijani genitive, dative, accusative, locative,
 * ablative, comitative and predicative; Russian genitive, dative,
 * instrumental, prepositional; the female -a and its declined forms.
 */
const ENDINGS = new Set([
  '', 'a', 'u', 'i', 'e', 'o', 'im', 'om', 'oi', 'oiu', 'ei', 'in', 'un', 'nin', 'nun', 'ni', 'nu', 'ia', 'iu', 'na',
  'da', 'nda', 'dan', 'ndan', 'la', 'ila', 'dir', 'dur', 'anin', 'aia', 'ani', 'ada', 'adan', 'ai', 'ovoi',
])

/** The shortest common beginning two surnames need before their endings are compared. */
const MIN_SURNAME_STEM = 4
/** The same for first names, which are vouched for by the surname beside them. */
const MIN_FIRST_STEM = 2

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** True when two name-key words differ only by case or gender endings. */
export function sameNameWord(a: string, b: string, minStem = MIN_SURNAME_STEM): boolean {
  if (a === b) return true
  const common = commonPrefix(a, b)
  if (common < minStem) return false
  return ENDINGS.has(a.slice(common)) && ENDINGS.has(b.slice(common))
}

/** True when two first names are the same: endings, an initial for the full name, or one letter of spelling ("Vüsal"/"Вюсал"). */
function sameFirstName(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0]
  if (sameNameWord(a, b, MIN_FIRST_STEM)) return true
  if (Math.min(a.length, b.length) < 4) return false
  return [a, ...withoutEnding(a)].some((x) => [b, ...withoutEnding(b)].some((y) => withinOneEdit(x, y)))
}

/** A name word without each case ending it may carry: "iogannesom" → ["iogannes", …]. */
function withoutEnding(word: string): string[] {
  const stems: string[] = []
  for (const ending of ENDINGS) if (ending && word.endsWith(ending) && word.length - ending.length >= 3) stems.push(word.slice(0, -ending.length))
  return stems
}

/** The key words of a name: "Vusal Huseynov" → ["vusal", "gusainov"]; the velar and h-sounds (k, q, g, h, х) written alike, as scripts render them differently. */
export function nameWords(name: string): string[] {
  return nameKey(name)
    .split(' ')
    .filter(Boolean)
    .map((w) => w.replace(/[xkq]/g, 'g'))
}

/**
 * True when two written names are the same person: same number of words
 * (or one an initial and surname), first names alike, surnames alike.
 * @example samePerson('Vüsal Hüseynov', 'Вусалом Гусейновым') // true
 */
export function samePerson(a: string, b: string): boolean {
  return samePersonWords(nameWords(a), nameWords(b))
}

/** {@link samePerson} on key words. */
export function samePersonWords(a: readonly string[], b: readonly string[]): boolean {
  const lastA = a.at(-1)
  const lastB = b.at(-1)
  if (!lastA || !lastB || a.length < 2 || b.length < 2) return false
  if (!sameNameWord(lastA, lastB)) return false
  return sameFirstName(a[0] as string, b[0] as string)
}

/** The grouping key of a surname: its first letters, the part endings never reach. */
export function surnameBlock(words: readonly string[]): string {
  return (words.at(-1) ?? '').slice(0, MIN_SURNAME_STEM)
}

/** Surname endings that mark a person's name in the region's languages and beyond. */
const SURNAME_SHAPE =
  /(?:ov|ev|yev|iev|ova|eva|yeva|ina|in|li|lı|lu|lü|zade|zadə|yan|dze|shvili|enko|uk|sky|ski|ska|ić|ic|ов|ев|ова|ева|ин|ина|ли|заде|ян|дзе|швили|енко|ский|ская)$/iu

/** True when a written name ends like a surname ("Huseynov", "Cəfərli", "Гусейнова"), in any case form. */
export function looksLikeSurname(word: string): boolean {
  const stripped = word.replace(/(?:nın|nin|nun|nün|ın|in|un|ün|a|ə|ya|yə|ым|ом|ой|у|а)$/u, '')
  return SURNAME_SHAPE.test(word) || SURNAME_SHAPE.test(stripped)
}

/** Russian endings that only occur on declined names: "Райтером", "Жунусовым", "Анной". */
const RUSSIAN_DECLINED: Array<[RegExp, string]> = [
  [/(ов|ев|ин)ым$/u, '$1'],
  [/(ов|ев|ин)ой$/u, '$1а'],
  [/([^аеёиоуыэюя])ом$/u, '$1'],
  [/([^аеёиоуыэюяй])ой$/u, '$1а'],
]

/** The nominative of a name word where its ending leaves no doubt (Russian instrumental). */
export function nominativeWord(word: string): string {
  if (!/[\u0400-\u04ff]/u.test(word) || word.length < 5) return word
  for (const [ending, replacement] of RUSSIAN_DECLINED) if (ending.test(word)) return word.replace(ending, replacement)
  return word
}

/**
 * The plainest form among written forms of one name: per word position the
 * shortest form (the nominative is the shortest in both languages), with a
 * clear Russian instrumental put back to the nominative.
 * @example plainestForm(['Айнур Сафаровой', 'Айнур Сафарова']) // 'Айнур Сафарова'
 */
export function plainestForm(forms: readonly string[]): string {
  const split = forms.map((f) => f.split(/\s+/).filter(Boolean))
  const length = Math.min(...split.map((s) => s.length))
  const words: string[] = []
  for (let i = 0; i < length; i++) {
    const options = split.map((s) => nominativeWord(s[s.length - length + i] as string)).filter((w) => !/^\p{Lu}\.?$/u.test(w))
    const pool = options.length ? options : split.map((s) => s[s.length - length + i] as string)
    words.push(pool.reduce((best, w) => (w.length < best.length ? w : best)))
  }
  return words.join(' ')
}
