/**
 * Small language helpers for the release templates: lists, numbers, months,
 * capitals, in English, Azerbaijani and Russian.
 */
import type { Lang } from './entities.ts'

const AND: Record<Lang, string> = { en: 'and', az: 'və', ru: 'и' }

/** "A, B and C" in the given language. */
export function joinList(items: readonly string[], lang: Lang = 'en'): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1]}`
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** 12345 → "12,345" (en) or "12 345" (az, ru). */
export function formatCount(value: number, lang: Lang = 'en'): string {
  const digits = String(Math.round(value))
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '\u00a0')
  return grouped
}

/** Month names: English; Azerbaijani; Russian genitive ("12 марта"); Russian prepositional ("в марте"). */
export const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  ruGen: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ruNom: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  ruIn: ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'],
} as const

const AZ_DIGIT_SUFFIX = ['', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu']
const AZ_TENS_SUFFIX = ['', 'cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı']

/** Azerbaijani ordinal suffix by vowel harmony of the spoken number: 2023 → "cü", 2026 → "cı". */
export function azOrdinalSuffix(n: number): string {
  const ones = n % 10
  if (ones) return AZ_DIGIT_SUFFIX[ones] as string
  const tens = Math.floor(n / 10) % 10
  if (tens) return AZ_TENS_SUFFIX[tens] as string
  return Math.floor(n / 100) % 10 ? 'cü' : 'ci'
}

/** "2023-cü il" */
export function azYear(year: number): string {
  return `${year}-${azOrdinalSuffix(year)} il`
}

/** A date as written in running text: "12 March 2021", "2021-ci il 12 mart", "12 марта 2021 года". */
export function longDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  if (lang === 'az') return `${year}-${azOrdinalSuffix(year)} il ${day} ${MONTHS.az[month - 1]}`
  if (lang === 'ru') return `${day} ${MONTHS.ruGen[month - 1]} ${year} года`
  return `${day} ${MONTHS.en[month - 1]} ${year}`
}

/** Lower-cases the first letter unless the word is an abbreviation ("COVID-19"). */
export function lowerFirst(text: string): string {
  const second = text.charAt(1)
  if (!second || second !== second.toLowerCase()) return text
  const first = text.charAt(0)
  // Azerbaijani dotted capital İ lower-cases to plain i (not i + combining dot).
  return (first === 'İ' ? 'i' : first.toLowerCase()) + text.slice(1)
}

/** Counts words the way the realism checks do: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}
