/**
 * The full-text index as compact bytes for the browser's cache, and a restore
 * that costs almost nothing: MiniSearch gets its term tree at once, and each
 * term's postings are decoded only when a search first reaches that term.
 *
 * Why not MiniSearch's `toJSON` / `loadJSON`: at 10,000 releases its JSON is
 * 15 MB, and a repeat visit spent most of its time reading that string from
 * IndexedDB and building 1.6 million `Map` entries in `loadJSON` before the
 * first search could run (docs/DECISIONS.md, "Repeat visits"). These bytes are
 * about a fifth of that, and a search touches only the postings of its words.
 *
 * Layout (little-endian, 4-byte aligned sections):
 *   magic u32 · checksum u32 (of everything after it) · meta length u32 · meta JSON (UTF-8) ·
 *   term offsets u32[terms + 1] · document ids u32[docs × 2] (short id, id) ·
 *   field lengths u32[docs × fields] (NO_LENGTH where MiniSearch has none) · term names (UTF-8, NUL-separated) ·
 *   postings: per term, varints: field count, then per field: field id, n, n doc-id gaps, n frequencies.
 *
 * @example
 * const bytes = encodeIndex(miniSearch, { releases: 10000 })
 * const { index, meta } = decodeIndex(bytes, miniSearchOptions(FEATURES))
 */
import MiniSearch, { type Options } from 'minisearch'
import { AppendedTermData, DeferredTermData, type Postings } from './termData.ts'

/** A term's postings by field id: the value MiniSearch keeps per term. */
type TermData = Map<number, Postings>

/**
 * The parts of MiniSearch 7.2's state the codec reads and fills. MiniSearch has no
 * public way to hand it postings without building them all (`loadJS`), so the codec
 * relies on these names; `decodeIndex` checks they exist, and the round-trip tests
 * (tests/unit/search/indexCodec.test.ts) fail if an upgrade changes them.
 */
interface MiniSearchState {
  _index: { set(term: string, data: TermData): unknown; size: number; [Symbol.iterator](): IterableIterator<[string, TermData]> }
  _documentIds: Map<number, unknown>
  _fieldLength: Map<number, number[]>
  _storedFields: Map<number, unknown>
  _fieldIds: Record<string, number>
  _avgFieldLength: number[]
  _documentCount: number
  _nextId: number
  _dirtCount: number
}

/** What the bytes declare about themselves, plus the caller's own fields. */
interface Meta<T> {
  caller: T
  documentCount: number
  nextId: number
  dirtCount: number
  fieldIds: Record<string, number>
  averageFieldLength: number[]
  storedFields: Record<string, unknown>
  docs: number
  fields: number
  terms: number
  namesBytes: number
  postingsBytes: number
}

const MAGIC = 0x58495250 // "PRIX"
const NO_LENGTH = 0xffffffff

/** Why a cached index cannot be used; the caller indexes afresh. */
export class IndexCodecError extends Error {}

