import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  addDaysToDay,
  dayNumber,
  dayParts,
  daysBetween,
  isCalendarDate,
  isoDay,
  lastTwelveMonths,
  parsePeriod,
  periodEdge,
  utcToday,
} from '../../../src/core/calendar/isoDate.ts'
import { anyDay } from './anyDay.ts'

describe('isCalendarDate', () => {
  it('accepts days that exist, leap days included', () => {
    for (const day of ['2020-10-02', '2020-02-29', '2000-02-29', '1999-12-31', '0099-01-01']) expect(isCalendarDate(day)).toBe(true)
  })

  it('rejects days that do not exist and other shapes', () => {
    const bad = ['2020-13-01', '2021-02-29', '1900-02-29', '2020-04-31', '2020-00-10', '2020-01-00', '2020-1-01', '2020-01', '2020', '20200102', '2020-01-02T10:00', ' 2020-01-02', '2020-W01-1', '+02020-01-01']
    for (const value of bad) expect(isCalendarDate(value), value).toBe(false)
  })

  it('agrees with the day UTC arithmetic gives, for any day', () => {
    fc.assert(fc.property(anyDay, (day) => isCalendarDate(day)))
  })
})

describe('parsePeriod and periodEdge', () => {
  it('spans a year, a month and a day', () => {
    expect(parsePeriod('2019')).toEqual({ start: '2019-01-01', end: '2019-12-31' })
    expect(parsePeriod('2020-02')).toEqual({ start: '2020-02-01', end: '2020-02-29' })
    expect(parsePeriod('2021-02')).toEqual({ start: '2021-02-01', end: '2021-02-28' })
    expect(parsePeriod('2021-11-30')).toEqual({ start: '2021-11-30', end: '2021-11-30' })
  })

  it('lets a short `to` end its period and a short `from` start it', () => {
    expect(periodEdge('2019', 'end')).toBe('2019-12-31')
    expect(periodEdge('2019', 'start')).toBe('2019-01-01')
    expect(periodEdge('2019-06', 'end')).toBe('2019-06-30')
    expect(periodEdge('2019-06-15', 'end')).toBe('2019-06-15')
  })

  it('refuses what is not on the calendar', () => {
    for (const value of ['2020-13', '2020-00', '2021-02-29', '2020-13-01', '19', '2020-1', 'soon', '']) expect(parsePeriod(value), value).toBeUndefined()
  })

  it('ends every month the day before the next one starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
        const period = parsePeriod(key)
        expect(period?.start).toBe(`${key}-01`)
        const next = new Date(`${period?.end}T00:00:00Z`)
        next.setUTCDate(next.getUTCDate() + 1)
        expect(next.getUTCDate()).toBe(1)
      }),
    )
  })
})

describe('days', () => {
  it('numbers days in their order', () => {
    expect(dayNumber('2020-10-02')).toBe(20201002)
    expect(dayNumber('2020-10-02T08:00:00Z')).toBe(20201002)
    expect(dayNumber('2020-13-02')).toBe(0)
    expect(dayNumber('')).toBe(0)
    fc.assert(fc.property(anyDay, anyDay, (a, b) => Math.sign(dayNumber(a) - dayNumber(b)) === (a < b ? -1 : a > b ? 1 : 0)))
  })

  it('gives the numbers of a day', () => {
    expect(dayParts('2020-10-02')).toEqual({ year: 2020, month: 10, day: 2, weekday: 5 })
    expect(dayParts('2020-10-32')).toBeUndefined()
  })

  it('adds days across months and years', () => {
    expect(addDaysToDay('2020-02-28', 2)).toBe('2020-03-01')
    expect(addDaysToDay('2020-12-31', 1)).toBe('2021-01-01')
    expect(addDaysToDay('2021-01-01', -1)).toBe('2020-12-31')
    expect(addDaysToDay('nope', 1)).toBeUndefined()
  })

  it('lists the days between two days', () => {
    expect(daysBetween('2020-02-27', '2020-03-01')).toEqual(['2020-02-27', '2020-02-28', '2020-02-29', '2020-03-01'])
    expect(daysBetween('2020-03-01', '2020-02-27')).toEqual([])
  })

  it('gives the twelve months ending on a day', () => {
    expect(lastTwelveMonths('2026-11-28')).toEqual({ start: '2025-11-29', end: '2026-11-28' })
    expect(lastTwelveMonths('2024-02-29')).toEqual({ start: '2023-03-01', end: '2024-02-29' })
    expect(lastTwelveMonths('2026-13-01')).toBeUndefined()
  })

  it('reads the local day of an instant, and today in UTC', () => {
    expect(isoDay(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28')
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05')
    expect(utcToday(new Date(Date.UTC(2026, 0, 5, 23, 30)))).toBe('2026-01-05')
  })
})
