/**
 * Month and year keys (`YYYY-MM`, `YYYY`) of the date histogram and the
 * search catalog's buckets: the key of a day, and every month or year between
 * two days with its first and last day, so that empty months still get a bar.
 */
import { eachMonthOfInterval } from 'date-fns/eachMonthOfInterval'
import { eachYearOfInterval } from 'date-fns/eachYearOfInterval'
import { dateOfDay, isoDay, parsePeriod, type Period } from './isoDate.ts'

/**
 * The month key `YYYY-MM` of an ISO day.
 *
 * @example
 * monthKey('2020-10-02') // '2020-10'
 */
export function monthKey(iso: string): string {
  return iso.slice(0, 7)
}

/**
 * The month's 0-based index in its year (January is 0), as date-fns and the
 * locales' month names count.
 *
 * @example
 * monthIndex('2020-10') // 9
 */
export function monthIndex(key: string): number {
  return Number(key.slice(5, 7)) - 1
}

/** Days `first` and `last` as dates in order, or undefined when either is not a calendar date. */
function interval(first: string, last: string): { start: Date; end: Date } | undefined {
  const a = dateOfDay(first)
  const b = dateOfDay(last)
  if (!a || !b) return undefined
  return a <= b ? { start: a, end: b } : { start: b, end: a }
}

/** A month or year with its key (`YYYY-MM` or `YYYY`) and its first and last day. */
export interface KeyedPeriod extends Period {
  key: string
}

function keyed(key: string): KeyedPeriod {
  return { key, ...(parsePeriod(key) as Period) }
}

/**
 * Every month from the month of `first` to the month of `last` (ISO days,
 * either order), oldest first, with its first and last day; empty when either
 * is not a calendar date. The search catalog's month buckets: a release
 * belongs to the bucket whose `end` is the first on or after its day.
 *
 * @example
 * monthsBetween('2020-11-15', '2021-02-01').map((m) => m.key) // ['2020-11', '2020-12', '2021-01', '2021-02']
 * monthsBetween('2020-02-10', '2020-02-10')                  // [{ key: '2020-02', start: '2020-02-01', end: '2020-02-29' }]
 */
export function monthsBetween(first: string, last: string): KeyedPeriod[] {
  const range = interval(first, last)
  return range ? eachMonthOfInterval(range).map((date) => keyed(monthKey(isoDay(date)))) : []
}

/**
 * Every year from the year of `first` to the year of `last`, oldest first, with
 * its first and last day; empty when either is not a calendar date.
 *
 * @example
 * yearsBetween('2019-12-31', '2021-01-01').map((y) => y.key) // ['2019', '2020', '2021']
 */
export function yearsBetween(first: string, last: string): KeyedPeriod[] {
  const range = interval(first, last)
  return range ? eachYearOfInterval(range).map((date) => keyed(isoDay(date).slice(0, 4))) : []
}