/** Encodes a MiniSearch index and the caller's `meta` (any JSON) into one buffer. */
export function encodeIndex<D, T>(index: MiniSearch<D>, meta: T): ArrayBuffer {
  const state = internals(index)
  const fields = Object.keys(state._fieldIds).length
  const names: string[] = []
  const offsets: number[] = [0]
  const out = new VarintWriter()
  let scratch = new Int32Array(1024)
  for (const [term, data] of state._index) {
    names.push(term)
    // Postings appended while indexing and never read are written as they are, without building them.
    const pending = data instanceof AppendedTermData ? data.pending() : undefined
    if (pending && pending.every(({ docs }) => ascending(docs))) {
      out.put(pending.length)
      for (const { fieldId, docs, frequencies } of pending) {
        out.put(fieldId)
        out.put(docs.length)
        let previous = 0
        for (const doc of docs) {
          out.put(doc - previous)
          previous = doc
        }
        for (const frequency of frequencies) out.put(frequency)
      }
      offsets.push(out.length)
      continue
    }
    out.put(data.size)
    for (const [fieldId, postings] of data) {
      out.put(fieldId)
      out.put(postings.size)
      if (scratch.length < postings.size) scratch = new Int32Array(postings.size * 2)
      let n = 0
      let sorted = true
      for (const doc of postings.keys()) {
        if (n > 0 && doc < (scratch[n - 1] as number)) sorted = false
        scratch[n++] = doc
      }
      const docs = scratch.subarray(0, n)
      if (!sorted) docs.sort()
      let previous = 0
      for (const doc of docs) {
        out.put(doc - previous)
        previous = doc
      }
      for (const doc of docs) out.put(postings.get(doc) as number)
    }
    offsets.push(out.length)
  }
  const nameBytes = new TextEncoder().encode(names.join('\u0000'))
  const docs = state._documentIds.size
  const header: Meta<T> = {
    caller: meta,
    documentCount: state._documentCount,
    nextId: state._nextId,
    dirtCount: state._dirtCount,
    fieldIds: state._fieldIds,
    averageFieldLength: state._avgFieldLength,
    storedFields: Object.fromEntries(state._storedFields),
    docs,
    fields,
    terms: names.length,
    namesBytes: nameBytes.length,
    postingsBytes: out.length,
  }
  const metaBytes = new TextEncoder().encode(JSON.stringify(header))
  const layout = sections(metaBytes.length, header)
  const buffer = new ArrayBuffer(layout.end)
  const words = new Uint32Array(buffer, 0, layout.end / 4)
  const bytes = new Uint8Array(buffer)
  words[0] = MAGIC
  words[2] = metaBytes.length
  bytes.set(metaBytes, 12)
  words.set(offsets, layout.offsets / 4)
  let at = layout.documentIds / 4
  for (const [shortId, id] of state._documentIds) {
    if (typeof id !== 'number' || id < 0 || id >= NO_LENGTH) throw new IndexCodecError('document ids must be numbers')
    words[at++] = shortId
    words[at++] = id
  }
  at = layout.fieldLengths / 4
  for (const shortId of state._documentIds.keys()) {
    const lengths = state._fieldLength.get(shortId) ?? []
    for (let f = 0; f < fields; f++) words[at++] = lengths[f] ?? NO_LENGTH
  }
  bytes.set(nameBytes, layout.names)
  bytes.set(out.bytes(), layout.postings)
  words[1] = checksum(words)
  return buffer
}

/**
 * Restores an index written by {@link encodeIndex} with the same MiniSearch options.
 * Throws an IndexCodecError when the bytes are not such an index, are cut short or damaged.
 */
export function decodeIndex<D, T>(buffer: ArrayBuffer | Uint8Array, options: Options<D>): { index: MiniSearch<D>; meta: T } {
  const { bytes, words } = aligned(buffer)
  if (words.length < 3 || words[0] !== MAGIC) throw new IndexCodecError('not a Pressroom index')
  if (words[1] !== checksum(words)) throw new IndexCodecError('the index is damaged (checksum)')
  const metaLength = words[2] as number
  if (12 + metaLength > bytes.length) throw new IndexCodecError('the index is cut short')
  let header: Meta<T>
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + metaLength))) as Meta<T>
  } catch {
    throw new IndexCodecError('the index header is damaged')
  }
  const layout = sections(metaLength, header)
  if (layout.end !== bytes.length) throw new IndexCodecError('the index is cut short')
  const offsets = words.subarray(layout.offsets / 4, layout.offsets / 4 + header.terms + 1)
  if (offsets[0] !== 0 || offsets[header.terms] !== header.postingsBytes) throw new IndexCodecError('the index is damaged (offsets)')
  const names = header.terms === 0 ? [] : new TextDecoder().decode(bytes.subarray(layout.names, layout.names + header.namesBytes)).split('\u0000')
  if (names.length !== header.terms) throw new IndexCodecError('the index is damaged (terms)')

  const documentIds: Record<number, number> = {}
  const fieldLength: Record<number, number[]> = {}
  const ids = words.subarray(layout.documentIds / 4, layout.documentIds / 4 + header.docs * 2)
  const lengths = words.subarray(layout.fieldLengths / 4, layout.fieldLengths / 4 + header.docs * header.fields)
  for (let d = 0; d < header.docs; d++) {
    const shortId = ids[2 * d] as number
    documentIds[shortId] = ids[2 * d + 1] as number
    const row: number[] = []
    for (let f = 0; f < header.fields; f++) {
      const length = lengths[d * header.fields + f] as number
      if (length !== NO_LENGTH) row[f] = length
    }
    fieldLength[shortId] = row
  }
  // MiniSearch's own loader for everything but the postings (and its version check).
  const index = MiniSearch.loadJS(
    {
      documentCount: header.documentCount,
      nextId: header.nextId,
      documentIds,
      fieldIds: header.fieldIds,
      fieldLength,
      averageFieldLength: header.averageFieldLength,
      storedFields: header.storedFields,
      dirtCount: header.dirtCount,
      index: [],
      serializationVersion: 2,
    },
    options,
  )
  const state = internals(index)
  const postings = bytes.subarray(layout.postings, layout.postings + header.postingsBytes)
  for (let t = 0; t < names.length; t++) state._index.set(names[t] as string, new LazyTermData(postings, offsets[t] as number))
  return { index, meta: header.caller }
}

