import { describe, expect, it } from 'vitest'
import { RecentWords, tokenize } from '../../../src/core/text/tokenize.ts'

describe('RecentWords', () => {
  it('gives the words tokenize gives, as columns', () => {
    const text = 'Vüsal Hüseynov met the IOM delegation — COVID-19, Bakı\u2019da.'
    const words = new RecentWords(4).of(text)
    expect(words.keys.map((key, i) => ({ key, start: words.starts[i], end: words.ends[i] }))).toEqual(tokenize(text))
  })

  it('keeps the texts read most recently, up to its capacity', () => {
    const recent = new RecentWords(2)
    const a = recent.of('alpha one')
    const b = recent.of('beta two')
    expect(recent.of('alpha one')).toBe(a) // read again: now the most recent
    recent.of('gamma three') // evicts the least recent, beta
    expect(recent.of('alpha one')).toBe(a)
    expect(recent.of('beta two')).not.toBe(b)
    expect(recent.of('beta two').keys).toEqual(b.keys)
  })
})
