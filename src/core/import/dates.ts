/**
 * Release dates in the ways press pages write them, in English, Azerbaijani and
 * Russian: `2019-11-27`, `27.11.2019`, `27 November 2019`, `November 27, 2019`,
 * `27 noyabr 2019-cu il`, `2019-cu il 27 noyabr`, `27 ноября 2019 года`, and the
 * yearless `On November 27` / `27 noyabr` / `27 ноября`, which is reported but
 * never completed with a guessed year.
 */
import { isCalendarDate } from '../calendar/isoDate.ts'
import type { SourceDocument } from './document.ts'

/** Month names and their stems (lower case) in the three languages, by month number. */
const MONTH_STEMS: ReadonlyArray<readonly string[]> = [
  ['jan', 'yanvar', 'январ'],
  ['feb', 'fevral', 'феврал'],
  ['mar', 'mart', 'март'],
  ['apr', 'aprel', 'апрел'],
  ['may', 'ma', 'мая', 'май'],
  ['jun', 'iyun', 'июн'],
  ['jul', 'iyul', 'июл'],
  ['aug', 'avqust', 'август'],
  ['sep', 'sentyabr', 'сентябр'],
  ['oct', 'oktyabr', 'октябр'],
  ['nov', 'noyabr', 'ноябр'],
  ['dec', 'dekabr', 'декабр'],
]

/** Full forms a month word may take beyond its stem (English names, case endings). */
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** Case endings a month stem may take: "noyabrın", "noyabrda", "ноября", "марта". */
const MONTH_ENDINGS = new Set([
  '', 'a', 'ə', 'ı', 'i', 'u', 'ü', 'ın', 'in', 'un', 'ün', 'da', 'də', 'dan', 'dən', 'ında', 'ində', 'unda', 'ündə',
  'я', 'ь', 'е', 'а', 'ю', 'ем', 'ом',
])

/** The month (1–12) a word names, or 0. Accepts `Nov`, `Nov.`, `November`, `noyabr`, `noyabrın`, `ноября`. */
export function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '')
  for (let i = 0; i < 12; i++) {
    const en = EN_MONTHS[i] as string
    if (w === en || (w.length >= 3 && en.startsWith(w) && w === en.slice(0, w.length) && w.length <= 4 && w !== 'ma')) return i + 1
    for (const stem of (MONTH_STEMS[i] as readonly string[]).slice(1)) {
      if (stem.length < 3) continue
      if (w.startsWith(stem) && MONTH_ENDINGS.has(w.slice(stem.length))) return i + 1
    }
  }
  return 0
}

/** A date found in text. `date` is set when day, month and year are all known. */
export interface DateMatch {
  date?: string
  /** The words as written, e.g. "On November 27". */
  text: string
  index: number
}

const L = '[\\p{L}]'
const WORD = `(${L}{3,}\\.?)`
const NOT_BEFORE = '(?<![\\p{L}\\d])'
const NOT_AFTER = '(?![\\p{L}\\d])'
const ORDINAL = '(?:st|nd|rd|th|-?(?:də|da|ci|cı|cu|cü|го|е))?'
const AZ_YEAR = '(?:\\s*-?\\s*(?:ci|cı|cu|cü))?(?:\\s+(?:il(?:in|də)?|года?|г\\.))?'

/** Patterns with named groups `y`, `m` (number or word), `d`, in order of preference. */
const PATTERNS: RegExp[] = [
  new RegExp(`${NOT_BEFORE}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})${NOT_AFTER}`, 'gu'),
  new RegExp(`${NOT_BEFORE}(?<d>\\d{1,2})[./](?<m>\\d{1,2})[./](?<y>\\d{4})${NOT_AFTER}`, 'gu'),
  new RegExp(`${NOT_BEFORE}(?<d>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${WORD.replace('(', '(?<m>')},?\\s+(?<y>\\d{4})${AZ_YEAR}${NOT_AFTER}`, 'gu'),
  new RegExp(`${NOT_BEFORE}${WORD.replace('(', '(?<m>')}\\s+(?<d>\\d{1,2})${ORDINAL},?\\s+(?<y>\\d{4})${NOT_AFTER}`, 'gu'),
  new RegExp(`${NOT_BEFORE}(?<y>\\d{4})${AZ_YEAR},?\\s+(?<d>\\d{1,2})\\s+${WORD.replace('(', '(?<m>')}`, 'gu'),
]

