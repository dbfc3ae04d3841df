/**
 * The full-text inverted index: search keys to postings (release numbers with
 * field-weighted term frequencies), plus the lookups the query planner needs —
 * exact keys, prefixes over a sorted term list, and keys one edit away.
 *
 * Releases are added in release-number order (newest first), so every postings
 * list stays sorted without any sorting, and a partly built index covers exactly
 * releases `0 .. indexedCount-1`.
 */
import { BM25, MATCHING } from './options.ts'

/** Postings of one term: ascending release numbers and their weighted term frequencies. */
export interface Postings {
  docs: ArrayLike<number>
  tfs: ArrayLike<number>
}

/** One field of a release as index keys in text order. */
export interface IndexField {
  /** Keys in text order; an empty key separates passages (no phrase spans it). */
  keys: readonly string[]
  /** BM25F weight: each occurrence adds this much to the term frequency. */
  weight: number
  /** Keep word positions, so phrases can be checked against this field. */
  positional: boolean
}

/** Word streams hold `term id + 1`; this value marks a field boundary, which no phrase spans. */
export const FIELD_BREAK = 0

/** A flat, transferable copy of a fully built index (see `serialize.ts`). */
export interface IndexSnapshot {
  /** Terms in sorted order. */
  terms: string[]
  /** `offsets[t] .. offsets[t+1]` are term t's postings. */
  offsets: Uint32Array
  docs: Uint32Array
  tfs: Uint16Array
  /** Weighted length of each indexed release. */
  lengths: Float32Array
  /** Every release's positional fields as `term + 1` in text order, `FIELD_BREAK` between fields. */
  words: Uint16Array | Uint32Array
  /** `words[wordStart[doc]] .. words[wordStart[doc+1]]` belong to release `doc`. */
  wordStart: Uint32Array
  indexedCount: number
}

/** Whether `a` and `b` are at most one insertion, deletion or substitution apart. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++
  if (i === la && i === lb) return true
  let ja = la - 1
  let jb = lb - 1
  while (ja >= i && jb >= i && a.charCodeAt(ja) === b.charCodeAt(jb)) {
    ja--
    jb--
  }
  // What is left unmatched in each word: at most one character on each side.
  return ja - i < 1 && jb - i < 1
}

/** The inverted index. */
export class TextIndex {
  private readonly termIds = new Map<string, number>()
  private readonly terms: string[] = []
  private readonly docs: Array<number[] | Uint32Array> = []
  private readonly tfs: Array<number[] | Uint16Array> = []
  private readonly lengths: Float32Array
  /** Word streams of all releases, for phrase checks (see {@link IndexSnapshot.words}); widened when terms outgrow 16 bits. */
  private words: Uint16Array | Uint32Array = new Uint16Array(1024)
  private readonly wordStart: Uint32Array
  private totalLength = 0
  private count = 0
  /** Term ids sorted by key; rebuilt lazily by merging terms added since. */
  private sorted: number[] = []
  private sortedUpTo = 0
  /** Term ids by key length, for typo lookups; rebuilt lazily. */
  private byLength: number[][] = []
  private byLengthUpTo = 0
  /** Scratch for one document's term frequencies. */
  private readonly scratchTf: number[] = []
  /**
   * Releases holding any term that starts with each short prefix (up to
   * `SHORT_PREFIX` characters): a one- or two-letter prefix reaches thousands of
   * terms, too many postings to walk per keystroke.
   */
  private readonly shortPrefixSets = new Map<string, Uint32Array>()
  /** For each term id, the short-prefix sets it belongs to. */
  private readonly termPrefixSets: Uint32Array[][] = []
  private readonly touched: number[] = []
  private packed = false

  constructor(readonly size: number) {
    this.lengths = new Float32Array(size)
    this.wordStart = new Uint32Array(size + 1)
  }

  /** Releases indexed so far: always `0 .. indexedCount-1`. */
  get indexedCount(): number {
    return this.count
  }

