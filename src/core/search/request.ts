/**
 * Turns any SearchRequest (possibly built from a hand-edited URL) into a plan the
 * engine can run: parsed query, known facet values, a valid date range, a sort and
 * a page. Whatever cannot be used is dropped and named in `ignored`.
 */
import { FACETS, SORTS, type FacetName, type SearchRequest, type SortOrder } from './types.ts'
import type { Catalog } from './catalog.ts'
import { parseQuery, type ParsedQuery } from './query.ts'
import { PAGING } from './options.ts'
import { dayNumber, periodEdge } from '../calendar/isoDate.ts'

/** A request the engine can run. */
export interface SearchPlan {
  query: ParsedQuery
  /** Selected value numbers per facet (only facets with at least one known value). */
  filters: Map<FacetName, number[]>
  /** Inclusive `YYYYMMDD` bounds, or undefined for open. */
  fromDay?: number
  toDay?: number
  sort: SortOrder
  /** Requested page (1-based), clamped once the total is known. */
  page: number
  pageSize: number
  /** Human-readable notes on parts of the request that were ignored. */
  ignored: string[]
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a `YYYYMMDD` number; partial dates
 * snap to the start (or end, with `end`) of their period. Undefined when invalid.
 */
export function parseDay(value: unknown, end: boolean): number | undefined {
  if (typeof value !== 'string') return undefined
  const day = periodEdge(value.trim(), end ? 'end' : 'start')
  return day === undefined ? undefined : dayNumber(day)
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/** Builds the plan for a request; never throws. */
export function planRequest(request: unknown, catalog: Catalog, options: { stopwords?: boolean } = {}): SearchPlan {
  const input = (request && typeof request === 'object' ? request : {}) as Partial<SearchRequest>
  const ignored: string[] = []
  const query = parseQuery(typeof input.q === 'string' ? input.q : '', options)
  if (query.truncated) ignored.push('q: too long, only the first words were used')

  const filters = new Map<FacetName, number[]>()
  const rawFilters = input.filters && typeof input.filters === 'object' ? input.filters : {}
  for (const facet of FACETS) {
    const raw: unknown = (rawFilters as Record<string, unknown>)[facet]
    if (raw === undefined) continue
    const list = Array.isArray(raw) ? raw : [raw]
    const table = catalog.facets[facet]
    const picked: number[] = []
    for (const value of list) {
      const v = typeof value === 'string' ? table.valueIndex.get(value) : undefined
      if (v === undefined) ignored.push(`${facet}: unknown value "${describe(value)}"`)
      else if (!picked.includes(v)) picked.push(v)
    }
    if (picked.length > 0) filters.set(facet, picked)
  }

  let fromDay = input.from === undefined || input.from === '' ? undefined : parseDay(input.from, false)
  let toDay = input.to === undefined || input.to === '' ? undefined : parseDay(input.to, true)
  if (input.from !== undefined && input.from !== '' && fromDay === undefined) ignored.push(`from: "${describe(input.from)}" is not a date`)
  if (input.to !== undefined && input.to !== '' && toDay === undefined) ignored.push(`to: "${describe(input.to)}" is not a date`)
  if (fromDay !== undefined && toDay !== undefined && fromDay > toDay) {
    ;[fromDay, toDay] = [parseDay(input.to, false), parseDay(input.from, true)]
    ignored.push('from/to: the dates were in reverse order and have been swapped')
  }

  const hasText = query.must.length > 0
  let sort: SortOrder = hasText ? 'relevance' : 'newest'
  if (input.sort !== undefined) {
    if ((SORTS as readonly unknown[]).includes(input.sort)) sort = input.sort as SortOrder
    else ignored.push(`sort: unknown order "${describe(input.sort)}"`)
  }
  if (sort === 'relevance' && !hasText) sort = 'newest'

  const pageSize = clampInt(input.pageSize, PAGING.pageSize, 1, PAGING.maxPageSize)
  const page = clampInt(input.page, 1, 1, Number.MAX_SAFE_INTEGER)
  const plan: SearchPlan = { query, filters, sort, page, pageSize, ignored }
  if (fromDay !== undefined) plan.fromDay = fromDay
  if (toDay !== undefined) plan.toDay = toDay
  return plan
}

function clampInt(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback
  return Math.min(max, Math.max(min, Math.floor(n)))
}
