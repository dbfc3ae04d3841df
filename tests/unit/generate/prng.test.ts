import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashSeed, Rng } from '../../../src/core/generate/prng.ts'

describe('Rng', () => {
  it('gives the same stream for the same seed and different streams for different seeds', () => {
    const take = (seed: number | string) => {
      const rng = new Rng(seed)
      return Array.from({ length: 20 }, () => rng.next())
    }
    expect(take(7)).toEqual(take(7))
    expect(take('abc')).toEqual(take('abc'))
    expect(take(7)).not.toEqual(take(8))
    expect(take(7)).not.toEqual(take('7'))
  })

  it('hashes numeric and text seeds apart', () => {
    expect(hashSeed(1)).not.toBe(hashSeed('1'))
    expect(hashSeed('x')).toBe(hashSeed('x'))
  })

  it('keeps int() within its bounds and next() in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
        const rng = new Rng(seed)
        for (let i = 0; i < 20; i++) {
          const value = rng.int(min, min + span)
          expect(value).toBeGreaterThanOrEqual(min)
          expect(value).toBeLessThanOrEqual(min + span)
          const x = rng.next()
          expect(x >= 0 && x < 1).toBe(true)
        }
      }),
    )
  })

  it('samples distinct items from the list', () => {
    fc.assert(
      fc.property(fc.integer(), fc.uniqueArray(fc.integer(), { maxLength: 30 }), fc.nat(40), (seed, items, count) => {
        const picked = new Rng(seed).sample(items, count)
        expect(picked.length).toBe(Math.min(count, items.length))
        expect(new Set(picked).size).toBe(picked.length)
        for (const item of picked) expect(items).toContain(item)
      }),
    )
  })

  it('spreads int() over its range', () => {
    const rng = new Rng(3)
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 4000; i++) counts[rng.int(0, 3)]!++
    for (const c of counts) expect(c).toBeGreaterThan(850)
  })
})
