import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type QueryTermMatch, highlightRanges, indexTerms, mergeRanges } from '../../../src/core/text/index.ts'
import { anyText, relevantText, unicodeText } from './arbitraries.ts'
import { AZ_TEXT, EN_TEXT, RU_TEXT } from './fixtures.ts'

/** Query terms from free text; the last one is a prefix when `lastIsPrefix`. */
function terms(query: string, lastIsPrefix = false): QueryTermMatch[] {
  const keys = indexTerms(query)
  return keys.map((key, index) => ({ key, prefix: lastIsPrefix && index === keys.length - 1 }))
}

function marked(text: string, ranges: Array<[number, number]>): string[] {
  return ranges.map(([start, end]) => text.slice(start, end))
}

describe('highlightRanges', () => {
  it('finds a name in Azerbaijani text from an English or Russian query', () => {
    expect(marked(AZ_TEXT, highlightRanges(AZ_TEXT, terms('Huseynov')))).toEqual(['Hüseynov'])
    expect(marked(AZ_TEXT, highlightRanges(AZ_TEXT, terms('Гусейнов Sharifov')))).toEqual(['Hüseynov', 'Şərifov'])
  })

  it('finds names and abbreviations in Russian text from Latin queries', () => {
    expect(marked(RU_TEXT, highlightRanges(RU_TEXT, terms('Vüsal Hüseynov MOM')))).toEqual(['Вусал', 'Гусейнов', 'МОМ'])
    expect(marked(RU_TEXT, highlightRanges(RU_TEXT, terms('Cavid Xəlilov')))).toEqual(['Джавид', 'Халилов'])
  })

  it('finds words in English text, with prefix terms', () => {
    expect(marked(EN_TEXT, highlightRanges(EN_TEXT, terms('permit')))).toEqual([])
    expect(marked(EN_TEXT, highlightRanges(EN_TEXT, terms('permit', true)))).toEqual(['permits', 'permits'])
    expect(marked(EN_TEXT, highlightRanges(EN_TEXT, terms('migra', true)))).toEqual(['Migration', 'migration', 'migrant'])
    expect(marked(EN_TEXT, highlightRanges(EN_TEXT, terms('2020 covid')))).toEqual(['2020', 'COVID'])
  })

  it('allows one edit for terms of five or more characters only when fuzzy', () => {
    expect(highlightRanges(EN_TEXT, terms('Huseinof'))).toEqual([])
    expect(marked(EN_TEXT, highlightRanges(EN_TEXT, terms('Huseinof'), { fuzzy: true }))).toEqual(['Huseynov'])
    expect(highlightRanges(EN_TEXT, terms('ioc'), { fuzzy: true })).toEqual([])
  })

  it('gives nothing without terms', () => {
    expect(highlightRanges(EN_TEXT, [])).toEqual([])
    expect(highlightRanges(EN_TEXT, [{ key: '', prefix: true }])).toEqual([])
  })

  it('returns sorted, separate ranges within the text', () => {
    const term = fc.record({ key: fc.constantFrom('a', 'gusainov', 'mi', 'c', 'x', '1', 'sar'), prefix: fc.boolean() })
    fc.assert(
      fc.property(fc.oneof(relevantText, unicodeText, anyText), fc.array(term, { maxLength: 4 }), fc.boolean(), (text, query, fuzzy) => {
        const ranges = highlightRanges(text, query, { fuzzy })
        let previousEnd = -1
        for (const [start, end] of ranges) {
          if (start <= previousEnd || end <= start || start < 0 || end > text.length) return false
          previousEnd = end
        }
        return true
      }),
      { numRuns: 1500 },
    )
  })
})

describe('mergeRanges', () => {
  it('sorts and merges overlapping or touching ranges', () => {
    expect(mergeRanges([[8, 10], [0, 2], [2, 4], [9, 12]])).toEqual([[0, 4], [8, 12]])
  })
})
