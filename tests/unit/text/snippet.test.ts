import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type QueryTermMatch, bestSnippet, indexTerms } from '../../../src/core/text/index.ts'
import { anyText, relevantText, unicodeText } from './arbitraries.ts'
import { AZ_TEXT, EN_TEXT, RU_TEXT } from './fixtures.ts'

function terms(query: string, lastIsPrefix = false): QueryTermMatch[] {
  const keys = indexTerms(query)
  return keys.map((key, index) => ({ key, prefix: lastIsPrefix && index === keys.length - 1 }))
}

function marked(snippet: { text: string; ranges: Array<[number, number]> }): string[] {
  return snippet.ranges.map(([start, end]) => snippet.text.slice(start, end))
}

const LONG_EN = `${EN_TEXT}\n\n${EN_TEXT.replace('2020', '2021')}`

describe('bestSnippet', () => {
  it('shows the matching Azerbaijani words with ə and ş, cut at word boundaries', () => {
    const snippet = bestSnippet(AZ_TEXT, terms('Şərifov əcnəbilər', true), { maxLength: 100 })
    expect(marked(snippet)).toEqual(['Şərifov', 'əcnəbilərin'])
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippet.text.length).toBeLessThanOrEqual(102)
    expect(AZ_TEXT.replace(/\s+/g, ' ')).toContain(snippet.text.replace(/^…|…$/g, ''))
  })

  it('shows a Russian passage for a Latin-script query', () => {
    const snippet = bestSnippet(RU_TEXT, terms('Javid Khalilov'), { maxLength: 80 })
    expect(marked(snippet)).toEqual(['Джавид', 'Халилов'])
    expect(snippet.text).toMatch(/^…Заместитель/)
    expect(snippet.text.endsWith('сотрудничества.')).toBe(true)
  })

  it('prefers the passage with more distinct terms over an earlier one with more matches', () => {
    const text =
      'Visa, visa and visa again: the visa desk was busy all week long. ' +
      'Later that month the Service opened a second office for visa and permit requests.'
    const snippet = bestSnippet(text, terms('visa permit'), { maxLength: 40 })
    expect(marked(snippet)).toEqual(['visa', 'permit'])
  })

  it('prefers the earlier of two equally good passages', () => {
    const snippet = bestSnippet(LONG_EN, terms('COVID'), { maxLength: 60 })
    expect(marked(snippet)).toEqual(['COVID'])
    const passage = snippet.text.replace(/^…|…$/g, '')
    expect(LONG_EN.replace(/\s+/g, ' ').indexOf(passage)).toBeLessThan(EN_TEXT.length)
  })

  it('starts at a sentence start shortly before the match', () => {
    const snippet = bestSnippet(EN_TEXT, terms('Khalilov'), { maxLength: 160 })
    expect(snippet.text.startsWith('…Deputy chief Javid Khalilov')).toBe(true)
  })

  it('collapses white space, so paragraph breaks do not show', () => {
    const snippet = bestSnippet(EN_TEXT, terms('online 2020'), { maxLength: 200 })
    expect(snippet.text).not.toMatch(/\s\s|\n/)
    expect(marked(snippet)).toEqual(['online', '2020'])
  })

  it('returns the start of the text without terms or matches', () => {
    for (const query of [[], terms('nonexistent')]) {
      const snippet = bestSnippet(EN_TEXT, query, { maxLength: 50 })
      expect(snippet.ranges).toEqual([])
      expect(snippet.text).toBe('The chief of the State Migration Service, Vusal…')
    }
  })

  it('returns a short text whole', () => {
    expect(bestSnippet('  Vusal Huseynov  ', terms('vusal'))).toEqual({ text: 'Vusal Huseynov', ranges: [[0, 5]] })
  })

  it('cuts a single word longer than the passage', () => {
    const word = 'a'.repeat(300)
    const snippet = bestSnippet(`x ${word} y`, terms('a', true), { maxLength: 20 })
    expect(snippet.text).toBe(`…${'a'.repeat(20)}…`)
    expect(snippet.ranges).toEqual([[1, 21]])
  })

  it('stays within maxLength + 2 with ranges inside the snippet, on any text', () => {
    const term = fc.record({ key: fc.constantFrom('a', 'gusainov', 'mi', 'c', 'x', '1', 'sar'), prefix: fc.boolean() })
    fc.assert(
      fc.property(
        fc.oneof(relevantText, unicodeText, anyText),
        fc.array(term, { maxLength: 4 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (text, query, maxLength, fuzzy) => {
          const snippet = bestSnippet(text, query, { maxLength, fuzzy })
          if (snippet.text.length > maxLength + 2) return false
          let previousEnd = -1
          for (const [start, end] of snippet.ranges) {
            if (start <= previousEnd || end <= start || start < 0 || end > snippet.text.length) return false
            previousEnd = end
          }
          return true
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('highlights in the snippet exactly the matching words it shows', () => {
    fc.assert(
      fc.property(relevantText, fc.constantFrom('a', 'gusainov', 'mi', 'c', 'sar'), (text, key) => {
        const snippet = bestSnippet(text, [{ key, prefix: true }], { maxLength: 40 })
        return snippet.ranges.every(([start, end]) => indexTerms(snippet.text.slice(start, end)).every((word) => word.startsWith(key)))
      }),
      { numRuns: 1000 },
    )
  })
})
