/**
 * Dates for people, in the interface languages en, az and ru, written by
 * date-fns `format` with its `enGB`, `az` and `ru` locales. The month names come
 * with the bundle, so Azerbaijani dates read the same in every browser
 * (Debian's Chromium has no Azerbaijani data for `Intl` and prints "2020 M10 2").
 */
import { format } from 'date-fns/format'
import type { Locale } from 'date-fns/locale'
import { az } from 'date-fns/locale/az'
import { enGB } from 'date-fns/locale/en-GB'
import { ru } from 'date-fns/locale/ru'
import { dateOfDay } from './isoDate.ts'

/** The interface languages with their own date forms. */
export type DateLanguage = 'en' | 'az' | 'ru'

/**
 * date-fns's Azerbaijani locale capitalises month names ("Oktyabr"); the language
 * writes them in lower case ("2 oktyabr 2020"), as CLDR does. Dotted İ lower-cases
 * to plain i ("iyun"), which `toLowerCase` alone would not give.
 */
const azLowerCase: Locale = {
  ...az,
  localize: {
    ...az.localize,
    month: (month, options) => az.localize.month(month, options).replace(/İ/g, 'i').toLowerCase(),
  },
}

/** Locale and date-fns patterns of each language, in one place. */
export const DATE_FORMATS: Record<DateLanguage, { locale: Locale; day: string; month: string; monthName: string }> = {
  en: { locale: enGB, day: 'd MMMM yyyy', month: 'LLL yyyy', monthName: 'LLL' },
  az: { locale: azLowerCase, day: 'd MMMM yyyy', month: 'LLL yyyy', monthName: 'LLL' },
  ru: { locale: ru, day: "d MMMM yyyy 'г.'", month: "LLL yyyy 'г.'", monthName: 'LLL' },
}

/** The date forms of a language or a language tag (`ru-RU` → ru); English for any other. */
function formsOf(lang: string): (typeof DATE_FORMATS)[DateLanguage] {
  const primary = lang.toLowerCase().split('-')[0]
  return primary === 'az' || primary === 'ru' ? DATE_FORMATS[primary] : DATE_FORMATS.en
}

/**
 * A day in a language's long form; the text itself when it is not a calendar date.
 *
 * @example
 * formatDay('2020-10-02', 'en') // '2 October 2020'
 * formatDay('2020-10-02', 'az') // '2 oktyabr 2020'
 * formatDay('2020-10-02', 'ru') // '2 октября 2020 г.'
 */
export function formatDay(iso: string, lang: string): string {
  const date = dateOfDay(iso)
  if (!date) return iso
  const forms = formsOf(lang)
  return format(date, forms.day, { locale: forms.locale })
}

/**
 * A month key `YYYY-MM` as a short month and year; the key itself when it is not a month.
 *
 * @example
 * formatMonth('2020-10', 'en') // 'Oct 2020'
 * formatMonth('2020-06', 'az') // 'iyun 2020'
 */
export function formatMonth(key: string, lang: string): string {
  const date = dateOfDay(`${key}-01`)
  if (!date) return key
  const forms = formsOf(lang)
  return format(date, forms.month, { locale: forms.locale })
}

/**
 * The short name of a month key's month alone, for axis ticks.
 *
 * @example
 * formatMonthName('2020-10', 'ru') // 'окт.'
 */
export function formatMonthName(key: string, lang: string): string {
  const date = dateOfDay(`${key}-01`)
  if (!date) return key
  const forms = formsOf(lang)
  return format(date, forms.monthName, { locale: forms.locale })
}

/**
 * A day in one of APA's English forms: `year-first` after an author
 * ("2020, October 2"), `month-first` for a retrieval date ("October 2, 2020");
 * the text itself when it is not a calendar date.
 */
export function formatApaDay(iso: string, order: 'year-first' | 'month-first'): string {
  const date = dateOfDay(iso)
  if (!date) return iso
  return format(date, order === 'year-first' ? 'yyyy, MMMM d' : 'MMMM d, yyyy', { locale: enGB })
}
