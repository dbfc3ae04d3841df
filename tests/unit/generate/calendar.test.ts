import { describe, expect, it } from 'vitest'
import { DATE_RANGE, sampleDates } from '../../../src/core/generate/calendar.ts'
import { Rng } from '../../../src/core/generate/prng.ts'

describe('sampleDates', () => {
  const dates = sampleDates(new Rng(5), 5000)

  it('returns sorted ISO dates inside the archive range', () => {
    expect(dates).toHaveLength(5000)
    expect([...dates].sort()).toEqual(dates)
    expect(dates[0]! >= DATE_RANGE.first).toBe(true)
    expect(dates[dates.length - 1]! <= DATE_RANGE.last).toBe(true)
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('has the rhythm of a press office: growth, quiet weekends, quiet New Year and August', () => {
    const year = (y: number) => dates.filter((d) => d.startsWith(`${y}-`)).length
    expect(year(2025)).toBeGreaterThan(3 * year(2009))
    const weekend = dates.filter((d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())).length
    expect(weekend / dates.length).toBeLessThan(0.03)
    const newYear = dates.filter((d) => /-01-0[1-8]$/.test(d)).length
    const marchStart = dates.filter((d) => /-03-0[1-8]$/.test(d)).length
    expect(newYear * 3).toBeLessThan(marchStart)
    const august = dates.filter((d) => d.slice(5, 7) === '08').length
    const october = dates.filter((d) => d.slice(5, 7) === '10').length
    expect(august).toBeLessThan(october * 0.75)
  })
})
