/**
 * Release dates with a press office's rhythm: more news each year, almost
 * nothing at weekends, quiet weeks around New Year, Novruz and in August.
 */
import { dayParts, daysBetween, type DayParts } from '../calendar/isoDate.ts'
import type { Rng } from './prng.ts'

/** First and last day a synthetic release can carry. */
export const DATE_RANGE = { first: '2008-01-01', last: '2026-11-27' } as const

interface Day {
  iso: string
  year: number
  /** Cumulative weight up to and including this day. */
  cumulative: number
}

let cachedDays: { days: Day[]; total: number } | undefined

/** How likely a release is on a given day, relative to an ordinary weekday of 2008. */
export function dayWeight(year: number, month: number, day: number, weekday: number): number {
  let weight = Math.exp(0.105 * (year - 2008))
  if (weekday === 6) weight *= 0.05
  else if (weekday === 0) weight *= 0.02
  if (month === 1 && day <= 8) weight *= 0.12
  else if (month === 12 && day >= 29) weight *= 0.4
  else if (month === 3 && day >= 20 && day <= 24) weight *= 0.25
  else if (month === 8) weight *= 0.55
  else if (month === 7 && day >= 20) weight *= 0.8
  return weight
}

function calendar(): { days: Day[]; total: number } {
  if (cachedDays) return cachedDays
  const days: Day[] = []
  let total = 0
  for (const iso of daysBetween(DATE_RANGE.first, DATE_RANGE.last)) {
    const { year, month, day, weekday } = dayParts(iso) as DayParts
    total += dayWeight(year, month, day, weekday)
    days.push({ iso, year, cumulative: total })
  }
  cachedDays = { days, total }
  return cachedDays
}

/**
 * `count` ISO dates in ascending order, spread by {@link dayWeight}.
 * Stratified sampling: the i-th date falls in the i-th slice of the weight,
 * so the spread is smooth and the list comes out sorted without a sort.
 */
export function sampleDates(rng: Rng, count: number): string[] {
  const { days, total } = calendar()
  const dates: string[] = new Array<string>(count)
  let index = 0
  for (let i = 0; i < count; i++) {
    const target = ((i + rng.next()) / count) * total
    while (index < days.length - 1 && (days[index] as Day).cumulative < target) index++
    dates[i] = (days[index] as Day).iso
  }
  return dates
}
