import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import MiniSearch, { type Options } from 'minisearch'
import { countTerms, indexWriter, termCounting } from '../../../src/core/search/bulkAdd.ts'
import { miniSearchOptions, FEATURES, type IndexedDocument } from '../../../src/core/search/options.ts'
import { generateCorpus } from '../../../src/core/generate/index.ts'

/** MiniSearch's own index of `documents`, one `add` at a time. */
function added<T>(options: Options<T>, documents: readonly T[]): MiniSearch<T> {
  const index = new MiniSearch<T>(options)
  for (const document of documents) index.add(document)
  return index
}

/** The same documents through the bulk adder, in batches of `size`. */
function bulk<T>(options: Options<T>, documents: readonly T[], size: number): MiniSearch<T> {
  const index = new MiniSearch<T>(options)
  const writer = indexWriter(index)
  if (!writer) throw new Error('this MiniSearch is not the one bulkAdd.ts was written for')
  for (let start = 0; start < documents.length; start += size) writer.add(documents.slice(start, start + size))
  return index
}

/**
 * The same documents counted as another worker counts them (its own MiniSearch of the same
 * options, the counts through a structured clone), then added under their ids.
 */
function counted<T extends { id: number }>(options: Options<T>, documents: readonly T[], size: number): MiniSearch<T> {
  const index = new MiniSearch<T>(options)
  const writer = indexWriter(index)
  const counting = termCounting(new MiniSearch<T>(options) as MiniSearch<unknown>)
  if (!writer?.addCounted || !counting) throw new Error('this MiniSearch cannot take counted documents')
  for (let start = 0; start < documents.length; start += size) {
    const batch = documents.slice(start, start + size)
    // Without their ids: a counter is sent only the texts.
    const texts = batch.map(({ id: _, ...text }) => text)
    writer.addCounted(structuredClone(countTerms(counting, texts)), batch.map((document) => document.id))
  }
  return index
}

/**
 * The whole index as MiniSearch serialises it, and the order of every term's fields and documents
 * (`toJSON` lists numeric keys in ascending order, so it alone would not show that order, which
 * decides the order of tied results).
 */
const serialised = (index: MiniSearch<never> | MiniSearch<IndexedDocument> | MiniSearch<{ id: number; title: string; body: string }>): string => {
  const terms = (index as unknown as { _index: Iterable<[string, Map<number, Map<number, number>>]> })._index
  const order = [...terms].map(([term, data]) => [term, [...data].map(([field, docs]) => [field, [...docs.keys()]])])
  return JSON.stringify({ index, order })
}

describe('bulkAdder', () => {
  const releases = generateCorpus({ count: 160, seed: 5 }).releases
  const documents: IndexedDocument[] = releases.map((release, id) => ({ id, title: release.title, body: release.body }))
  const options = miniSearchOptions(FEATURES)

  it.each([1, 7, 25, 160])('builds exactly the index of MiniSearch add, in batches of %i (the product options)', (size) => {
    const expected = added(options, documents)
    const actual = bulk(options, documents, size)
    expect(serialised(actual)).toBe(serialised(expected))
    expect(actual.search('migration').map((r) => [r.id, r.score])).toEqual(expected.search('migration').map((r) => [r.id, r.score]))
  })

  it.each([1, 25, 160])('builds exactly the index of MiniSearch add from counts made elsewhere, in batches of %i', (size) => {
    expect(serialised(counted(options, documents, size))).toBe(serialised(added(options, documents)))
  })

  it('builds exactly the index of MiniSearch add for any texts, with a processTerm that drops, merges and multiplies terms', () => {
    const word = fc.constantFrom('iom', 'IOM', 'visa', 'viza', 'the', 'a', 'migration', 'miqrasiya', 'миграция', 'x', '')
    const text = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '))
    const processTerm = (term: string): string | string[] | null => (term === 'the' ? null : term === 'visa' ? ['visa', 'viza'] : term.toLowerCase())
    const textOptions: Options<{ id: number; title: string; body: string }> = { fields: ['title', 'body'], storeFields: ['title'], processTerm }
    fc.assert(
      fc.property(fc.array(fc.record({ title: text, body: text }), { maxLength: 20 }), fc.integer({ min: 1, max: 6 }), (texts, size) => {
        const docs = texts.map((t, id) => ({ id, ...t }))
        expect(serialised(bulk(textOptions, docs, size))).toBe(serialised(added(textOptions, docs)))
        expect(serialised(counted({ ...textOptions, storeFields: [] }, docs, size))).toBe(serialised(added({ ...textOptions, storeFields: [] }, docs)))
      }),
    )
  })

  it('builds exactly the index of MiniSearch add when searches read postings between batches', () => {
    const index = new MiniSearch<IndexedDocument>(options)
    const writer = indexWriter(index)
    for (let start = 0; start < documents.length; start += 40) {
      writer?.add(documents.slice(start, start + 40))
      // Reading postings builds them; the next batches are added to what was built.
      index.search('migration', { prefix: true })
      index.search('iom')
    }
    expect(serialised(index)).toBe(serialised(added(options, documents)))
  })

  it('takes counts made elsewhere only when no field is stored (stored fields need the documents)', () => {
    expect(indexWriter(new MiniSearch<IndexedDocument>(options))?.addCounted).toBeTypeOf('function')
    expect(indexWriter(new MiniSearch<IndexedDocument>({ ...options, storeFields: ['title'] }))?.addCounted).toBeUndefined()
  })

  it('refuses counts that do not fit: another number of ids, or another number of fields', () => {
    const writer = indexWriter(new MiniSearch<IndexedDocument>(options))
    const counts = countTerms(termCounting(new MiniSearch(options)) ?? fail(), [{ title: 'IOM', body: 'visa' }])
    expect(() => writer?.addCounted?.(counts, [0, 1])).toThrow(/do not fit/)
    const oneField = countTerms(termCounting(new MiniSearch({ fields: ['title'] })) ?? fail(), [{ title: 'IOM' }])
    expect(() => writer?.addCounted?.(oneField, [0])).toThrow(/do not fit/)
  })

  it('refuses a duplicate id as MiniSearch does', () => {
    const index = new MiniSearch<IndexedDocument>(options)
    const writer = indexWriter(index)
    expect(() => writer?.add([documents[0] as IndexedDocument, documents[0] as IndexedDocument])).toThrow(/duplicate ID 0/)
  })

  it('is undefined for a MiniSearch without the internals it uses', () => {
    const index = new MiniSearch<IndexedDocument>(options)
    Object.defineProperty(index, 'addFieldLength', { value: undefined })
    expect(indexWriter(index)).toBeUndefined()
    expect(termCounting(index)).toBeUndefined()
  })
})

function fail(): never {
  throw new Error('this MiniSearch is not the one bulkAdd.ts was written for')
}
