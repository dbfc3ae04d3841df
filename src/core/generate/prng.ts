/**
 * Seeded pseudo-random numbers for the synthetic archive generator.
 *
 * The generator must give byte-identical output for the same seed, so it never
 * touches `Math.random`; every choice goes through an {@link Rng}.
 */

/** Turns a numeric or text seed into a 32-bit integer (FNV-1a over its decimal or text form). */
export function hashSeed(seed: number | string): number {
  const text = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * A small fast generator (sfc32) with helpers for the choices the generator makes.
 *
 * @example
 * const rng = new Rng(42)
 * rng.pick(['Baku', 'Ganja']) // same answer for the same seed, every time
 */
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number | string) {
    // splitmix32 expands the one seed into four well-mixed state words.
    let s = hashSeed(seed)
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0
      let z = s
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    for (let i = 0; i < 12; i++) this.next()
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick needs at least one item')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** One item, chosen in proportion to `weight(item)`. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0
    for (const item of items) total += weight(item)
    let target = this.next() * total
    for (const item of items) {
      target -= weight(item)
      if (target < 0) return item
    }
    return this.pick(items)
  }

  /** Up to `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice()
    const n = Math.min(count, copy.length)
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i))
      const tmp = copy[i] as T
      copy[i] = copy[j] as T
      copy[j] = tmp
    }
    return copy.slice(0, n)
  }

  /** A new generator whose stream depends on this one's seed and a label, for independent sub-choices. */
  fork(label: string): Rng {
    return new Rng(`${this.int(0, 0x7fffffff)}:${label}`)
  }
}
