/**
 * Date ranges of the search page: calendar periods of histogram keys and the
 * presets offered beside the from/to inputs. (A picked range is ordered by the
 * request schema's `readRange`, the rule every surface shares.)
 * Dates are ISO calendar dates (`YYYY-MM-DD`), compared as strings.
 */
import { lastTwelveMonths, parsePeriod } from '../calendar/isoDate.ts'

/** An inclusive date range; a missing end is open. */
export interface DateRange {
  from?: string
  to?: string
}

/** The first and last day of a period key: `YYYY` or `YYYY-MM`. */
export function periodOf(key: string): { from: string; to: string } {
  const period = parsePeriod(key)
  return { from: period?.start ?? key, to: period?.end ?? key }
}

/** True when two ranges have the same ends. */
export function sameRange(a: DateRange, b: DateRange): boolean {
  return (a.from ?? '') === (b.from ?? '') && (a.to ?? '') === (b.to ?? '')
}

/** Named periods offered as one-click ranges. */
export const DATE_PRESET_IDS = ['last12', 'thisYear', 'lastYear', 'pandemic', 'all'] as const
export type DatePresetId = (typeof DATE_PRESET_IDS)[number]

export interface DatePreset extends DateRange {
  id: DatePresetId
}

/** The years of the COVID-19 pandemic, when the archive's releases changed most. */
const PANDEMIC: DateRange = { from: '2020-01-01', to: '2021-12-31' }

/**
 * The presets relative to `today` (an ISO date): last 12 months, this year,
 * last year, the pandemic years 2020–2021, and all time (no range).
 *
 * @example
 * datePresets('2026-11-28')[0] // { id: 'last12', from: '2025-11-29', to: '2026-11-28' }
 */
export function datePresets(today: string): DatePreset[] {
  const year = Number(today.slice(0, 4))
  const last12 = lastTwelveMonths(today)
  return [
    { id: 'last12', ...(last12 ? { from: last12.start, to: last12.end } : {}) },
    { id: 'thisYear', ...periodOf(String(year)) },
    { id: 'lastYear', ...periodOf(String(year - 1)) },
    { id: 'pandemic', ...PANDEMIC },
    { id: 'all' },
  ]
}
