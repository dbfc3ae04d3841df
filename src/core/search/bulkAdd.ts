/**
 * Adding a batch of documents to a MiniSearch index, building exactly the index MiniSearch's
 * own `add` builds one document at a time: the same terms in the same order, frequencies,
 * field lengths and ids (tests/unit/search/bulkAdd.test.ts compares the two whole).
 *
 * Why: `add` walks MiniSearch's term tree once per word of a text (about 375 words a release),
 * and that walk was most of the time to index a corpus. Here the words of a batch are counted
 * first (`countTerms`), in plain `Map`s, and the tree is walked once per distinct word of the
 * batch (`IndexWriter.addCounted`). Counting is about two thirds of the work and needs no index,
 * so another worker can do it (`src/worker/termCounter.ts`): a `CountedTerms` crosses as three
 * typed arrays and a list of strings. A new term's postings are appended to a typed array and made
 * into MiniSearch's `Map`s only when a search first reads them (`termData.ts`); a term met before is
 * found in a `Map` of its own rather than by walking the tree again.
 *
 * MiniSearch has no public way to add counted terms, so this relies on MiniSearch 7.2's private
 * members, as the index codec does (`indexCodec.ts`); `indexWriter` checks they exist and
 * returns undefined otherwise, and callers then use `add`.
 */
import type MiniSearch from 'minisearch'
import { AppendedTermData } from './termData.ts'

/** A term's postings: by field id, term frequency by short document id. */
type TermData = Map<number, Map<number, number>>

/** What counting needs of MiniSearch's options (after MiniSearch merged in its defaults). */
export interface TermCounting {
  fields: string[]
  extractField(document: unknown, field: string): unknown
  stringifyField(value: unknown, field: string): string
  tokenize(text: string, field?: string): string[]
  processTerm(term: string, field?: string): string | string[] | null | undefined | false
}

/** The words of a batch of documents, counted as MiniSearch's `add` would count them. */
export interface CountedTerms {
  /** Documents counted. */
  count: number
  /** Per document, per field (in `fields` order): its distinct words, or -1 when the document lacks the field. */
  lengths: Int32Array
  /** The batch's distinct terms, in the order `add` first meets them. */
  terms: string[]
  /** Where each term's postings end in `postings`, in postings (of three numbers each). */
  ends: Int32Array
  /** Per posting, in the order `add` meets them: field position, document position in the batch, frequency. */
  postings: Int32Array
}

/** Adds documents to one MiniSearch index in batches. */
export interface IndexWriter {
  /** Counts and adds `documents`, as `addAll` would. */
  add(documents: readonly unknown[]): void
  /**
   * Adds documents counted elsewhere (with {@link countTerms} and the same options), under
   * `ids`. Undefined when the index stores fields, which need the documents themselves.
   */
  addCounted?: (counted: CountedTerms, ids: readonly unknown[]) => void
  /** The options to count with, for a counter elsewhere. */
  counting: TermCounting
  /** Lets go of the terms it remembers (one entry per term of the vocabulary); adding later finds them again. */
  forget(): void
}

/** The parts of MiniSearch 7.2 that `add` uses. */
interface MiniSearchInternals {
  _index: { fetch(term: string, init: () => TermData): TermData }
  _fieldIds: Record<string, number>
  _idToShortId: Map<unknown, number>
  _documentCount: number
  _options: TermCounting & { idField: string; storeFields?: string[] }
  addDocumentId(id: unknown): number
  addFieldLength(documentId: number, fieldId: number, count: number, length: number): void
  saveStoredFields(documentId: number, document: unknown): void
}

const newTermData = (): TermData => new AppendedTermData()

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
 * The options MiniSearch counts with, defaults merged in: the same for a counter in another
 * worker as for the index. Undefined when this MiniSearch is not the version this module knows.
 */
export function termCounting(index: MiniSearch<never> | MiniSearch<unknown>): TermCounting | undefined {
  const options = internalsOf(index as MiniSearch<never>)?._options
  if (!options) return undefined
  const { fields, extractField, stringifyField, tokenize, processTerm } = options
  return { fields, extractField, stringifyField, tokenize, processTerm }
}

/**
 * Counts the words of `documents` as MiniSearch's `add` does: tokenised, processed, and
 * grouped by term in the order `add` would create and fill them.
 */
