import { describe, expect, it } from 'vitest'
import {
  formatBudget,
  formatBudgetTable,
  formatValue,
  layoutShiftScore,
  lostPoints,
  median,
  medianItem,
  meets,
  percentile,
  rowVerdict,
  sizeLabel,
  type BudgetRow,
} from '../../bench/bench-math.ts'

describe('percentile and median', () => {
  it('takes the nearest rank, whatever the order of the values', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(values, 50)).toBe(5)
    expect(percentile(values, 95)).toBe(10)
    expect(percentile(values, 0)).toBe(1)
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 95)).toBeNaN()
  })

  it('averages the middle two of an even count', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('picks a whole item at the median, the lower middle one of an even count', () => {
    const runs = [{ score: 90, id: 'a' }, { score: 70, id: 'b' }, { score: 80, id: 'c' }]
    expect(medianItem(runs, (r) => r.score)?.id).toBe('c')
    expect(medianItem(runs.slice(0, 2), (r) => r.score)?.id).toBe('b')
    expect(medianItem([], () => 0)).toBeUndefined()
  })
})

describe('layoutShiftScore', () => {
  it('counts the largest session window and leaves out shifts after input', () => {
    const shifts = [
      { start: 100, value: 0.1, recentInput: false },
      { start: 600, value: 0.1, recentInput: false },
      { start: 700, value: 0.5, recentInput: true },
      // a gap over 1 s starts a new window
      { start: 2000, value: 0.15, recentInput: false },
    ]
    expect(layoutShiftScore(shifts)).toBeCloseTo(0.2)
    expect(layoutShiftScore(shifts, 500)).toBeCloseTo(0.1)
  })

  it('starts a new window after 5 s even without a gap', () => {
    const shifts = Array.from({ length: 12 }, (_, i) => ({ start: i * 900, value: 0.01, recentInput: false }))
    // 0…4500 ms (6 shifts) in the first window, 5400… in the next
    expect(layoutShiftScore(shifts)).toBeCloseTo(0.06)
  })
})

describe('lostPoints', () => {
  it('weighs each audit below a full score over the scored audits only', () => {
    const lost = lostPoints('accessibility', [
      { id: 'target-size', weight: 7, score: 0, nodes: ['a.tag'] },
      { id: 'color-contrast', weight: 7, score: 1 },
      { id: 'video-caption', weight: 10, score: null }, // not applicable: out of the score
      { id: 'label', weight: 6, score: 1 },
    ])
    expect(lost).toEqual([{ category: 'accessibility', id: 'target-size', score: 0, points: 35, nodes: ['a.tag'] }])
  })

  it('orders the costliest first and ignores unweighted audits', () => {
    const lost = lostPoints('performance', [
      { id: 'largest-contentful-paint', weight: 25, score: 0.8, displayValue: '3.1 s' },
      { id: 'total-blocking-time', weight: 30, score: 0.5 },
      { id: 'cumulative-layout-shift', weight: 25, score: 1 },
      { id: 'long-tasks', weight: 0, score: 0 },
      { id: 'speed-index', weight: 10, score: 0.9 },
      { id: 'first-contentful-paint', weight: 10, score: 1 },
    ])
    expect(lost.map((l) => [l.id, Math.round(l.points * 10) / 10])).toEqual([
      ['total-blocking-time', 15],
      ['largest-contentful-paint', 5],
      ['speed-index', 1],
    ])
    expect(lost[1]?.displayValue).toBe('3.1 s')
  })
})

