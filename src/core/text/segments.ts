/**
 * Splits a text into plain and marked segments from [start, end) ranges, so a
 * template can render highlights as elements. Ranges may be unsorted,
 * overlapping or out of bounds; they are clamped and merged.
 */
export interface Segment {
  text: string
  marked: boolean
}

export function segmentsOf(text: string, ranges: ReadonlyArray<readonly [number, number]>): Segment[] {
  const clean = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0])
  const segments: Segment[] = []
  let cursor = 0
  for (const [start, end] of clean) {
    if (end <= cursor) continue
    const from = Math.max(start, cursor)
    if (from > cursor) segments.push({ text: text.slice(cursor, from), marked: false })
    segments.push({ text: text.slice(from, end), marked: true })
    cursor = end
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), marked: false })
  return segments
}
