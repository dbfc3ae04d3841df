/**
 * The full text: a MiniSearch index over releases numbered newest first (the
 * MiniSearch document id is the release number), added in that order so a partly
 * built index covers exactly releases `0 .. indexedCount-1`.
 *
 * Each query word is one MiniSearch search (exact key, plus prefix or one typo when
 * the planner asks for it); its result becomes a bitset with a score per release,
 * which the matcher combines and caches. MiniSearch's own combinators are not used:
 * they modify their inputs, so word results could not be cached between keystrokes.
 */
import MiniSearch from 'minisearch'
import { add, emptySet, type Bitset } from './bitset.ts'
import { countTerms, indexWriter, termCounting, type CountedTerms, type IndexWriter, type TermCounting } from './bulkAdd.ts'
import { decodeIndex, encodeIndex } from './indexCodec.ts'
import { FEATURES, miniSearchOptions, wordSearchOptions, type EngineFeatures, type IndexedDocument } from './options.ts'

/** The releases one query word matches, ascending, with their BM25 scores. */
export interface WordMatch {
  set: Bitset
  docs: Int32Array
  scores: Float32Array
}

/** A MiniSearch index over release numbers. */
export class FullText {
  private index: MiniSearch<IndexedDocument>
  private count: number
  private scratch: Float32Array
  /** Adds batches with one walk of the term tree per distinct word (`bulkAdd.ts`); undefined for another MiniSearch, which adds document by document. */
  private readonly writer: IndexWriter | undefined

  constructor(
    public size: number,
    private readonly features: Readonly<EngineFeatures> = FEATURES,
    restored?: { index: MiniSearch<IndexedDocument>; indexedCount: number },
  ) {
    this.index = restored?.index ?? new MiniSearch(miniSearchOptions(features))
    this.count = restored?.indexedCount ?? 0
    this.scratch = new Float32Array(size)
    this.writer = indexWriter(this.index)
  }

  /** Nothing more will be added: what only speeds up adding is let go. */
  finishAdding(): void {
    this.writer?.forget()
  }

  /** True when releases counted elsewhere can be added ({@link addCounted}). */
  get takesCounted(): boolean {
    return this.writer?.addCounted !== undefined
  }

  /** True when stop words are left out of the index (phrases then find candidates by their other words). */
  get skipsStopWords(): boolean {
    return this.features.stopwords
  }

  /** Releases indexed so far: always `0 .. indexedCount-1`. */
  get indexedCount(): number {
    return this.count
  }

  /** Makes room for more releases (a corpus read while it downloads); the index is kept. */
  grow(size: number): void {
    if (size <= this.size) return
    this.size = size
    this.scratch = new Float32Array(size)
  }

  /** Adds the next releases (numbers from `indexedCount` on), as many as there is room for. */
  addNext(documents: ReadonlyArray<Omit<IndexedDocument, 'id'>>): void {
    const batch = documents.slice(0, Math.max(0, this.size - this.count)).map((document, i) => ({ id: this.count + i, ...document }))
    if (this.writer) this.writer.add(batch)
    else this.index.addAll(batch)
    this.count += batch.length
  }

  /** Counts documents as this index would, for {@link addCounted}. Throws when it cannot take counted documents. */
  countTerms(documents: ReadonlyArray<Omit<IndexedDocument, 'id'>>): CountedTerms {
    if (!this.writer?.addCounted) throw new Error('this index cannot take counted releases')
    return countTerms(this.writer.counting, documents)
  }

  /**
   * Adds the next releases, counted elsewhere (`countTerms` with {@link countingFor} of the same features)
   * (`bulkAdd.ts`). Throws when this index cannot take them ({@link takesCounted}) or they do not fit.
   */
  addCounted(counted: CountedTerms): void {
    const addCounted = this.writer?.addCounted
    if (!addCounted) throw new Error('this index cannot take counted releases')
    if (counted.count > this.size - this.count) throw new Error('more counted releases than room for them')
    addCounted(counted, Array.from({ length: counted.count }, (_, i) => this.count + i))
    this.count += counted.count
  }

  /** Releases holding a word (its key), with scores; `prefix` and `fuzzy` widen it. */
  word(key: string, prefix: boolean, fuzzy: boolean): WordMatch {
    const results = this.index.search(key, wordSearchOptions(prefix, fuzzy))
    return collect(results, this.scratch)
  }

  /** Releases holding any of `keys` exactly, scored by how many and how rare (for related releases). */
  anyWord(keys: readonly string[]): WordMatch {
    if (keys.length === 0) return collect([], this.scratch)
    const results = this.index.search({ queries: [...keys], combineWith: 'OR' }, wordSearchOptions(false, false))
    return collect(results, this.scratch)
  }

  /** The index as compact bytes with the caller's `meta` (see `indexCodec.ts`). */
  toBytes<T>(meta: T): ArrayBuffer {
    return encodeIndex(this.index, meta)
  }

  /**
   * Restores an index written by {@link toBytes} with the same options; each term's
   * postings are decoded when a search first reaches it. Throws when the bytes are not usable.
   */
  static fromBytes<T>(size: number, bytes: ArrayBuffer | Uint8Array, features: Readonly<EngineFeatures> = FEATURES): { text: FullText; meta: T } {
    const { index, meta } = decodeIndex<IndexedDocument, T>(bytes, miniSearchOptions(features))
    return { text: new FullText(size, features, { index, indexedCount: index.documentCount }), meta }
  }
}

/**
 * How releases are counted for an index with these features, for a counter in another worker
 * (`src/worker/termCounter.ts`); undefined when this MiniSearch cannot take counted releases.
 */
export function countingFor(features: Readonly<EngineFeatures> = FEATURES): TermCounting | undefined {
  return termCounting(new MiniSearch(miniSearchOptions(features)))
}

/** MiniSearch results as a release set with scores in release order; `scratch` is all zeros and left so. */
function collect(results: ReadonlyArray<{ id: unknown; score: number }>, scratch: Float32Array): WordMatch {
  const set = emptySet(scratch.length)
  const docs = new Int32Array(results.length)
  for (let i = 0; i < results.length; i++) {
    const result = results[i] as { id: number; score: number }
    docs[i] = result.id
    scratch[result.id] = result.score
    add(set, result.id)
  }
  docs.sort()
  const scores = new Float32Array(results.length)
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number
    scores[i] = scratch[doc] as number
    scratch[doc] = 0
  }
  return { set, docs, scores }
}
