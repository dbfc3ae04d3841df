/**
 * Fixed-size sets of release numbers as `Uint32Array` bitsets. Releases are
 * numbered 0..n-1 newest first, so walking a set in bit order is "newest first"
 * and a date range is a contiguous run of bits.
 *
 * The per-keystroke loops (facet counts, top-k scoring, phrase checks) walk a
 * set's bits inline (`x & -x`, `Math.clz32`) rather than through a callback:
 * they run once per matching release, and the call would cost more than the work.
 */

/** A set of release numbers; bit `i` of word `i >>> 5` is release `i`. */
export type Bitset = Uint32Array

/** An empty set able to hold `size` releases. */
export function emptySet(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5)
}

/** The set of releases `from` (inclusive) to `to` (exclusive). */
export function rangeSet(size: number, from: number, to: number): Bitset {
  const set = emptySet(size)
  const lo = Math.max(0, from)
  const hi = Math.min(size, to)
  if (lo >= hi) return set
  const firstWord = lo >>> 5
  const lastWord = (hi - 1) >>> 5
  for (let w = firstWord; w <= lastWord; w++) set[w] = 0xffffffff
  set[firstWord] = (set[firstWord] as number) & (0xffffffff << (lo & 31))
  const tail = hi & 31
  if (tail !== 0) set[lastWord] = (set[lastWord] as number) & (0xffffffff >>> (32 - tail))
  return set
}

/** Whether release `i` is in the set. */
export function has(set: Bitset, i: number): boolean {
  return (((set[i >>> 5] as number) >>> (i & 31)) & 1) === 1
}

/** Adds release `i`. */
export function add(set: Bitset, i: number): void {
  set[i >>> 5] = (set[i >>> 5] as number) | (1 << (i & 31))
}

/** `a ∩ b` as a new set. */
export function and(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length)
  for (let w = 0; w < a.length; w++) out[w] = (a[w] as number) & (b[w] as number)
  return out
}

/** `a ∪ b` as a new set. */
export function or(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length)
  for (let w = 0; w < a.length; w++) out[w] = (a[w] as number) | (b[w] as number)
  return out
}

/** `a \ b` as a new set. */
export function andNot(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length)
  for (let w = 0; w < a.length; w++) out[w] = (a[w] as number) & ~(b[w] as number)
  return out
}

/** Intersection of every set given (the first set's size); `universe` when none is given. */
export function andAll(sets: readonly Bitset[], universe: Bitset): Bitset {
  if (sets.length === 0) return universe
  let out = sets[0] as Bitset
  for (let i = 1; i < sets.length; i++) out = and(out, sets[i] as Bitset)
  return out
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

/** Number of releases in the set. */
export function count(set: Bitset): number {
  let total = 0
  for (let w = 0; w < set.length; w++) {
    const x = set[w] as number
    if (x !== 0) total += popcount32(x)
  }
  return total
}

/** Whether the set is empty. */
export function isEmpty(set: Bitset): boolean {
  for (let w = 0; w < set.length; w++) if (set[w] !== 0) return false
  return true
}

/** Release numbers in the set, ascending (newest first). */
export function toArray(set: Bitset, limit = Infinity): Int32Array {
  const total = Math.min(count(set), limit)
  const out = new Int32Array(total)
  let k = 0
  for (let w = 0; w < set.length && k < total; w++) {
    let x = set[w] as number
    while (x !== 0 && k < total) {
      const low = x & -x
      out[k++] = (w << 5) | (31 - Math.clz32(low))
      x ^= low
    }
  }
  return out
}

/**
 * Up to `take` release numbers of the set after skipping `skip` of them, in
 * ascending order, or in descending order when `descending` (oldest first).
 * Skips whole words by their bit count, so deep pages cost no more than the first.
 */
export function slice(set: Bitset, skip: number, take: number, descending = false): number[] {
  const out: number[] = []
  let toSkip = skip
  const words = set.length
  for (let i = 0; i < words && out.length < take; i++) {
    const w = descending ? words - 1 - i : i
    let x = set[w] as number
    if (x === 0) continue
    const bits = popcount32(x)
    if (bits <= toSkip) {
      toSkip -= bits
      continue
    }
    while (x !== 0 && out.length < take) {
      const bit = descending ? 31 - Math.clz32(x) : 31 - Math.clz32(x & -x)
      x &= ~(1 << bit)
      if (toSkip > 0) toSkip--
      else out.push((w << 5) | bit)
    }
  }
  return out
}

/** Number of releases of the set within `from` (inclusive) to `to` (exclusive). */
export function countRange(set: Bitset, from: number, to: number): number {
  if (from >= to) return 0
  const firstWord = from >>> 5
  const lastWord = (to - 1) >>> 5
  let total = 0
  for (let w = firstWord; w <= lastWord; w++) {
    let x = set[w] as number
    if (x === 0) continue
    if (w === firstWord) x &= 0xffffffff << (from & 31)
    if (w === lastWord && (to & 31) !== 0) x &= 0xffffffff >>> (32 - (to & 31))
    if (x !== 0) total += popcount32(x)
  }
  return total
}
