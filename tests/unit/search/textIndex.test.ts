import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { TextIndex, withinOneEdit } from '../../../src/core/search/textIndex.ts'

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length] as number
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 7 })

describe('withinOneEdit', () => {
  it('agrees with the edit distance', () => {
    fc.assert(fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(levenshtein(a, b) <= 1)
      }), { numRuns: 2000 })
  })
})

describe('TextIndex', () => {
  it('finds prefixes and near words however the vocabulary grew between lookups', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word.filter((w) => w.length > 0), { maxLength: 8 }), { minLength: 1, maxLength: 12 }), word, (docs, probe) => {
        const index = new TextIndex(docs.length)
        const seen = new Set<string>()
        for (const keys of docs) {
          index.addNext([{ keys, weight: 1, positional: true }], keys.length)
          for (const key of keys) seen.add(key)
          const prefixed = index.prefixTerms(probe).map((id) => index.term(id)).sort()
          expect(prefixed).toEqual([...seen].filter((t) => t.startsWith(probe) && t !== probe).sort())
          const near = index.fuzzyTerms(probe).map((id) => index.term(id)).sort()
          expect(near).toEqual([...seen].filter((t) => t !== probe && levenshtein(t, probe) === 1).sort())
        }
      }),
    )
  })

  it('keeps postings in release order with field-weighted frequencies, and checks phrases within a field', () => {
    const index = new TextIndex(3)
    index.addNext([{ keys: ['iom', 'visit'], weight: 3, positional: true }, { keys: ['iom', 'talks'], weight: 1, positional: true }], 4)
    index.addNext([{ keys: ['talks'], weight: 1, positional: true }], 1)
    const iom = index.postings(index.termId('iom'))
    expect(Array.from(iom.docs)).toEqual([0])
    expect(Array.from(iom.tfs)).toEqual([4])
    expect(Array.from(index.postings(index.termId('talks')).docs)).toEqual([0, 1])
    const ids = (...keys: string[]): number[] => keys.map((k) => index.termId(k))
    expect(index.hasPhrase(0, ids('iom', 'visit'))).toBe(true)
    expect(index.hasPhrase(0, ids('visit', 'iom'))).toBe(false)
    expect(index.hasPhrase(0, ids('iom', 'talks'))).toBe(true)
    expect(index.hasPhrase(1, ids('iom', 'talks'))).toBe(false)
    expect(index.indexedCount).toBe(2)
  })

  it('survives a snapshot round trip', () => {
    const index = new TextIndex(2)
    index.addNext([{ keys: ['b', 'a', 'c', '', 'a'], weight: 2, positional: true }], 4)
    index.addNext([{ keys: ['a', 'd'], weight: 1, positional: true }], 2)
    const copy = TextIndex.fromSnapshot(2, index.snapshot())
    for (const key of ['a', 'b', 'c', 'd']) {
      const mine = index.postings(index.termId(key))
      const theirs = copy.postings(copy.termId(key))
      expect(Array.from(theirs.docs)).toEqual(Array.from(mine.docs))
      expect(Array.from(theirs.tfs)).toEqual(Array.from(mine.tfs))
    }
    expect(copy.hasPhrase(0, ['b', 'a', 'c'].map((k) => copy.termId(k)))).toBe(true)
    expect(copy.hasPhrase(0, ['c', 'a'].map((k) => copy.termId(k)))).toBe(false)
    expect(copy.averageLength).toBe(index.averageLength)
  })
})
