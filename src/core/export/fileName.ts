/**
 * File names for exports that say what they hold:
 * `pressroom-<date>-<filters and query>.<ext>`, e.g. `pressroom-2026-11-28-iom-vusal-huseynov.csv`.
 */
import { FACETS } from '../search/types.ts'
import type { SearchRequestFields } from '../request/request.ts'

/** Longest part describing the request, in characters. */
export const MAX_NAME_DETAIL = 60

/** Lower-case letters and digits of any script, runs of anything else as one `-`. */
function slug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The file name for an export of `request` made on `date` (ISO `YYYY-MM-DD`).
 *
 * @example
 * exportFileName({ q: '', filters: { organisations: ['iom'] } }, '2026-11-28', 'csv') // 'pressroom-2026-11-28-iom.csv'
 */
export function exportFileName(request: Pick<SearchRequestFields, 'q' | 'filters' | 'from' | 'to'>, date: string, extension: 'csv' | 'json'): string {
  const parts: string[] = []
  for (const facet of FACETS) for (const value of request.filters[facet] ?? []) parts.push(slug(value))
  if (request.q.trim()) parts.push(slug(request.q))
  if (request.from) parts.push(`from-${request.from}`)
  if (request.to) parts.push(`to-${request.to}`)
  let detail = parts.filter(Boolean).join('-')
  if (detail.length > MAX_NAME_DETAIL) detail = detail.slice(0, MAX_NAME_DETAIL).replace(/-+$/, '')
  return ['pressroom', date, detail].filter(Boolean).join('-') + `.${extension}`
}