  /** False for an index restored from a snapshot, whose postings are packed typed arrays. */
  get isGrowable(): boolean {
    return !this.packed
  }

  /** Number of distinct terms. */
  get termCount(): number {
    return this.terms.length
  }

  /** Mean weighted length of the indexed releases. */
  get averageLength(): number {
    return this.count === 0 ? 1 : this.totalLength / this.count || 1
  }

  /**
   * Adds the next release. `fields` holds each field's keys in text order;
   * `length` is the release's length for BM25's normalisation.
   */
  addNext(fields: readonly IndexField[], length: number): void {
    const doc = this.count
    if (doc >= this.size || this.packed) return
    const tf = this.scratchTf
    const touched = this.touched
    let streamLength = 0
    for (const field of fields) if (field.positional) streamLength += field.keys.length + 1
    let at = this.wordStart[doc] as number
    this.reserveWords(at + streamLength)
    for (const field of fields) {
      const weight = field.weight
      const keys = field.keys
      const positional = field.positional
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string
        if (key === '') {
          if (positional) this.words[at++] = FIELD_BREAK
          continue
        }
        let id = this.termIds.get(key)
        if (id === undefined) {
          id = this.terms.length
          this.termIds.set(key, id)
          this.terms.push(key)
          this.docs.push([])
          this.tfs.push([])
          this.termPrefixSets.push(this.prefixSetsOf(key))
          tf.push(0)
        }
        if (tf[id] === 0) touched.push(id)
        tf[id] = (tf[id] as number) + weight
        if (positional) {
          if (id + 1 > 0xffff && this.words instanceof Uint16Array) this.words = Uint32Array.from(this.words)
          this.words[at++] = id + 1
        }
      }
      if (positional) this.words[at++] = FIELD_BREAK
    }
    this.wordStart[doc + 1] = at
    const word = doc >>> 5
    const bit = 1 << (doc & 31)
    for (let i = 0; i < touched.length; i++) {
      const id = touched[i] as number
      const sets = this.termPrefixSets[id] as Uint32Array[]
      for (let k = 0; k < sets.length; k++) (sets[k] as Uint32Array)[word] = ((sets[k] as Uint32Array)[word] as number) | bit
      ;(this.docs[id] as number[]).push(doc)
      ;(this.tfs[id] as number[]).push(Math.min(tf[id] as number, 0xffff))
      tf[id] = 0
    }
    touched.length = 0
    const weightedLength = Math.max(1, length)
    this.lengths[doc] = weightedLength
    this.totalLength += weightedLength
    this.count = doc + 1
  }

  /** Term id of an exact key, or -1. */
  termId(key: string): number {
    return this.termIds.get(key) ?? -1
  }

  /** The key of a term id. */
  term(id: number): string {
    return this.terms[id] as string
  }

  /** Postings of a term id. */
  postings(id: number): Postings {
    return { docs: this.docs[id] as ArrayLike<number>, tfs: this.tfs[id] as ArrayLike<number> }
  }

  /** Number of releases holding a term. */
  docFrequency(id: number): number {
    return (this.docs[id] as ArrayLike<number>).length
  }

  /** Weighted length of a release (0 when not indexed). */
  length(doc: number): number {
    return this.lengths[doc] as number
  }

  /** BM25 inverse document frequency of a term over the indexed releases. */
  idf(id: number): number {
    const df = this.docFrequency(id)
    return Math.log(1 + (this.count - df + 0.5) / (df + 0.5))
  }

  /** BM25+ score of one posting, before the term's idf. */
  static termScore(tf: number, length: number, averageLength: number): number {
    const { k1, b, d } = BM25
    return d + (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength))
  }

  private reserveWords(length: number): void {
    if (length <= this.words.length) return
    const grown = this.words instanceof Uint16Array ? new Uint16Array(Math.max(length, this.words.length * 2)) : new Uint32Array(Math.max(length, this.words.length * 2))
    grown.set(this.words)
    this.words = grown
  }

  /**
   * Where in field number `field` (in `addNext` order, positional fields only) of
   * release `doc` the words whose term id is marked in `mask` cluster most densely within
   * `span` words: the cluster's first word position and the field's word count.
   * Undefined when none of them occurs there.
   */
  densestCluster(doc: number, field: number, mask: Uint8Array, span: number): { at: number; of: number } | undefined {
    if (doc >= this.count) return undefined
    const words = this.words
    let start = this.wordStart[doc] as number
    const end = this.wordStart[doc + 1] as number
    for (let f = 0; f < field && start < end; f++) {
      while (start < end && words[start] !== FIELD_BREAK) start++
      start++
    }
    let stop = start
    while (stop < end && words[stop] !== FIELD_BREAK) stop++
    const hits: number[] = []
    for (let i = start; i < stop; i++) if (mask[(words[i] as number) - 1] === 1) hits.push(i - start)
    if (hits.length === 0) return undefined
    let best = 0
    let bestCount = 0
    for (let left = 0, right = 0; left < hits.length; left++) {
      while (right < hits.length && (hits[right] as number) - (hits[left] as number) < span) right++
      if (right - left > bestCount) {
        bestCount = right - left
        best = hits[left] as number
      }
    }
    return { at: best, of: stop - start }
  }

  /** Whether release `doc` holds the terms `ids` as consecutive words of one field. */
  hasPhrase(doc: number, ids: readonly number[]): boolean {
    if (doc >= this.count || ids.length === 0) return false
    const words = this.words
    const first = (ids[0] as number) + 1
    const last = (this.wordStart[doc + 1] as number) - ids.length
    for (let i = this.wordStart[doc] as number; i <= last; i++) {
      if (words[i] !== first) continue
      let k = 1
      while (k < ids.length && words[i + k] === (ids[k] as number) + 1) k++
      if (k === ids.length) return true
    }
    return false
  }

  private prefixSetsOf(key: string): Uint32Array[] {
    const sets: Uint32Array[] = []
    for (let length = 1; length <= Math.min(MATCHING.shortPrefix, key.length); length++) {
      const prefix = key.slice(0, length)
      let set = this.shortPrefixSets.get(prefix)
      if (!set) {
        set = new Uint32Array((this.size + 31) >>> 5)
        this.shortPrefixSets.set(prefix, set)
      }
      sets.push(set)
    }
    return sets
  }

  /**
   * Releases holding a term that starts with `prefix`, for prefixes of at most
   * `MATCHING.shortPrefix` characters; undefined when no term does. Do not modify.
   */
  shortPrefixSet(prefix: string): Uint32Array | undefined {
    return this.shortPrefixSets.get(prefix)
  }

  /** Ids of terms starting with `prefix` (excluding the exact key itself). */
  prefixTerms(prefix: string): number[] {
    const sorted = this.sortedTerms()
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.terms[sorted[mid] as number] as string) < prefix) lo = mid + 1
      else hi = mid
    }
    const out: number[] = []
    for (let i = lo; i < sorted.length; i++) {
      const id = sorted[i] as number
      const term = this.terms[id] as string
      if (!term.startsWith(prefix)) break
      if (term.length > prefix.length) out.push(id)
    }
    return out
  }

  /** Ids of terms exactly one edit away from `key`. */
  fuzzyTerms(key: string): number[] {
    const buckets = this.lengthBuckets()
    const out: number[] = []
    for (let len = key.length - 1; len <= key.length + 1; len++) {
      const bucket = buckets[len]
      if (!bucket) continue
      for (let i = 0; i < bucket.length; i++) {
        const id = bucket[i] as number
        const term = this.terms[id] as string
        if (term !== key && withinOneEdit(key, term)) out.push(id)
      }
    }
    return out
  }

  private sortedTerms(): number[] {
    if (this.sortedUpTo === this.terms.length) return this.sorted
    const terms = this.terms
    const added: number[] = []
    for (let id = this.sortedUpTo; id < terms.length; id++) added.push(id)
    added.sort((a, b) => ((terms[a] as string) < (terms[b] as string) ? -1 : 1))
    const old = this.sorted
    const merged: number[] = new Array(old.length + added.length)
    let i = 0
    let j = 0
    let k = 0
    while (i < old.length && j < added.length) {
      merged[k++] = (terms[old[i] as number] as string) < (terms[added[j] as number] as string) ? (old[i++] as number) : (added[j++] as number)
    }
    while (i < old.length) merged[k++] = old[i++] as number
    while (j < added.length) merged[k++] = added[j++] as number
    this.sorted = merged
    this.sortedUpTo = terms.length
    return merged
  }

  private lengthBuckets(): number[][] {
    for (let id = this.byLengthUpTo; id < this.terms.length; id++) {
      const len = (this.terms[id] as string).length
      ;(this.byLength[len] ??= []).push(id)
    }
    this.byLengthUpTo = this.terms.length
    return this.byLength
  }

  /** A flat copy of the index, terms in sorted order. */
  snapshot(): IndexSnapshot {
    const order = this.sortedTerms()
    let total = 0
    for (const list of this.docs) total += list.length
    const offsets = new Uint32Array(order.length + 1)
    const docs = new Uint32Array(total)
    const tfs = new Uint16Array(total)
    let at = 0
    for (let t = 0; t < order.length; t++) {
      const id = order[t] as number
      const d = this.docs[id] as ArrayLike<number>
      const f = this.tfs[id] as ArrayLike<number>
      offsets[t] = at
      for (let i = 0; i < d.length; i++) {
        docs[at] = d[i] as number
        tfs[at] = f[i] as number
        at++
      }
    }
    offsets[order.length] = at
    // Word streams renumbered to the sorted term order (value = rank + 1).
    const rank = new Uint32Array(this.terms.length + 1)
    for (let t = 0; t < order.length; t++) rank[(order[t] as number) + 1] = t + 1
    const wordCount = this.wordStart[this.count] as number
    const words = this.words instanceof Uint16Array ? new Uint16Array(wordCount) : new Uint32Array(wordCount)
    for (let i = 0; i < wordCount; i++) words[i] = rank[this.words[i] as number] as number
    return {
      terms: order.map((id) => this.terms[id] as string),
      offsets,
      docs,
      tfs,
      lengths: this.lengths.slice(0, this.count),
      words,
      wordStart: this.wordStart.slice(0, this.count + 1),
      indexedCount: this.count,
    }
  }

  /** Rebuilds an index from a snapshot; postings become views into the snapshot's arrays. */
  static fromSnapshot(size: number, snapshot: IndexSnapshot): TextIndex {
    const index = new TextIndex(size)
    index.packed = true
    const { terms, offsets, docs, tfs } = snapshot
    for (let t = 0; t < terms.length; t++) {
      const start = offsets[t] as number
      const end = offsets[t + 1] as number
      index.termIds.set(terms[t] as string, t)
      index.terms.push(terms[t] as string)
      index.docs.push(docs.subarray(start, end))
      index.tfs.push(tfs.subarray(start, end))
      index.scratchTf.push(0)
      index.sorted.push(t)
    }
    index.sortedUpTo = terms.length
    for (let t = 0; t < terms.length; t++) {
      const sets = index.prefixSetsOf(terms[t] as string)
      index.termPrefixSets.push(sets)
      for (let i = offsets[t] as number; i < (offsets[t + 1] as number); i++) {
        const doc = docs[i] as number
        for (const set of sets) set[doc >>> 5] = (set[doc >>> 5] as number) | (1 << (doc & 31))
      }
    }
    index.count = Math.min(size, snapshot.indexedCount)
    index.words = snapshot.words
    index.wordStart.set(snapshot.wordStart.subarray(0, index.count + 1))
    index.lengths.set(snapshot.lengths.subarray(0, index.count))
    for (let i = 0; i < index.count; i++) index.totalLength += index.lengths[i] as number
    return index
  }
}
