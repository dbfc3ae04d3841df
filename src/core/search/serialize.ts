/**
 * The full-text index as one compact `ArrayBuffer`, for the IndexedDB cache and
 * for transfer out of the worker without copying. Postings are delta- and
 * varint-encoded (about a byte per posting). A header ties the buffer to the
 * format version and to the corpus it was built from; a buffer that does not
 * match is rejected, and the caller indexes afresh.
 *
 * Layout (little endian): 8 × u32 header
 * `[magic, version, releases, indexed, terms, postings, fingerprint, termBytes]`,
 * then the terms as UTF-8 joined by "\n", padded to 4 bytes, then
 * `lengths: f32[indexed]`, `counts: varint[terms]` (postings per term),
 * `doc gaps: varint[postings]`, `tfs: varint[postings]`, `word counts: varint[indexed]`,
 * `words: varint[…]` (term + 1 in text order, 0 between fields).
 */
import type { Catalog } from './catalog.ts'
import { INDEX_FORMAT_VERSION } from './options.ts'
import type { IndexSnapshot } from './textIndex.ts'

const MAGIC = 0x50524958 // "PRIX"
const HEADER_WORDS = 8

/** A 32-bit FNV-1a hash of the releases' ids and dates in release-number order. */
export function catalogFingerprint(catalog: Catalog): number {
  let hash = 0x811c9dc5
  for (const release of catalog.releases) {
    const text = `${release.id}\u0000${release.date}\u0001`
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193)
    }
  }
  return hash >>> 0
}

