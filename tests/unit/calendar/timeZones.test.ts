/**
 * The calendar must not move a day in any time zone: a date-only ISO string
 * read as UTC midnight prints as the previous day west of Greenwich. These
 * tests run the calendar under zones far from UTC, one with a midnight that
 * did not exist (São Paulo began summer time at 00:00 on 2018-11-04).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDaysToDay, dayNumber, dayParts, daysBetween, isCalendarDate, isoDay, parsePeriod, periodEdge } from '../../../src/core/calendar/isoDate.ts'
import { monthsBetween } from '../../../src/core/calendar/months.ts'
import { formatApaDay, formatDay, formatMonth } from '../../../src/core/calendar/format.ts'
import { anyDay } from './anyDay.ts'

/** Zones and their offset from UTC on 2020-01-01, in `getTimezoneOffset` minutes. */
const ZONES = [
  { zone: 'America/Los_Angeles', offset: 480 },
  { zone: 'America/Sao_Paulo', offset: 180 },
  { zone: 'Pacific/Honolulu', offset: 600 },
  { zone: 'Pacific/Kiritimati', offset: -840 },
  { zone: 'Asia/Baku', offset: -240 },
]

describe.each(ZONES)('in $zone', ({ zone, offset }) => {
  const saved = process.env.TZ
  beforeAll(() => {
    process.env.TZ = zone
  })
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ
    else process.env.TZ = saved
  })

  it('really runs in that zone', () => {
    expect(new Date(2020, 0, 1).getTimezoneOffset()).toBe(offset)
  })

  it('keeps every day as it is', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(parsePeriod(day)).toEqual({ start: day, end: day })
        expect(dayNumber(day)).toBe(Number(day.replace(/-/g, '')))
        expect(dayParts(day)?.day).toBe(Number(day.slice(8, 10)))
      }),
      { numRuns: 200 },
    )
  })

  it('ends periods on their last day', () => {
    expect(periodEdge('2019', 'end')).toBe('2019-12-31')
    expect(periodEdge('2020-02', 'end')).toBe('2020-02-29')
    expect(periodEdge('2018-11', 'start')).toBe('2018-11-01')
    expect(isCalendarDate('2021-02-29')).toBe(false)
  })

  it('steps over a missing midnight without losing or repeating a day', () => {
    expect(daysBetween('2018-11-03', '2018-11-05')).toEqual(['2018-11-03', '2018-11-04', '2018-11-05'])
    expect(addDaysToDay('2018-11-03', 1)).toBe('2018-11-04')
    expect(monthsBetween('2018-10-31', '2019-01-01').map((m) => m.end)).toEqual(['2018-10-31', '2018-11-30', '2018-12-31', '2019-01-31'])
  })

  it('formats the day that is written', () => {
    expect(formatDay('2020-01-01', 'en')).toBe('1 January 2020')
    expect(formatDay('2018-11-04', 'ru')).toBe('4 ноября 2018 г.')
    expect(formatMonth('2020-01', 'az')).toBe('yan 2020')
    expect(formatApaDay('2020-12-31', 'year-first')).toBe('2020, December 31')
  })

  it('reads the local day of an instant', () => {
    expect(isoDay(new Date(2020, 11, 31, 23, 59))).toBe('2020-12-31')
  })
})
