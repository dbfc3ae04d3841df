import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { and, andNot, count, countRange, emptySet, has, or, rangeSet, slice, toArray, add } from '../../../src/core/search/bitset.ts'

const SIZE = 200
const members = fc.uniqueArray(fc.integer({ min: 0, max: SIZE - 1 }), { maxLength: SIZE })
const setOf = (list: number[]): Uint32Array => {
  const set = emptySet(SIZE)
  for (const i of list) add(set, i)
  return set
}
const asc = (list: Iterable<number>): number[] => [...list].sort((a, b) => a - b)

describe('bitset', () => {
  it('agrees with a Set model for and / or / andNot / count / toArray', () => {
    fc.assert(
      fc.property(members, members, (a, b) => {
        const sa = setOf(a)
        const sb = setOf(b)
        const inB = new Set(b)
        expect(Array.from(toArray(and(sa, sb)))).toEqual(asc(a.filter((i) => inB.has(i))))
        expect(Array.from(toArray(or(sa, sb)))).toEqual(asc(new Set([...a, ...b])))
        expect(Array.from(toArray(andNot(sa, sb)))).toEqual(asc(a.filter((i) => !inB.has(i))))
        expect(count(sa)).toBe(a.length)
        for (const i of b) expect(has(sa, i)).toBe(a.includes(i))
      }),
    )
  })

  it('counts ranges, builds ranges and slices in both directions', () => {
    fc.assert(
      fc.property(members, fc.integer({ min: 0, max: SIZE }), fc.integer({ min: 0, max: SIZE }), fc.integer({ min: 0, max: 30 }), (a, x, y, take) => {
        const [from, to] = x <= y ? [x, y] : [y, x]
        const set = setOf(a)
        const sorted = asc(a)
        expect(countRange(set, from, to)).toBe(a.filter((i) => i >= from && i < to).length)
        expect(Array.from(toArray(rangeSet(SIZE, from, to)))).toEqual(Array.from({ length: to - from }, (_, k) => from + k))
        expect(slice(set, from, take)).toEqual(sorted.slice(from, from + take))
        expect(slice(set, from, take, true)).toEqual([...sorted].reverse().slice(from, from + take))
      }),
    )
  })
})
