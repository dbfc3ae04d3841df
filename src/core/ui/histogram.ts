/**
 * The date histogram as bars: by year, or by month when the chosen range (or,
 * without one, the result set) spans at most three calendar years. Each bar
 * knows its period, so a click or a drag across bars becomes a date range.
 */
import type { HistogramBucket, SearchResponse } from '../search/types.ts'
import { periodOf, type DateRange } from './dateRange.ts'

/** Most calendar years shown month by month. */
export const MONTH_VIEW_MAX_YEARS = 3

export type Granularity = 'year' | 'month'

/** One bar of the chart. */
export interface HistogramBar {
  /** `YYYY` or `YYYY-MM`. */
  key: string
  count: number
  /** The bar's period, inclusive. */
  from: string
  to: string
  /** True when the bar's period overlaps the chosen range (false with no range). */
  selected: boolean
}

export interface HistogramView {
  granularity: Granularity
  bars: HistogramBar[]
  /** The highest count, for scaling (at least 1). */
  max: number
}

const yearOf = (key: string): number => Number(key.slice(0, 4))

/** The calendar years the range, else the result set, covers; undefined when neither narrows anything. */
function focusYears(months: readonly HistogramBucket[], range: DateRange): [number, number] | undefined {
  const first = months[0]
  const last = months[months.length - 1]
  if (!first || !last) return undefined
  if (range.from || range.to) {
    return [range.from ? yearOf(range.from) : yearOf(first.key), range.to ? yearOf(range.to) : yearOf(last.key)]
  }
  const nonEmpty = months.filter((m) => m.count > 0)
  const a = nonEmpty[0]
  const b = nonEmpty[nonEmpty.length - 1]
  return a && b ? [yearOf(a.key), yearOf(b.key)] : undefined
}

/**
 * Bars for a response's histogram and the chosen range.
 *
 * @example
 * histogramView(response.histogram, { from: '2020-01-01', to: '2020-12-31' })
 * // { granularity: 'month', bars: [{ key: '2020-01', … selected: true }, …], max }
 */
export function histogramView(histogram: SearchResponse['histogram'], range: DateRange): HistogramView {
  const years = focusYears(histogram.months, range)
  const byMonth = years !== undefined && years[1] - years[0] + 1 <= MONTH_VIEW_MAX_YEARS
  const buckets = byMonth
    ? histogram.months.filter((m) => yearOf(m.key) >= years[0] && yearOf(m.key) <= years[1])
    : histogram.years
  const hasRange = Boolean(range.from || range.to)
  const bars = buckets.map((bucket) => {
    const period = periodOf(bucket.key)
    const selected = hasRange && (!range.from || period.to >= range.from) && (!range.to || period.from <= range.to)
    return { key: bucket.key, count: bucket.count, ...period, selected }
  })
  return { granularity: byMonth ? 'month' : 'year', bars, max: Math.max(1, ...bars.map((b) => b.count)) }
}

/**
 * The range a click on bar `a` or a drag from bar `a` to bar `b` selects (either
 * order). Clicking the one bar that is already exactly the range clears it.
 */
export function rangeFromBars(bars: readonly HistogramBar[], a: number, b: number = a, current: DateRange = {}): DateRange {
  const start = bars[Math.max(0, Math.min(a, b))]
  const end = bars[Math.min(bars.length - 1, Math.max(a, b))]
  if (!start || !end) return {}
  if (start === end && current.from === start.from && current.to === start.to) return {}
  return { from: start.from, to: end.to }
}
