import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { monthIndex, monthKey, monthKeysBetween, yearKeysBetween } from '../../../src/core/calendar/months.ts'
import { parsePeriod } from '../../../src/core/calendar/isoDate.ts'
import { anyDay } from './anyDay.ts'

describe('month keys', () => {
  it('keys a day by its month and counts months from 0', () => {
    expect(monthKey('2020-10-02')).toBe('2020-10')
    expect(monthIndex('2020-10')).toBe(9)
    expect(monthIndex('2020-01')).toBe(0)
  })

  it('lists every month between two days, across years and in either order', () => {
    expect(monthKeysBetween('2020-11-15', '2021-02-01')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02'])
    expect(monthKeysBetween('2021-02-01', '2020-11-15')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02'])
    expect(monthKeysBetween('2020-05-31', '2020-05-01')).toEqual(['2020-05'])
    expect(monthKeysBetween('2020-05-32', '2020-06-01')).toEqual([])
  })

  it('lists every year between two days', () => {
    expect(yearKeysBetween('2019-12-31', '2021-01-01')).toEqual(['2019', '2020', '2021'])
    expect(yearKeysBetween('2020-01-01', 'later')).toEqual([])
  })

  it('gives buckets that tile the range: each month starts the day after the previous ends', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 1500 }), (a, days) => {
        const later = new Date(`${a}T00:00:00Z`)
        later.setUTCDate(later.getUTCDate() + days)
        const b = later.toISOString().slice(0, 10)
        if (later.getUTCFullYear() > 9999) return
        const keys = monthKeysBetween(b, a)
        expect(keys[0]).toBe(monthKey(a))
        expect(keys[keys.length - 1]).toBe(monthKey(b))
        for (let i = 1; i < keys.length; i++) {
          const previousEnd = new Date(`${parsePeriod(keys[i - 1] as string)?.end}T00:00:00Z`)
          previousEnd.setUTCDate(previousEnd.getUTCDate() + 1)
          expect(previousEnd.toISOString().slice(0, 10)).toBe(parsePeriod(keys[i] as string)?.start)
        }
      }),
    )
  })
})