class ByteWriter {
  bytes: Uint8Array
  at = 0
  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity))
  }
  private ensure(extra: number): void {
    if (this.at + extra <= this.bytes.length) return
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.at + extra))
    grown.set(this.bytes)
    this.bytes = grown
  }
  varint(value: number): void {
    this.ensure(5)
    let v = value >>> 0
    while (v >= 0x80) {
      this.bytes[this.at++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.bytes[this.at++] = v
  }
  raw(data: Uint8Array): void {
    this.ensure(data.length)
    this.bytes.set(data, this.at)
    this.at += data.length
  }
  align(): void {
    this.ensure(4)
    while (this.at % 4 !== 0) this.bytes[this.at++] = 0
  }
}

/** Encodes a snapshot of a catalog's index. */
export function encodeIndex(snapshot: IndexSnapshot, catalog: Catalog): ArrayBuffer {
  const termBytes = new TextEncoder().encode(snapshot.terms.join('\n'))
  const postings = snapshot.docs.length
  const { offsets, docs, tfs, words, wordStart } = snapshot
  const estimate = HEADER_WORDS * 4 + termBytes.length + snapshot.lengths.byteLength + postings * 2 + words.length * 2 + snapshot.terms.length * 2
  const writer = new ByteWriter(estimate)
  writer.at = HEADER_WORDS * 4
  writer.raw(termBytes)
  writer.align()
  writer.raw(new Uint8Array(snapshot.lengths.buffer, snapshot.lengths.byteOffset, snapshot.lengths.byteLength))
  for (let t = 0; t < snapshot.terms.length; t++) writer.varint((offsets[t + 1] as number) - (offsets[t] as number))
  for (let t = 0; t < snapshot.terms.length; t++) {
    let previous = -1
    for (let i = offsets[t] as number; i < (offsets[t + 1] as number); i++) {
      writer.varint((docs[i] as number) - previous - 1)
      previous = docs[i] as number
    }
  }
  for (let i = 0; i < postings; i++) writer.varint(tfs[i] as number)
  for (let doc = 0; doc < snapshot.indexedCount; doc++) writer.varint((wordStart[doc + 1] as number) - (wordStart[doc] as number))
  for (let i = 0; i < words.length; i++) writer.varint(words[i] as number)
  const header = new Uint32Array(writer.bytes.buffer, 0, HEADER_WORDS)
  header.set([MAGIC, INDEX_FORMAT_VERSION, catalog.releases.length, snapshot.indexedCount, snapshot.terms.length, postings, catalogFingerprint(catalog), termBytes.length])
  return writer.bytes.slice(0, writer.at).buffer
}

class ByteReader {
  at = 0
  constructor(private readonly bytes: Uint8Array) {}
  varint(): number {
    const bytes = this.bytes
    let byte = bytes[this.at++] as number
    if (byte < 0x80) return byte
    let value = byte & 0x7f
    let scale = 0x80
    for (;;) {
      byte = bytes[this.at++] as number
      if (byte === undefined) throw new Error('truncated')
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 0x80
    }
  }
}

/** Decodes a buffer made by {@link encodeIndex} for the same corpus, or returns an error message. */
export function decodeIndex(buffer: ArrayBuffer | Uint8Array, catalog: Catalog): IndexSnapshot | { error: string } {
  try {
    const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer)
    if (bytes.byteLength < HEADER_WORDS * 4) return { error: 'index buffer too short' }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const header = Array.from({ length: HEADER_WORDS }, (_, i) => view.getUint32(i * 4, true))
    const [magic, version, releases, indexed, termCount, postings, fingerprint, termLength] = header as [number, number, number, number, number, number, number, number]
    if (magic !== MAGIC) return { error: 'not a Pressroom index' }
    if (version !== INDEX_FORMAT_VERSION) return { error: `index format ${version}, expected ${INDEX_FORMAT_VERSION}` }
    if (releases !== catalog.releases.length || fingerprint !== catalogFingerprint(catalog)) return { error: 'index built for another corpus' }
    if (indexed > releases) return { error: 'index header is damaged' }
    let at = HEADER_WORDS * 4
    const text = new TextDecoder().decode(bytes.subarray(at, at + termLength))
    const terms = termCount === 0 ? [] : text.split('\n')
    if (terms.length !== termCount) return { error: 'index terms are damaged' }
    at += termLength
    at += (4 - (at % 4)) % 4
    const lengths = new Float32Array(indexed)
    new Uint8Array(lengths.buffer).set(bytes.subarray(at, at + indexed * 4))
    const reader = new ByteReader(bytes)
    reader.at = at + indexed * 4
    const offsets = new Uint32Array(termCount + 1)
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t] as number) + reader.varint()
    if (offsets[termCount] !== postings) return { error: 'index postings are damaged' }
    const docs = new Uint32Array(postings)
    for (let t = 0; t < termCount; t++) {
      let previous = -1
      const end = offsets[t + 1] as number
      for (let i = offsets[t] as number; i < end; i++) {
        previous += 1 + reader.varint()
        docs[i] = previous
      }
      if (previous >= indexed) return { error: 'index postings are damaged' }
    }
    const tfs = new Uint16Array(postings)
    for (let i = 0; i < postings; i++) tfs[i] = reader.varint()
    const wordStart = new Uint32Array(indexed + 1)
    for (let doc = 0; doc < indexed; doc++) wordStart[doc + 1] = (wordStart[doc] as number) + reader.varint()
    const wordCount = wordStart[indexed] as number
    const words = termCount < 0xffff ? new Uint16Array(wordCount) : new Uint32Array(wordCount)
    for (let i = 0; i < wordCount; i++) {
      const value = reader.varint()
      if (value > termCount) return { error: 'index word streams are damaged' }
      words[i] = value
    }
    return { terms, offsets, docs, tfs, lengths, words, wordStart, indexedCount: indexed }
  } catch (error) {
    return { error: `index buffer is damaged (${error instanceof Error ? error.message : String(error)})` }
  }
}

/**
 * Packs bytes into a string, two bytes per UTF-16 code unit, for stores that keep
 * strings (the first unit says whether the last byte is padding). Not text: the
 * string may hold lone surrogates, which IndexedDB and `postMessage` keep intact.
 */
export function bytesToString(buffer: ArrayBuffer): string {
  const odd = buffer.byteLength % 2
  const even = new Uint8Array(buffer.byteLength + odd)
  even.set(new Uint8Array(buffer))
  const units = new Uint16Array(even.buffer)
  const parts: string[] = [String.fromCharCode(odd)]
  const CHUNK = 0x2000
  for (let i = 0; i < units.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]))
  return parts.join('')
}

/** Reverses {@link bytesToString}. */
export function stringToBytes(text: string): Uint8Array {
  if (text.length === 0) return new Uint8Array(0)
  const odd = text.charCodeAt(0) === 1 ? 1 : 0
  const units = new Uint16Array(text.length - 1)
  for (let i = 1; i < text.length; i++) units[i - 1] = text.charCodeAt(i)
  return new Uint8Array(units.buffer, 0, Math.max(0, units.byteLength - odd))
}
