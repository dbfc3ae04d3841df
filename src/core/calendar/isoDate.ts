/**
 * ISO calendar dates (`YYYY-MM-DD`) and the periods `YYYY` and `YYYY-MM` that
 * URLs, widget attributes and histogram bars use.
 *
 * Dates here are calendar days, not instants. date-fns reads a date-only ISO
 * string as local midnight (`parseISO`) and writes a date from its local fields
 * (`formatISO`), so a day read and written back never moves, whatever the time
 * zone (the UTC-midnight reading of `new Date('2020-10-02')` would print as
 * 1 October west of Greenwich).
 */
import { addDays } from 'date-fns/addDays'
import { eachDayOfInterval } from 'date-fns/eachDayOfInterval'
import { formatISO } from 'date-fns/formatISO'
import { getDate } from 'date-fns/getDate'
import { getDay } from 'date-fns/getDay'
import { getMonth } from 'date-fns/getMonth'
import { getYear } from 'date-fns/getYear'
import { isExists } from 'date-fns/isExists'
import { isValid } from 'date-fns/isValid'
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth'
import { lastDayOfYear } from 'date-fns/lastDayOfYear'
import { parseISO } from 'date-fns/parseISO'
import { subYears } from 'date-fns/subYears'

/** A period as the product writes it: a year, a month or a day. */
const PERIOD_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/
const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

/** An inclusive range of calendar days, both ends `YYYY-MM-DD`. */
export interface Period {
  start: string
  end: string
}

/** Which end of a period a partial date stands for. */
export type PeriodEdge = 'start' | 'end'

/**
 * The local-midnight `Date` of a period's first day, or undefined when `value`
 * is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` on the calendar.
 */
function periodDate(value: string): Date | undefined {
  if (!PERIOD_SHAPE.test(value)) return undefined
  const date = parseISO(value)
  return isValid(date) ? date : undefined
}

/**
 * Whether year, month (1–12) and day exist on the calendar. date-fns `isExists`
 * builds a `Date`, which reads years below 100 as 19xx; the Gregorian calendar
 * repeats every 400 years, so those years are checked 400 years on.
 */
function dayExists(year: number, month: number, day: number): boolean {
  return isExists(year < 100 ? year + 400 : year, month - 1, day)
}

/**
 * Whether `value` is a `YYYY-MM-DD` day that exists on the calendar. Cheap
 * enough for every release of a corpus (no `Date` parsing).
 *
 * @example
 * isCalendarDate('2020-02-29') // true
 * isCalendarDate('2021-02-29') // false
 * isCalendarDate('2020-13-01') // false
 */
export function isCalendarDate(value: string): boolean {
  return value.length === 10 && dayNumber(value) !== 0
}

/** The calendar day of a `Date` in the runtime's time zone, as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return formatISO(date, { representation: 'date' })
}

/**
 * The local-midnight `Date` of an ISO day, for date-fns arithmetic and
 * formatting; undefined when `iso` is not a calendar date.
 */
export function dateOfDay(iso: string): Date | undefined {
  return isCalendarDate(iso) ? periodDate(iso) : undefined
}

/**
 * The first and last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when
 * the value is none of them or not on the calendar.
 *
 * @example
 * parsePeriod('2019')    // { start: '2019-01-01', end: '2019-12-31' }
 * parsePeriod('2020-02') // { start: '2020-02-01', end: '2020-02-29' }
 * parsePeriod('2020-13') // undefined
 */
export function parsePeriod(value: string): Period | undefined {
  const first = periodDate(value)
  if (!first) return undefined
  const start = isoDay(first)
  if (value.length === 10) return { start, end: start }
  const last = value.length === 4 ? lastDayOfYear(first) : lastDayOfMonth(first)
  return { start, end: isoDay(last) }
}

/**
 * One end of a period as a day: a short `from` starts its period, a short `to`
 * ends it (`to=2019` means through 2019-12-31).
 *
 * @example
 * periodEdge('2019', 'end')       // '2019-12-31'
 * periodEdge('2021-02', 'end')    // '2021-02-28'
 * periodEdge('2021-02-29', 'end') // undefined
 */
export function periodEdge(value: string, edge: PeriodEdge): string | undefined {
  const period = parsePeriod(value)
  return period && period[edge]
}

/**
 * An ISO day as the number `YYYYMMDD`, ordered like the days themselves, for
 * typed arrays of dates; 0 when `iso` does not start with a `YYYY-MM-DD` day.
 *
 * @example
 * dayNumber('2020-10-02') // 20201002
 */
export function dayNumber(iso: string): number {
  const match = DAY_SHAPE.exec(iso.slice(0, 10))
  if (!match) return 0
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return dayExists(year, month, day) ? year * 10000 + month * 100 + day : 0
}

/** The numbers of a calendar day: month 1–12, day 1–31, weekday 0 (Sunday) – 6. */
export interface DayParts {
  year: number
  month: number
  day: number
  weekday: number
}

/**
 * The numbers of an ISO day, or undefined when it is not a calendar date.
 *
 * @example
 * dayParts('2020-10-02') // { year: 2020, month: 10, day: 2, weekday: 5 }
 */
export function dayParts(iso: string): DayParts | undefined {
  const date = dateOfDay(iso)
  if (!date) return undefined
  return { year: getYear(date), month: getMonth(date) + 1, day: getDate(date), weekday: getDay(date) }
}

/**
 * The day `days` after (or, negative, before) an ISO day; undefined when `iso`
 * is not a calendar date.
 *
 * @example
 * addDaysToDay('2020-02-28', 2) // '2020-03-01'
 */
export function addDaysToDay(iso: string, days: number): string | undefined {
  const date = dateOfDay(iso)
  return date && isoDay(addDays(date, days))
}

/**
 * Every ISO day from `first` to `last` inclusive, oldest first; empty when
 * either is not a calendar date or `last` comes before `first`.
 */
export function daysBetween(first: string, last: string): string[] {
  const start = dateOfDay(first)
  const end = dateOfDay(last)
  if (!start || !end || end < start) return []
  return eachDayOfInterval({ start, end }).map(isoDay)
}

/**
 * The twelve months that end on `today`: from the day after the same date a
 * year earlier (28 February when that year has no 29th) through `today`.
 *
 * @example
 * lastTwelveMonths('2026-11-28') // { start: '2025-11-29', end: '2026-11-28' }
 */
export function lastTwelveMonths(today: string): Period | undefined {
  const date = dateOfDay(today)
  return date && { start: isoDay(addDays(subYears(date, 1), 1)), end: today }
}

/** Today's calendar day in UTC as `YYYY-MM-DD` (the same day for every reader of a shared link). */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}