function ascending(docs: Int32Array): boolean {
  for (let i = 1; i < docs.length; i++) if ((docs[i] as number) < (docs[i - 1] as number)) return false
  return true
}

/** MiniSearch's state, after checking that it has the shape this codec was written for. */
function internals<D>(index: MiniSearch<D>): MiniSearchState {
  const state = index as unknown as Partial<MiniSearchState>
  if (
    typeof state._index?.set !== 'function' ||
    !(state._documentIds instanceof Map) ||
    !(state._fieldLength instanceof Map) ||
    !(state._storedFields instanceof Map) ||
    typeof state._fieldIds !== 'object' ||
    !Array.isArray(state._avgFieldLength)
  ) {
    throw new IndexCodecError('this MiniSearch version keeps its index differently')
  }
  return state as MiniSearchState
}

/** Byte offsets of each section for a header. */
function sections(metaLength: number, header: Pick<Meta<unknown>, 'terms' | 'docs' | 'fields' | 'namesBytes' | 'postingsBytes'>) {
  const counts = [header.terms, header.docs, header.fields, header.namesBytes, header.postingsBytes]
  if (!counts.every((n) => Number.isSafeInteger(n) && n >= 0)) throw new IndexCodecError('the index header is damaged')
  const offsets = align(12 + metaLength)
  const documentIds = offsets + 4 * (header.terms + 1)
  const fieldLengths = documentIds + 8 * header.docs
  const names = fieldLengths + 4 * header.docs * header.fields
  const postings = names + header.namesBytes
  return { offsets, documentIds, fieldLengths, names, postings, end: align(postings + header.postingsBytes) }
}

const align = (n: number): number => (n + 3) & ~3

function aligned(buffer: ArrayBuffer | Uint8Array): { bytes: Uint8Array; words: Uint32Array } {
  let bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer)
  if (bytes.byteOffset % 4 !== 0 || bytes.length % 4 !== 0) bytes = bytes.slice()
  return { bytes, words: new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4)) }
}

/** A 32-bit FNV-1a-style hash of every word after the checksum: finds a damaged or mixed-up entry. */
function checksum(words: Uint32Array): number {
  let hash = 0x811c9dc5
  for (let i = 2; i < words.length; i++) hash = Math.imul(hash ^ (words[i] as number), 0x01000193)
  return hash >>> 0
}

/** Appends unsigned LEB128 varints to a growing buffer. */
class VarintWriter {
  private buffer = new Uint8Array(1 << 16)
  length = 0

  put(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2)
      grown.set(this.buffer)
      this.buffer = grown
    }
    let v = value >>> 0
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.buffer[this.length++] = v
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length)
  }
}

/**
 * One term's postings, decoded from the cached bytes the first time MiniSearch
 * reads them (see `termData.ts`).
 */
class LazyTermData extends DeferredTermData {
  private pending: Uint8Array | undefined
  private readonly offset: number

  constructor(postings: Uint8Array, offset: number) {
    super()
    this.pending = postings
    this.offset = offset
  }

  protected build(): void {
    const data = this.pending
    if (!data) return
    this.pending = undefined
    let at = this.offset
    const next = (): number => {
      let value = 0
      let shift = 0
      let byte: number
      do {
        byte = data[at++] as number
        value += (byte & 0x7f) * 2 ** shift
        shift += 7
      } while (byte & 0x80 && shift < 35)
      return value
    }
    const fields = next()
    for (let f = 0; f < fields; f++) {
      const fieldId = next()
      const n = next()
      const docs = new Array<number>(n)
      let doc = 0
      for (let i = 0; i < n; i++) docs[i] = doc += next()
      const postings: Postings = new Map()
      for (let i = 0; i < n; i++) postings.set(docs[i] as number, next())
      this.put(fieldId, postings)
    }
  }
}
