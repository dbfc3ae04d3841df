import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseQuery, type QueryNode } from '../../../src/core/search/query.ts'
import { REQUEST_LIMITS } from '../../../src/core/request/limits.ts'
import { searchKey } from '../../../src/core/text/index.ts'

const k = (word: string): string => searchKey(word)

function leafCount(node: QueryNode): number {
  if (node.kind === 'term') return 1
  if (node.kind === 'phrase') return node.keys.length
  return node.children.reduce((sum, child) => sum + leafCount(child), 0)
}

describe('parseQuery', () => {
  it('reads plain words as an AND, the last one as a prefix while typed', () => {
    const q = parseQuery('caspian europ')
    expect(q.must).toHaveLength(2)
    expect(q.must[0]).toMatchObject({ kind: 'term', key: k('caspian'), prefix: false, fuzzy: true })
    expect(q.must[1]).toMatchObject({ kind: 'term', key: k('europ'), prefix: true })
  })

  it('drops the prefix once a space follows the last word', () => {
    expect(parseQuery('europ ').must[0]).toMatchObject({ prefix: false })
  })

  it('tolerates typos only on longer words', () => {
    expect(parseQuery('iom ').must[0]).toMatchObject({ fuzzy: false })
    expect(parseQuery('migration ').must[0]).toMatchObject({ fuzzy: true })
  })

  it('reads a quoted phrase', () => {
    const q = parseQuery('"Caspian European Club" ')
    expect(q.must).toEqual([{ kind: 'phrase', text: 'Caspian European Club', keys: [k('caspian'), k('european'), k('club')] }])
    expect(q.highlight.map((t) => t.key)).toEqual([k('caspian'), k('european'), k('club')])
  })

  it('reads an unclosed quote as plain words so results keep coming while typing', () => {
    const q = parseQuery('"caspian europ')
    expect(q.must).toHaveLength(1)
    expect(q.must[0]).toMatchObject({ kind: 'all' })
  })

  it('reads exclusions of words, phrases and hyphenated words', () => {
    const q = parseQuery('visit -covid -"work permit" -covid-19')
    expect(q.must).toHaveLength(1)
    expect(q.not).toEqual([
      { kind: 'term', text: 'covid', key: k('covid'), prefix: false, fuzzy: false },
      { kind: 'phrase', text: 'work permit', keys: [k('work'), k('permit')] },
      { kind: 'phrase', text: 'covid-19', keys: [k('covid'), '19'] },
    ])
  })

  it('keeps inner hyphens as word separators, not exclusions', () => {
    const q = parseQuery('covid-19 ')
    expect(q.not).toEqual([])
    expect(q.must[0]).toMatchObject({ kind: 'all' })
  })

  it('binds OR tighter than the implicit AND', () => {
    const q = parseQuery('iom OR unhcr visit ')
    expect(q.must).toHaveLength(2)
    expect(q.must[0]).toMatchObject({ kind: 'any', children: [{ key: k('iom') }, { key: k('unhcr') }] })
    expect(q.must[1]).toMatchObject({ kind: 'term', key: k('visit') })
  })

  it('chains OR and reads groups', () => {
    const q = parseQuery('(iom OR unhcr OR icmpd) (visit OR meeting) ')
    expect(q.must).toHaveLength(2)
    expect(q.must[0]).toMatchObject({ kind: 'any' })
    expect((q.must[0] as { children: unknown[] }).children).toHaveLength(3)
  })

  it('treats lowercase "or" as a word and a dangling OR as nothing', () => {
    expect(parseQuery('iom or unhcr ', { stopwords: false }).must).toHaveLength(3)
    expect(parseQuery('OR iom OR').must).toHaveLength(1)
  })

  it('leaves stop words out when the query has other words, and keeps them otherwise', () => {
    expect(parseQuery('iom or unhcr ').must).toHaveLength(2)
    expect(parseQuery('when did the chief meet iom ').words).toEqual(['chief', 'meet', 'iom'])
    expect(parseQuery('the ').must).toHaveLength(1)
    // The word being typed stays: "for" may be the start of "foreign".
    expect(parseQuery('residence for').words).toEqual(['residence', 'for'])
    expect(parseQuery('"the state"').must[0]).toMatchObject({ kind: 'phrase' })
  })

  it('gives the same signature to equivalent inputs and different ones otherwise', () => {
    expect(parseQuery('IOM  visit ').signature).toBe(parseQuery('iom visit ').signature)
    expect(parseQuery('МОМ ').signature).toBe(parseQuery('mom ').signature)
    expect(parseQuery('iom visit').signature).not.toBe(parseQuery('iom visit ').signature)
    expect(parseQuery('iom -visit').signature).not.toBe(parseQuery('iom visit').signature)
  })

  it('reads punctuation-only input and empty input as browse', () => {
    for (const input of ['', '   ', '!!! ... ---', '""', '()', '-', 'OR']) {
      const q = parseQuery(input)
      expect(q.must).toEqual([])
      expect(q.not).toEqual([])
    }
  })

  it('caps very long queries and says so', () => {
    const q = parseQuery('word '.repeat(2000))
    expect(q.truncated).toBe(true)
    expect(q.must.reduce((sum, node) => sum + leafCount(node), 0)).toBeLessThanOrEqual(REQUEST_LIMITS.queryWords)
  })

  it('never throws and stays within the term budget on any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.constantFrom('"', '(', ')', '-', 'OR', ' ', 'iom', 'Гусейнов', '|', 'ə'), { maxLength: 60 }).map((a) => a.join(''))), (input) => {
        const q = parseQuery(input)
        const leaves = [...q.must, ...q.not].reduce((sum, node) => sum + leafCount(node), 0)
        expect(leaves).toBeLessThanOrEqual(REQUEST_LIMITS.queryWords)
        expect(typeof q.signature).toBe('string')
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on non-string input', () => {
    for (const input of [undefined, null, 42, {}, []]) expect(parseQuery(input).must).toEqual([])
  })
})
