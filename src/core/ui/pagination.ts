/**
 * Which page numbers a pager shows: the first, the last, and a window around
 * the current page, with gaps (null) where pages are left out. A gap never
 * hides a single page: that page is shown instead.
 */

/** Pages on each side of the current one. */
export const PAGINATION_SIBLINGS = 1

/**
 * @example
 * paginationWindow(7, 20) // [1, null, 6, 7, 8, null, 20]
 * paginationWindow(3, 5)  // [1, 2, 3, 4, 5]
 */
export function paginationWindow(current: number, pageCount: number, siblings = PAGINATION_SIBLINGS): Array<number | null> {
  const last = Math.max(1, Math.floor(pageCount))
  const page = Math.min(Math.max(1, Math.floor(current)), last)
  const pages = new Set<number>([1, last])
  for (let p = page - siblings; p <= page + siblings; p++) if (p >= 1 && p <= last) pages.add(p)
  const sorted = [...pages].sort((a, b) => a - b)
  const out: Array<number | null> = []
  let previous = 0
  for (const p of sorted) {
    if (p - previous === 2) out.push(p - 1)
    else if (p - previous > 2) out.push(null)
    out.push(p)
    previous = p
  }
  return out
}

/** Number of pages for a total (at least 1). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)))
}
