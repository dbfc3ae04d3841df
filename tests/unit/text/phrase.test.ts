import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { containsPhrase, indexTerms } from '../../../src/core/text/index.ts'
import { anyText } from './arbitraries.ts'
import { AZ_TEXT, EN_TEXT, RU_TEXT } from './fixtures.ts'

describe('containsPhrase', () => {
  it('finds consecutive words across punctuation and scripts', () => {
    expect(containsPhrase(EN_TEXT, indexTerms('"labour migration"'))).toBe(true)
    expect(containsPhrase(EN_TEXT, indexTerms('Service Vusal Huseynov'))).toBe(true)
    expect(containsPhrase(RU_TEXT, indexTerms('Vusal Huseynov'))).toBe(true)
    expect(containsPhrase(AZ_TEXT, indexTerms('beynelxalq miqrasiya'))).toBe(true)
  })

  it('rejects words that occur but not next to each other or not in order', () => {
    expect(containsPhrase(EN_TEXT, indexTerms('migration labour'))).toBe(false)
    expect(containsPhrase(EN_TEXT, indexTerms('chief Huseynov'))).toBe(false)
  })

  it('lets the last word be a prefix only when asked', () => {
    expect(containsPhrase(EN_TEXT, indexTerms('residence perm'))).toBe(false)
    expect(containsPhrase(EN_TEXT, indexTerms('residence perm'), { lastIsPrefix: true })).toBe(true)
    expect(containsPhrase(EN_TEXT, indexTerms('resid permits'), { lastIsPrefix: true })).toBe(false)
  })

  it('treats an empty phrase as contained', () => {
    expect(containsPhrase(EN_TEXT, [])).toBe(true)
    expect(containsPhrase('', indexTerms('...'))).toBe(true)
  })

  it('finds every run of consecutive words of a text', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.integer({ min: 1, max: 4 }), (text, from, length) => {
        const words = indexTerms(text)
        fc.pre(words.length > 0)
        const start = from % words.length
        return containsPhrase(text, words.slice(start, start + length))
      }),
      { numRuns: 500 },
    )
  })
})