export function countTerms(counting: TermCounting, documents: readonly unknown[]): CountedTerms {
  const { fields, extractField, stringifyField, tokenize, processTerm } = counting
  const lengths = new Int32Array(documents.length * fields.length)
  // Per distinct term, in order of first appearance: field position, document position and frequency, flat.
  const byTerm = new Map<string, number[]>()
  const counts = new Map<string, number>()
  const processed = new Map<string, number>()
  let total = 0
  for (let d = 0; d < documents.length; d++) {
    const document = documents[d]
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as string
      const value = extractField(document, field)
      if (value == null) {
        lengths[d * fields.length + f] = -1
        continue
      }
      counts.clear()
      for (const token of tokenize(stringifyField(value, field), field)) counts.set(token, (counts.get(token) ?? 0) + 1)
      lengths[d * fields.length + f] = counts.size
      processed.clear()
      for (const [token, count] of counts) {
        const terms = processTerm(token, field)
        if (Array.isArray(terms)) for (const term of terms) processed.set(term, (processed.get(term) ?? 0) + count)
        else if (terms) processed.set(terms, (processed.get(terms) ?? 0) + count)
      }
      for (const [term, count] of processed) {
        const postings = byTerm.get(term)
        if (postings) postings.push(f, d, count)
        else byTerm.set(term, [f, d, count])
        total += 3
      }
    }
  }
  const terms = new Array<string>(byTerm.size)
  const ends = new Int32Array(byTerm.size)
  const postings = new Int32Array(total)
  let t = 0
  let at = 0
  for (const [term, list] of byTerm) {
    terms[t] = term
    postings.set(list, at)
    at += list.length
    ends[t++] = at / 3
  }
  return { count: documents.length, lengths, terms, ends, postings }
}

/** Adds counted documents under `ids`; `documents` for stored fields. `known`: postings of terms met before. */
function addCounted(m: MiniSearchInternals, known: Map<string, TermData>, counted: CountedTerms, ids: readonly unknown[], documents?: readonly unknown[]): void {
  const { fields, idField } = m._options
  if (ids.length !== counted.count || counted.lengths.length !== counted.count * fields.length) throw new Error('counted terms do not fit this index')
  const fieldIds = fields.map((field) => m._fieldIds[field] as number)
  const shortIds = new Int32Array(counted.count)
  for (let d = 0; d < counted.count; d++) {
    const id = ids[d]
    if (id == null) throw new Error(`MiniSearch: document does not have ID field "${idField}"`)
    if (m._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${String(id)}`)
    const shortId = m.addDocumentId(id)
    shortIds[d] = shortId
    if (documents) m.saveStoredFields(shortId, documents[d])
    for (let f = 0; f < fields.length; f++) {
      const length = counted.lengths[d * fields.length + f] as number
      if (length >= 0) m.addFieldLength(shortId, fieldIds[f] as number, m._documentCount - 1, length)
    }
  }
  const { terms, ends, postings } = counted
  let p = 0
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t] as string
    let data = known.get(term)
    if (data === undefined) known.set(term, (data = m._index.fetch(term, newTermData)))
    const end = (ends[t] as number) * 3
    if (data instanceof AppendedTermData) {
      for (; p < end; p += 3) data.append(fieldIds[postings[p] as number] as number, shortIds[postings[p + 1] as number] as number, postings[p + 2] as number)
      continue
    }
    for (; p < end; p += 3) {
      const fieldId = fieldIds[postings[p] as number] as number
      let docs = data.get(fieldId)
      if (docs === undefined) data.set(fieldId, (docs = new Map()))
      docs.set(shortIds[postings[p + 1] as number] as number, postings[p + 2] as number)
    }
  }
}

/**
 * A writer that adds documents to `index` in one pass per batch, or undefined when this
 * MiniSearch is not the version it was written for.
 *
 * @example
 * const writer = indexWriter(index)
 * if (writer) writer.add(batch)
 * else index.addAll(batch)
 */
export function indexWriter<T>(index: MiniSearch<T>): IndexWriter | undefined {
  const m = internalsOf(index as unknown as MiniSearch<never>)
  if (!m) return undefined
  const counting = termCounting(index as unknown as MiniSearch<never>) as TermCounting
  const { idField, extractField, storeFields } = m._options
  const storesFields = (storeFields?.length ?? 0) > 0
  const known = new Map<string, TermData>()
  return {
    counting,
    forget: () => known.clear(),
    add(documents) {
      const ids = documents.map((document) => extractField(document, idField))
      addCounted(m, known, countTerms(counting, documents), ids, documents)
    },
    ...(storesFields ? {} : { addCounted: (counted: CountedTerms, ids: readonly unknown[]) => addCounted(m, known, counted, ids) }),
  }
}