describe('the budget table', () => {
  it('formats figures and budgets in their units', () => {
    expect(formatValue(202.4, 'ms')).toBe('202 ms')
    expect(formatValue(2650, 'ms')).toBe('2.65 s')
    expect(formatValue(95.6, 'score')).toBe('96')
    expect(formatValue(0.9312, 'cls')).toBe('0.931')
    expect(formatValue(303.4, 'MB')).toBe('303 MB')
    expect(formatValue(undefined, 'ms')).toBe('–')
    expect(formatValue(Number.NaN, 'cls')).toBe('–')
    expect(formatBudget({ limit: 50, kind: 'max' }, 'ms')).toBe('≤ 50 ms')
    expect(formatBudget({ limit: 1500, kind: 'max' }, 'ms')).toBe('≤ 1.5 s')
    expect(formatBudget({ limit: 95, kind: 'min' }, 'score')).toBe('≥ 95')
    expect(formatBudget(undefined, 'MB')).toBe('–')
    expect(sizeLabel(10_000)).toBe('10k')
    expect(sizeLabel(2500)).toBe('2.5k')
    expect(sizeLabel(500)).toBe('500')
  })

  it('judges upper and lower limits, the limit itself included', () => {
    expect(meets({ value: 50, budget: { limit: 50, kind: 'max' } })).toBe(true)
    expect(meets({ value: 51, budget: { limit: 50, kind: 'max' } })).toBe(false)
    expect(meets({ value: 95, budget: { limit: 95, kind: 'min' } })).toBe(true)
    expect(meets({ value: 94, budget: { limit: 95, kind: 'min' } })).toBe(false)
    expect(meets({ value: 94 })).toBeUndefined()
    expect(meets({ value: undefined, budget: { limit: 95, kind: 'min' } })).toBeUndefined()
  })

  const keystroke: BudgetRow = {
    label: 'keystroke → results painted, p95',
    unit: 'ms',
    cells: {
      10_000: [{ value: 40, budget: { limit: 50, kind: 'max' } }],
      50_000: [{ value: 247, budget: { limit: 120, kind: 'max' } }],
    },
  }
  const lighthouse: BudgetRow = {
    label: 'Lighthouse performance desktop / mobile',
    unit: 'score',
    cells: {
      10_000: [
        { value: 75, budget: { limit: 95, kind: 'min' } },
        { value: 78, budget: { limit: 90, kind: 'min' } },
      ],
      50_000: [{ value: 70 }, { value: 60 }],
    },
  }
  const heap: BudgetRow = { label: 'worker heap', unit: 'MB', cells: { 10_000: [{ value: 80 }], 50_000: [{ value: 303, budget: { limit: 500, kind: 'max' } }] } }

  it('names the sizes that miss, says ok when all judged figures meet, and – when none is judged', () => {
    expect(rowVerdict(keystroke, [10_000, 50_000])).toBe('MISS (50k)')
    expect(rowVerdict(lighthouse, [10_000, 50_000])).toBe('MISS (10k)')
    expect(rowVerdict(heap, [10_000, 50_000])).toBe('ok')
    expect(rowVerdict(heap, [10_000])).toBe('–')
    expect(rowVerdict(keystroke, [50_000])).toBe('MISS')
    const both: BudgetRow = { ...keystroke, cells: { ...keystroke.cells, 10_000: [{ value: 60, budget: { limit: 50, kind: 'max' } }] } }
    expect(rowVerdict(both, [10_000, 50_000])).toBe('MISS')
  })

  it('prints one aligned line per row: figure and budget per size, then the verdict', () => {
    const text = formatBudgetTable([keystroke, lighthouse, heap], [10_000, 50_000])
    const lines = text.split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/^\s+\|\s+10k\s+\|\s+budget\s+\|\s+50k\s+\|\s+budget\s+\|$/)
    const cells = (line: string) => line.split('|').map((c) => c.trim())
    expect(cells(lines[1] as string)).toEqual(['keystroke → results painted, p95', '40 ms', '≤ 50 ms', '247 ms', '≤ 120 ms', 'MISS (50k)'])
    expect(cells(lines[2] as string)).toEqual(['Lighthouse performance desktop / mobile', '75 / 78', '≥ 95 / ≥ 90', '70 / 60', '–', 'MISS (10k)'])
    expect(cells(lines[3] as string)).toEqual(['worker heap', '80 MB', '–', '303 MB', '≤ 500 MB', 'ok'])
    // columns line up: every separator at the same place on every line
    const bars = (line: string) => [...line.matchAll(/\|/g)].map((m) => m.index)
    for (const line of lines.slice(1)) expect(bars(line)).toEqual(bars(lines[0] as string))
  })
})
