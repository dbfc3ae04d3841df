import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { monthIndex, monthKey, monthsBetween, yearsBetween } from '../../../src/core/calendar/months.ts'
import { anyDay } from './anyDay.ts'

describe('month keys', () => {
  it('keys a day by its month and counts months from 0', () => {
    expect(monthKey('2020-10-02')).toBe('2020-10')
    expect(monthIndex('2020-10')).toBe(9)
    expect(monthIndex('2020-01')).toBe(0)
  })

  it('lists every month between two days, across years and in either order', () => {
    const keys = (first: string, last: string) => monthsBetween(first, last).map((m) => m.key)
    expect(keys('2020-11-15', '2021-02-01')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02'])
    expect(keys('2021-02-01', '2020-11-15')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02'])
    expect(monthsBetween('2020-02-10', '2020-02-01')).toEqual([{ key: '2020-02', start: '2020-02-01', end: '2020-02-29' }])
    expect(monthsBetween('2020-05-32', '2020-06-01')).toEqual([])
  })

  it('lists every year between two days', () => {
    expect(yearsBetween('2019-12-31', '2021-01-01')).toEqual([
      { key: '2019', start: '2019-01-01', end: '2019-12-31' },
      { key: '2020', start: '2020-01-01', end: '2020-12-31' },
      { key: '2021', start: '2021-01-01', end: '2021-12-31' },
    ])
    expect(yearsBetween('2020-01-01', 'later')).toEqual([])
  })

  it('gives buckets that tile the range: each month starts the day after the previous ends', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 1500 }), (a, days) => {
        const later = new Date(`${a}T00:00:00Z`)
        later.setUTCDate(later.getUTCDate() + days)
        const b = later.toISOString().slice(0, 10)
        if (later.getUTCFullYear() > 9999) return
        const months = monthsBetween(b, a)
        expect(months[0]?.key).toBe(monthKey(a))
        expect(months[months.length - 1]?.key).toBe(monthKey(b))
        expect((months[0]?.start ?? '') <= a && a <= (months[0]?.end ?? '')).toBe(true)
        for (let i = 1; i < months.length; i++) {
          const previousEnd = new Date(`${months[i - 1]?.end}T00:00:00Z`)
          previousEnd.setUTCDate(previousEnd.getUTCDate() + 1)
          expect(previousEnd.toISOString().slice(0, 10)).toBe(months[i]?.start)
          expect(months[i]?.start.slice(0, 7)).toBe(months[i]?.key)
        }
      }),
    )
  })
})
