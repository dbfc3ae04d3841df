import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { pageCount, paginationWindow } from '../../../src/core/ui/pagination.ts'

describe('paginationWindow', () => {
  it('shows the ends and the pages around the current one', () => {
    expect(paginationWindow(7, 20)).toEqual([1, null, 6, 7, 8, null, 20])
    expect(paginationWindow(1, 20)).toEqual([1, 2, null, 20])
    expect(paginationWindow(20, 20)).toEqual([1, null, 19, 20])
  })

  it('shows a lone hidden page instead of a gap', () => {
    expect(paginationWindow(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20])
    expect(paginationWindow(3, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('has one page for no results and clamps out-of-range pages', () => {
    expect(paginationWindow(1, 0)).toEqual([1])
    expect(paginationWindow(99, 3)).toEqual([1, 2, 3])
  })

  it('always lists the first, last and current page, ascending, short, gaps only between numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (count, raw) => {
        const current = Math.min(raw, count)
        const window = paginationWindow(current, count)
        const numbers = window.filter((p): p is number => p !== null)
        expect(numbers).toContain(1)
        expect(numbers).toContain(count)
        expect(numbers).toContain(current)
        for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBeGreaterThan(numbers[i - 1] as number)
        expect(window.length).toBeLessThanOrEqual(7)
        window.forEach((p, i) => {
          if (p !== null) return
          const before = window[i - 1] as number
          const after = window[i + 1] as number
          expect(after - before).toBeGreaterThan(2)
        })
      }),
    )
  })
})

describe('pageCount', () => {
  it('rounds up and is at least 1', () => {
    expect(pageCount(0, 20)).toBe(1)
    expect(pageCount(20, 20)).toBe(1)
    expect(pageCount(21, 20)).toBe(2)
  })
})
