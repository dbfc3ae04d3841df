/**
 * The browser benchmark's pure parts: percentiles and medians, Core Web
 * Vitals' layout-shift windows, the points each Lighthouse audit costs, and
 * the budget table (figure beside budget, per corpus size). No browser, no
 * file system: unit-tested in tests/unit/bench/benchMath.test.ts.
 */

/** Nearest-rank percentile (`p` in 0–100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number
}

/** The median (the mean of the middle two for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** The item whose `key` is the median (the lower middle one for an even count): a whole run to report. */
export function medianItem<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => key(a) - key(b))
  return sorted[(sorted.length - 1) >> 1]
}

export interface LayoutShift {
  start: number
  value: number
  recentInput: boolean
}

/** Core Web Vitals' CLS: the largest session window of shifts not caused by input (gap ≤ 1 s, window ≤ 5 s). */
export function layoutShiftScore(shifts: readonly LayoutShift[], until = Infinity): number {
  let best = 0
  let window = 0
  let windowStart = -Infinity
  let previous = -Infinity
  for (const shift of [...shifts].sort((a, b) => a.start - b.start)) {
    if (shift.recentInput || shift.start > until) continue
    if (shift.start - previous > 1000 || shift.start - windowStart > 5000) {
      window = 0
      windowStart = shift.start
    }
    window += shift.value
    previous = shift.start
    best = Math.max(best, window)
  }
  return best
}

/** A Lighthouse audit that scored under 1, and how many of its category's 100 points that cost. */
export interface LostPoints {
  category: string
  id: string
  score: number
  points: number
  displayValue?: string
  /** A few of the elements the audit names (selector or snippet). */
  nodes?: string[]
}

export interface AuditRef {
  id: string
  weight: number
  /** null: not applicable, manual or informative — out of the category's score. */
  score: number | null
  displayValue?: string
  nodes?: string[]
}

/**
 * The points each weighted audit below a perfect score takes from its category,
 * as Lighthouse scores a category: the weighted mean of the scored audits.
 */
export function lostPoints(category: string, refs: readonly AuditRef[]): LostPoints[] {
  const scored = refs.filter((r) => r.score !== null)
  const total = scored.reduce((sum, r) => sum + r.weight, 0)
  if (total === 0) return []
  return scored
    .filter((r) => r.weight > 0 && (r.score as number) < 1)
    .map((r) => ({
      category,
      id: r.id,
      score: r.score as number,
      points: Math.round(((r.weight * (1 - (r.score as number))) / total) * 10_000) / 100,
      ...(r.displayValue ? { displayValue: r.displayValue } : {}),
      ...(r.nodes && r.nodes.length > 0 ? { nodes: r.nodes } : {}),
    }))
    .sort((a, b) => b.points - a.points)
}

/** How a figure is shown. */
export type Unit = 'ms' | 'score' | 'cls' | 'MB'

/** An upper (`max`) or lower (`min`) limit. */
export interface Budget {
  limit: number
  kind: 'max' | 'min'
}

/** One figure of a row at one size, with its budget there (none: shown, not judged). */
export interface Part {
  value: number | undefined
  budget?: Budget
}

/** One row of the budget table: a label, a unit, and per size one or more parts ("desktop / mobile"). */
export interface BudgetRow {
  label: string
  unit: Unit
  cells: Record<number, Part[]>
}

/** A figure in its unit: "170 ms", "2.65 s", "96", "0.171", "303 MB"; "–" for none. */
export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined || Number.isNaN(value)) return '–'
  switch (unit) {
    case 'ms':
      return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`
    case 'score':
      return String(Math.round(value))
    case 'cls':
      return value.toFixed(3)
    case 'MB':
      return `${Math.round(value)} MB`
  }
}

/** A budget in its unit: "≤ 50 ms", "≤ 1.5 s", "≥ 95", "≤ 0.05", "≤ 500 MB". */
export function formatBudget(budget: Budget | undefined, unit: Unit): string {
  if (!budget) return '–'
  const sign = budget.kind === 'max' ? '≤' : '≥'
  const { limit } = budget
  const shown = unit === 'ms' ? (limit < 1000 ? `${limit} ms` : `${(limit / 1000).toFixed(1)} s`) : unit === 'MB' ? `${limit} MB` : String(limit)
  return `${sign} ${shown}`
}

/** Whether a part meets its budget; undefined when it has no budget or no figure. */
export function meets(part: Part): boolean | undefined {
  if (!part.budget || part.value === undefined || Number.isNaN(part.value)) return undefined
  return part.budget.kind === 'max' ? part.value <= part.budget.limit : part.value >= part.budget.limit
}

/** "10k" for 10000, "2.5k" for 2500, "500" for 500. */
export function sizeLabel(size: number): string {
  return size >= 1000 ? `${size / 1000}k` : String(size)
}

/** "ok", "MISS", "MISS (50k)" (only some sizes miss) or "–" (nothing judged). */
export function rowVerdict(row: BudgetRow, sizes: readonly number[]): string {
  const missing: number[] = []
  let judged = false
  for (const size of sizes) {
    const results = (row.cells[size] ?? []).map(meets).filter((r) => r !== undefined)
    if (results.length > 0) judged = true
    if (results.includes(false)) missing.push(size)
  }
  if (!judged) return '–'
  if (missing.length === 0) return 'ok'
  return missing.length === sizes.length && sizes.length > 1 ? 'MISS' : sizes.length === 1 ? 'MISS' : `MISS (${missing.map(sizeLabel).join(', ')})`
}

/** The cell text of a size's figures and of its budgets ("0.930 / 0.410", "≤ 0.05"). */
function cellText(parts: readonly Part[], unit: Unit): { value: string; budget: string } {
  const value = parts.length === 0 ? '–' : parts.map((p) => formatValue(p.value, unit)).join(' / ')
  const budgets = parts.map((p) => formatBudget(p.budget, unit))
  const budget = budgets.every((b) => b === budgets[0]) ? (budgets[0] ?? '–') : budgets.join(' / ')
  return { value, budget }
}

/** The budget table: one line per row, per size its figure and budget, then the verdict; columns aligned. */
export function formatBudgetTable(rows: readonly BudgetRow[], sizes: readonly number[]): string {
  const header = ['', ...sizes.flatMap((s) => [sizeLabel(s), 'budget']), '']
  const lines: string[][] = [header]
  for (const row of rows) {
    const cells = sizes.flatMap((size) => {
      const { value, budget } = cellText(row.cells[size] ?? [], row.unit)
      return [value, budget]
    })
    lines.push([row.label, ...cells, rowVerdict(row, sizes)])
  }
  const widths = header.map((_, c) => Math.max(...lines.map((l) => (l[c] as string).length)))
  return lines
    .map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : c === l.length - 1 ? cell : cell.padStart(widths[c] as number))).join('  | ').trimEnd())
    .join('\n')
}