/** Yearless day-and-month patterns ("On November 27", "27 noyabrda", "27 ноября"). */
const PARTIAL_PATTERNS: RegExp[] = [
  new RegExp(`${NOT_BEFORE}(?<d>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${WORD.replace('(', '(?<m>')}`, 'gu'),
  new RegExp(`${NOT_BEFORE}${WORD.replace('(', '(?<m>')}\\s+(?<d>\\d{1,2})${ORDINAL}${NOT_AFTER}`, 'gu'),
]

function toIso(y: string, m: string, d: string): string | undefined {
  const month = /^\d+$/.test(m) ? Number(m) : monthOf(m)
  const year = Number(y)
  if (!month || year < 1990 || year > 2100) return undefined
  const iso = `${y}-${String(month).padStart(2, '0')}-${d.padStart(2, '0')}`
  return isCalendarDate(iso) ? iso : undefined
}

/**
 * Every date in `text`, full dates first by position, then yearless ones.
 * @example findDates('Baku, 27 ноября 2019 года')[0]?.date // '2019-11-27'
 */
export function findDates(text: string): DateMatch[] {
  const full: DateMatch[] = []
  const covered: Array<[number, number]> = []
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const g = m.groups as { y: string; m: string; d: string }
      const date = toIso(g.y, g.m, g.d)
      if (!date) continue
      const start = m.index
      const end = start + m[0].length
      if (covered.some(([a, b]) => start < b && end > a)) continue
      covered.push([start, end])
      full.push({ date, text: m[0], index: start })
    }
  }
  const partial: DateMatch[] = []
  for (const pattern of PARTIAL_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const g = m.groups as { m: string; d: string }
      const day = Number(g.d)
      const start = m.index
      if (!monthOf(g.m) || day < 1 || day > 31) continue
      if (covered.some(([a, b]) => start < b && start + m[0].length > a)) continue
      const before = text.slice(Math.max(0, start - 3), start)
      partial.push({ text: `${/on\s$/i.test(before) ? 'On ' : ''}${m[0]}`.trim(), index: start })
    }
  }
  full.sort((a, b) => a.index - b.index)
  partial.sort((a, b) => a.index - b.index)
  return [...full, ...partial]
}

/** Reads a structured date value: ISO (a time part is ignored, the written day kept) or any text form. */
export function parseDateValue(value: string): string | undefined {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value)
  if (iso) return isCalendarDate(iso[1] as string) ? iso[1] : undefined
  return findDates(value).find((m) => m.date)?.date
}

/** Where a release's date came from; the order is the order of trust. */
export type DateSource = 'sidecar' | 'declared' | 'dateline' | 'lead' | 'filename'

/** The outcome of looking for a release date. */
export type DateFinding =
  | { date: string; source: DateSource; text?: string; paragraph?: number }
  | { date?: undefined; reason: string }

/** A paragraph that is no more than a dateline ("Baku, 27 November 2019", "27.11.2019 | 15:30"). */
const DATELINE_MAX = 60

/**
 * Finds a document's date: a structured declaration first, then a short
 * dateline paragraph, then a full date in the opening sentence. Dates deeper
 * in the text name other events and are not used. With no date, the reason
 * says what was seen (a yearless "On November 27", or nothing at all).
 */
export function findReleaseDate(document: SourceDocument): DateFinding {
  for (const value of document.declaredDates) {
    const date = parseDateValue(value)
    if (date) return { date, source: 'declared', text: value }
  }
  const paragraphs = document.paragraphs
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as string
    if (p.length > DATELINE_MAX) continue
    const found = findDates(p).find((m) => m.date)
    if (found?.date) return { date: found.date, source: 'dateline', text: found.text, paragraph: i }
  }
  const lead = firstSentence(paragraphs.find((p) => p.length > DATELINE_MAX) ?? '')
  const inLead = findDates(lead)
  const full = inLead.find((m) => m.date)
  if (full?.date) return { date: full.date, source: 'lead', text: full.text }
  const partial = inLead[0] ?? findDates(document.title ?? '')[0]
  if (partial) return { reason: `only a day and month ("${partial.text}"), no year` }
  return { reason: 'no date in the page' }
}

function firstSentence(paragraph: string): string {
  const end = paragraph.search(/[.!?](\s|$)/)
  return end === -1 ? paragraph : paragraph.slice(0, end + 1)
}

/**
 * The leading `YYYY-MM-DD` of a file name, as CMS exports write it.
 * @example dateFromFileName('2019-11-27-iom-meeting.html') // '2019-11-27'
 */
export function dateFromFileName(name: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(name)
  return match && isCalendarDate(match[1] as string) ? match[1] : undefined
}
