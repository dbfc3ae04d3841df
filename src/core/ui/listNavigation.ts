/**
 * Moving an active index through a list with the keyboard: arrows (and j/k)
 * step, Home/End jump. Shared by the suggestion list, results and histogram.
 */

/** Steps a key can ask for. */
export type ListMove = 'next' | 'previous' | 'first' | 'last'

/** The move a key stands for, if any (`letters` adds j/k, for lists outside text fields). */
export function moveForKey(key: string, options: { letters?: boolean; horizontal?: boolean } = {}): ListMove | undefined {
  const next = options.horizontal ? 'ArrowRight' : 'ArrowDown'
  const previous = options.horizontal ? 'ArrowLeft' : 'ArrowUp'
  if (key === next || (options.letters && key === 'j')) return 'next'
  if (key === previous || (options.letters && key === 'k')) return 'previous'
  if (key === 'Home') return 'first'
  if (key === 'End') return 'last'
  return undefined
}

/**
 * The index after a move from `current` (-1 = none) in a list of `length`;
 * with `wrap`, stepping past an end goes round, else it stays at the end.
 * Returns -1 for an empty list.
 */
export function stepIndex(current: number, length: number, move: ListMove, wrap = false): number {
  if (length <= 0) return -1
  switch (move) {
    case 'first':
      return 0
    case 'last':
      return length - 1
    case 'next':
      if (current < 0) return 0
      return current + 1 < length ? current + 1 : wrap ? 0 : length - 1
    case 'previous':
      if (current < 0) return length - 1
      return current > 0 ? current - 1 : wrap ? length - 1 : 0
  }
}
