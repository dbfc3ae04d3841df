import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { histogramView, rangeFromBars } from '../../../src/core/ui/histogram.ts'
import type { HistogramBucket } from '../../../src/core/search/types.ts'

/** A histogram over whole years, with `counts(key)` releases per month. */
function histogram(firstYear: number, lastYear: number, counts: (key: string) => number = () => 1) {
  const months: HistogramBucket[] = []
  const years: HistogramBucket[] = []
  for (let y = firstYear; y <= lastYear; y++) {
    let total = 0
    for (let m = 1; m <= 12; m++) {
      const key = `${y}-${String(m).padStart(2, '0')}`
      const count = counts(key)
      months.push({ key, count })
      total += count
    }
    years.push({ key: String(y), count: total })
  }
  return { years, months }
}

describe('histogramView', () => {
  it('shows years for a long result set', () => {
    const view = histogramView(histogram(2015, 2026), {})
    expect(view.granularity).toBe('year')
    expect(view.bars.map((b) => b.key)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'])
    expect(view.bars.every((b) => !b.selected)).toBe(true)
    expect(view.max).toBe(12)
  })

  it('shows months when the result set spans three years or less', () => {
    const view = histogramView(histogram(2015, 2026, (key) => (key >= '2019-06' && key <= '2021-02' ? 2 : 0)), {})
    expect(view.granularity).toBe('month')
    expect(view.bars[0]?.key).toBe('2019-01')
    expect(view.bars.at(-1)?.key).toBe('2021-12')
    expect(view.bars).toHaveLength(36)
  })

  it('shows the months of a chosen range of up to three years and marks the chosen ones', () => {
    const view = histogramView(histogram(2015, 2026), { from: '2020-03-01', to: '2020-04-30' })
    expect(view.granularity).toBe('month')
    expect(view.bars).toHaveLength(12)
    expect(view.bars.filter((b) => b.selected).map((b) => b.key)).toEqual(['2020-03', '2020-04'])
  })

  it('marks the years a long range overlaps', () => {
    const view = histogramView(histogram(2015, 2026), { from: '2016-06-01' })
    expect(view.granularity).toBe('year')
    expect(view.bars.filter((b) => b.selected).map((b) => b.key)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'])
  })

  it('copes with an empty histogram and an empty result', () => {
    expect(histogramView({ years: [], months: [] }, {})).toEqual({ granularity: 'year', bars: [], max: 1 })
    const empty = histogramView(histogram(2019, 2026, () => 0), {})
    expect(empty.granularity).toBe('year')
    expect(empty.max).toBe(1)
  })
})

describe('rangeFromBars', () => {
  const bars = histogramView(histogram(2015, 2026), {}).bars

  it('selects the period of a clicked bar', () => {
    expect(rangeFromBars(bars, 5)).toEqual({ from: '2020-01-01', to: '2020-12-31' })
  })

  it('clears the range when the clicked bar is the range', () => {
    expect(rangeFromBars(bars, 5, 5, { from: '2020-01-01', to: '2020-12-31' })).toEqual({})
  })

  it('selects from the earlier to the later bar of a drag, either way', () => {
    fc.assert(
      fc.property(fc.nat(bars.length - 1), fc.nat(bars.length - 1), (a, b) => {
        const range = rangeFromBars(bars, a, b)
        expect(range).toEqual(rangeFromBars(bars, b, a))
        expect(range.from).toBe(bars[Math.min(a, b)]?.from)
        expect(range.to).toBe(bars[Math.max(a, b)]?.to)
        expect((range.from ?? '') <= (range.to ?? '')).toBe(true)
      }),
    )
  })

  it('makes a range the chart marks exactly: the dragged bars', () => {
    fc.assert(
      fc.property(fc.nat(bars.length - 1), fc.nat(bars.length - 1), (a, b) => {
        const range = rangeFromBars(bars, a, b)
        const marked = histogramView(histogram(2015, 2026), range).bars.filter((bar) => bar.selected).map((bar) => bar.key)
        const lo = Math.min(a, b)
        const hi = Math.max(a, b)
        if (hi - lo + 1 > 3) expect(marked).toEqual(bars.slice(lo, hi + 1).map((bar) => bar.key))
        else expect(marked.every((key) => key.slice(0, 4) >= (bars[lo]?.key ?? '') && key.slice(0, 4) <= (bars[hi]?.key ?? ''))).toBe(true)
      }),
    )
  })
})
