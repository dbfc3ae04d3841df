import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { datePresets, periodOf, sameRange } from '../../../src/core/ui/dateRange.ts'

describe('periodOf', () => {
  it('spans a year and a month, leap years included', () => {
    expect(periodOf('2020')).toEqual({ from: '2020-01-01', to: '2020-12-31' })
    expect(periodOf('2020-02')).toEqual({ from: '2020-02-01', to: '2020-02-29' })
    expect(periodOf('2021-02')).toEqual({ from: '2021-02-01', to: '2021-02-28' })
    expect(periodOf('2021-11')).toEqual({ from: '2021-11-01', to: '2021-11-30' })
  })

  it('ends every month on a real last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const key = `${year}-${String(month).padStart(2, '0')}`
        const { to } = periodOf(key)
        const next = new Date(`${to}T00:00:00Z`)
        next.setUTCDate(next.getUTCDate() + 1)
        expect(next.getUTCDate()).toBe(1)
        expect(to.slice(0, 7)).toBe(key)
      }),
    )
  })
})

describe('sameRange', () => {
  it('compares ranges by their ends', () => {
    expect(sameRange({ from: 'a' }, { from: 'a', to: undefined })).toBe(true)
    expect(sameRange({ from: 'a' }, { to: 'a' })).toBe(false)
  })
})

describe('datePresets', () => {
  it('offers the last 12 months, this and last year, the pandemic and all time', () => {
    expect(datePresets('2026-11-28')).toEqual([
      { id: 'last12', from: '2025-11-29', to: '2026-11-28' },
      { id: 'thisYear', from: '2026-01-01', to: '2026-12-31' },
      { id: 'lastYear', from: '2025-01-01', to: '2025-12-31' },
      { id: 'pandemic', from: '2020-01-01', to: '2021-12-31' },
      { id: 'all' },
    ])
  })
  it('handles the end of February in a leap year', () => {
    expect(datePresets('2024-02-29')[0]).toEqual({ id: 'last12', from: '2023-03-01', to: '2024-02-29' })
  })
})
