/**
 * A term's postings as MiniSearch keeps them (by field id, term frequency by short document id),
 * made into `Map`s only when something first reads them.
 *
 * Building the `Map`s of every term costs more than anything else once words are counted: at 10,000
 * releases about 1.6 million entries, most of them for terms no search will touch, and most of the
 * index's memory. `DeferredTermData` is a real `Map` whose every method builds the postings first,
 * so MiniSearch (search, add, remove, `toJSON`) sees an ordinary `Map`. Two kinds: postings decoded
 * from a cached index (`indexCodec.ts`), and postings appended while indexing ({@link AppendedTermData}).
 */

/** Term frequency by MiniSearch short document id. */
export type Postings = Map<number, number>

export abstract class DeferredTermData extends Map<number, Postings> {
  /** Makes the postings into `Map`s with {@link put}, if not yet done. */
  protected abstract build(): void

  /** Sets a field's postings without building (for {@link build}). */
  protected put(fieldId: number, postings: Postings): void {
    Map.prototype.set.call(this, fieldId, postings)
  }

  /** A field's postings without building (for {@link build}). */
  protected peek(fieldId: number): Postings | undefined {
    return Map.prototype.get.call(this, fieldId) as Postings | undefined
  }

  override get(key: number): Postings | undefined {
    this.build()
    return super.get(key)
  }
  override has(key: number): boolean {
    this.build()
    return super.has(key)
  }
  override set(key: number, value: Postings): this {
    this.build()
    return super.set(key, value)
  }
  override delete(key: number): boolean {
    this.build()
    return super.delete(key)
  }
  override clear(): void {
    this.build()
    super.clear()
  }
  override forEach(callback: (value: Postings, key: number, map: Map<number, Postings>) => void, thisArg?: unknown): void {
    this.build()
    super.forEach(callback, thisArg)
  }
  override keys(): MapIterator<number> {
    this.build()
    return super.keys()
  }
  override values(): MapIterator<Postings> {
    this.build()
    return super.values()
  }
  override entries(): MapIterator<[number, Postings]> {
    this.build()
    return super.entries()
  }
  override [Symbol.iterator](): MapIterator<[number, Postings]> {
    return this.entries()
  }

  static {
    // `size` is a getter on Map.prototype, which TypeScript models as a property: defined here.
    Object.defineProperty(this.prototype, 'size', {
      get(this: DeferredTermData): number {
        this.build()
        return Reflect.get(Map.prototype, 'size', this) as number
      },
    })
  }
}

/**
 * Postings appended while indexing: (field id, short document id, frequency) triples in one typed
 * array, in the order MiniSearch's `add` would set them, made into `Map`s in that same order when
 * first read. Once built, appending sets the `Map`s directly.
 */
export class AppendedTermData extends DeferredTermData {
  private triples: Int32Array | undefined = new Int32Array(6)
  private length = 0

  /** Adds a posting, as `get(fieldId) ?? new Map()` then `set(doc, frequency)` would. */
  append(fieldId: number, doc: number, frequency: number): void {
    let triples = this.triples
    if (triples === undefined) {
      let postings = this.peek(fieldId)
      if (postings === undefined) this.put(fieldId, (postings = new Map()))
      postings.set(doc, frequency)
      return
    }
    if (this.length + 3 > triples.length) {
      const grown = new Int32Array(triples.length * 2)
      grown.set(triples)
      this.triples = triples = grown
    }
    triples[this.length] = fieldId
    triples[this.length + 1] = doc
    triples[this.length + 2] = frequency
    this.length += 3
  }

  /**
   * The postings not yet built, grouped by field in order of first appearance, each with its
   * documents in the order appended; undefined once built. For the codec, which need not build them.
   */
  pending(): Array<{ fieldId: number; docs: Int32Array; frequencies: Int32Array }> | undefined {
    const triples = this.triples
    if (triples === undefined) return undefined
    const fields: Array<{ fieldId: number; docs: Int32Array; frequencies: Int32Array }> = []
    const counts = new Map<number, number>()
    for (let i = 0; i < this.length; i += 3) counts.set(triples[i] as number, (counts.get(triples[i] as number) ?? 0) + 1)
    for (const [fieldId, n] of counts) {
      const docs = new Int32Array(n)
      const frequencies = new Int32Array(n)
      let k = 0
      for (let i = 0; i < this.length; i += 3) {
        if (triples[i] !== fieldId) continue
        docs[k] = triples[i + 1] as number
        frequencies[k++] = triples[i + 2] as number
      }
      fields.push({ fieldId, docs, frequencies })
    }
    return fields
  }

  protected build(): void {
    const triples = this.triples
    if (triples === undefined) return
    this.triples = undefined
    for (let i = 0; i < this.length; i += 3) this.append(triples[i] as number, triples[i + 1] as number, triples[i + 2] as number)
    this.length = 0
  }
}
