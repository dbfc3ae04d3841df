import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexTerms, searchKey, tokenize } from '../../../src/core/text/index.ts'
import { anyText, relevantText, unicodeText } from './arbitraries.ts'
import { AZ_TEXT, EN_TEXT, RU_TEXT } from './fixtures.ts'

describe('tokenize', () => {
  it('gives keys with offsets into the original text', () => {
    expect(tokenize('  Vüsal Hüseynov.')).toEqual([
      { key: 'vusal', start: 2, end: 7 },
      { key: 'gusainov', start: 8, end: 16 },
    ])
  })

  it('does not split words at zero-width characters', () => {
    for (const invisible of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']) {
      const text = `Mi${invisible}gration and Hüsey${invisible}nov`
      expect(tokenize(text).map((token) => token.key), JSON.stringify(invisible)).toEqual([searchKey('migration'), 'and', searchKey('Hüseynov')])
      expect(searchKey(`IO${invisible}M`)).toBe(searchKey('IOM'))
    }
    expect(tokenize('\u200B \uFEFF')).toEqual([])
    expect(tokenize('IOM\u200B meeting').map((token) => token.key)).toEqual(['iom', searchKey('meeting')])
  })

  it('splits on hyphens and apostrophes', () => {
    expect(tokenize('COVID-19').map((token) => token.key)).toEqual(['covid', '19'])
    expect(tokenize("Azerbaijan's").map((token) => token.key)).toEqual([searchKey('Azerbaijan'), 's'])
    expect(tokenize('Bakı’da').map((token) => token.key)).toEqual(['baki', 'da'])
  })

  it('keeps letters of every script, digits and decomposed marks inside words', () => {
    const text = 'Hu\u0308seynov 2020 Гусейнов 中文 𝐀b'
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual([
      'Hu\u0308seynov',
      '2020',
      'Гусейнов',
      '中文',
      '𝐀b',
    ])
  })

  it('keeps a soft hyphen inside its word', () => {
    expect(tokenize('migra\u00adtion')).toEqual([{ key: 'migration', start: 0, end: 10 }])
  })

  it('skips words whose key is empty', () => {
    expect(tokenize('ь \u0301 a')).toEqual([{ key: 'a', start: 4, end: 5 }])
  })

  it('tokenizes the fixtures in all three scripts', () => {
    for (const text of [AZ_TEXT, RU_TEXT, EN_TEXT]) {
      const tokens = tokenize(text)
      expect(tokens.length).toBeGreaterThan(20)
      for (const token of tokens) expect(token.key).toBe(searchKey(text.slice(token.start, token.end)))
    }
  })

  it('has offsets that slice back to the words, in order, each a whole word', () => {
    fc.assert(
      fc.property(fc.oneof(relevantText, unicodeText, anyText), (text) => {
        let previousEnd = 0
        for (const token of tokenize(text)) {
          if (token.start < previousEnd || token.end <= token.start || token.end > text.length) return false
          const word = text.slice(token.start, token.end)
          if (searchKey(word) !== token.key || token.key === '') return false
          const alone = tokenize(word)
          if (alone.length !== 1 || alone[0]?.start !== 0 || alone[0]?.end !== word.length) return false
          previousEnd = token.end
        }
        return true
      }),
      { numRuns: 1500 },
    )
  })
})

describe('indexTerms', () => {
  it('equals the keys of tokenize', () => {
    fc.assert(
      fc.property(fc.oneof(relevantText, unicodeText, anyText), (text) => {
        expect(indexTerms(text)).toEqual(tokenize(text).map((token) => token.key))
      }),
      { numRuns: 1500 },
    )
  })

  it('gives the same terms for the same release in different scripts', () => {
    expect(indexTerms('Vusal Huseynov')).toEqual(indexTerms('Вусал Гусейнов'))
  })
})
