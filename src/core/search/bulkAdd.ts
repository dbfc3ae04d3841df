/**
 * Adding a batch of documents to a MiniSearch index, building exactly the index MiniSearch's
 * own `add` builds one document at a time: the same terms in the same order, frequencies,
 * field lengths and ids (tests/unit/search/bulkAdd.test.ts compares the two whole).
 *
 * Why: `add` walks MiniSearch's term tree once per word of a text (about 375 words a release),
 * and that walk was most of the time to index a corpus. Here the words of a batch are counted
 * first, in plain `Map`s, and the tree is walked once per distinct word of the batch.
 *
 * MiniSearch has no public way to add counted terms, so this relies on MiniSearch 7.2's private
 * members, as the index codec does (`indexCodec.ts`); `bulkAdder` checks they exist and
 * returns undefined otherwise, and callers then use `add`.
 */
import type MiniSearch from 'minisearch'

/** A term's postings: by field id, term frequency by short document id. */
type TermData = Map<number, Map<number, number>>

/** The parts of MiniSearch 7.2 that `add` uses. */
interface MiniSearchInternals {
  _index: { fetch(term: string, init: () => TermData): TermData }
  _fieldIds: Record<string, number>
  _idToShortId: Map<unknown, number>
  _documentCount: number
  _options: {
    fields: string[]
    idField: string
    extractField(document: unknown, field: string): unknown
    stringifyField(value: unknown, field: string): string
    tokenize(text: string, field?: string): string[]
    processTerm(term: string, field?: string): string | string[] | null | undefined | false
  }
  addDocumentId(id: unknown): number
  addFieldLength(documentId: number, fieldId: number, count: number, length: number): void
  saveStoredFields(documentId: number, document: unknown): void
}

const newTermData = (): TermData => new Map()

/** MiniSearch's internals, when they have the shape this module was written for. */
function internalsOf(index: MiniSearch<never>): MiniSearchInternals | undefined {
  const m = index as unknown as Partial<MiniSearchInternals>
  const options = m._options
  const ok =
    typeof m._index?.fetch === 'function' &&
    typeof m.addDocumentId === 'function' &&
    typeof m.addFieldLength === 'function' &&
    typeof m.saveStoredFields === 'function' &&
    m._idToShortId instanceof Map &&
    typeof m._documentCount === 'number' &&
    typeof m._fieldIds === 'object' &&
    Array.isArray(options?.fields) &&
    typeof options?.tokenize === 'function' &&
    typeof options.processTerm === 'function' &&
    typeof options.extractField === 'function' &&
    typeof options.stringifyField === 'function'
  return ok ? (m as MiniSearchInternals) : undefined
}

/**
 * A function that adds documents to `index` in one pass, or undefined when this MiniSearch
 * is not the version it was written for.
 *
 * @example
 * const addAll = bulkAdder(index) ?? ((docs) => index.addAll(docs))
 * addAll(batch)
 */
export function bulkAdder<T>(index: MiniSearch<T>): ((documents: readonly T[]) => void) | undefined {
  const m = internalsOf(index as unknown as MiniSearch<never>)
  if (!m) return undefined
  return (documents) => {
    const { fields, idField, extractField, stringifyField, tokenize, processTerm } = m._options
    // Per distinct term of the batch, in order of first appearance (the order `add` creates
    // terms in): field id, short document id and frequency, flat, in the order `add` meets them.
    const batch = new Map<string, number[]>()
    const counts = new Map<string, number>()
    const processed = new Map<string, number>()
    for (const document of documents) {
      const id = extractField(document, idField)
      if (id == null) throw new Error(`MiniSearch: document does not have ID field "${idField}"`)
      if (m._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${String(id)}`)
      const shortId = m.addDocumentId(id)
      m.saveStoredFields(shortId, document)
      for (const field of fields) {
        const value = extractField(document, field)
        if (value == null) continue
        const fieldId = m._fieldIds[field] as number
        counts.clear()
        for (const token of tokenize(stringifyField(value, field), field)) counts.set(token, (counts.get(token) ?? 0) + 1)
        m.addFieldLength(shortId, fieldId, m._documentCount - 1, counts.size)
        processed.clear()
        for (const [token, count] of counts) {
          const terms = processTerm(token, field)
          if (Array.isArray(terms)) for (const term of terms) processed.set(term, (processed.get(term) ?? 0) + count)
          else if (terms) processed.set(terms, (processed.get(terms) ?? 0) + count)
        }
        for (const [term, count] of processed) {
          const postings = batch.get(term)
          if (postings) postings.push(fieldId, shortId, count)
          else batch.set(term, [fieldId, shortId, count])
        }
      }
    }
    for (const [term, postings] of batch) {
      const data = m._index.fetch(term, newTermData)
      for (let i = 0; i < postings.length; i += 3) {
        const fieldId = postings[i] as number
        let docs = data.get(fieldId)
        if (docs === undefined) data.set(fieldId, (docs = new Map()))
        docs.set(postings[i + 1] as number, postings[i + 2] as number)
      }
    }
  }
}
