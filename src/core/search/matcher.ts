/**
 * Evaluates parsed queries against the full text: each word or phrase (a leaf)
 * becomes a set of releases with a BM25 score per release (one MiniSearch search
 * per word), and groups combine leaf sets with AND / OR over bitsets. Leaf results
 * are cached (LRU), so a keystroke that only extends the last word runs one
 * MiniSearch search, for that word, and nothing else.
 */
import { and, andNot, emptySet, or, rangeSet, type Bitset } from './bitset.ts'
import type { EntityText } from './entityText.ts'
import type { FullText, WordMatch } from './fullText.ts'
import { LEAF_CACHE_SIZE } from './options.ts'
import type { PhraseNode, QueryNode, TermNode } from './query.ts'
import { nodeSignature } from './query.ts'
import { isStopKey } from './stopwords.ts'

/** The releases a leaf matches, ascending, with their scores. */
export type LeafMatch = WordMatch

/** Whether release `doc` holds the search keys `keys` as consecutive words of one field or name. */
export type PhraseCheck = (doc: number, keys: readonly string[]) => boolean

/**
 * Scores of "has more of the query's items" dominate BM25: a release matching k items
 * ranks above every release matching fewer, whatever their BM25.
 */
export const ITEM_RANK = 1e6

const isSet = (set: Bitset, doc: number): boolean => ((((set[doc >>> 5] as number) >>> (doc & 31)) & 1) === 1)

/** Matches query trees against one full-text index, caching leaves while the index does not change. */
export class Matcher {
  private readonly cache = new Map<string, LeafMatch>()
  private cachedAt = -1

  constructor(
    private readonly text: FullText,
    private readonly entities: EntityText,
    private readonly phraseCheck: PhraseCheck,
  ) {}

  /** Releases covered by the index so far. */
  universe(): Bitset {
    return rangeSet(this.text.size, 0, this.text.indexedCount)
  }

  /** The set of releases matching a node. */
  match(node: QueryNode): Bitset {
    switch (node.kind) {
      case 'term':
      case 'phrase':
        return this.leaf(node).set
      case 'all': {
        let set = this.match(node.children[0] as QueryNode)
        for (let i = 1; i < node.children.length; i++) set = and(set, this.match(node.children[i] as QueryNode))
        return set
      }
      case 'any': {
        let set = this.match(node.children[0] as QueryNode)
        for (let i = 1; i < node.children.length; i++) set = or(set, this.match(node.children[i] as QueryNode))
        return set
      }
    }
  }

  /** Releases matching every node (`universe` when there is none), minus those matching any of `not`. */
  matchAll(must: readonly QueryNode[], not: readonly QueryNode[]): Bitset {
    let set = must.length === 0 ? this.universe() : this.match(must[0] as QueryNode)
    for (let i = 1; i < must.length; i++) set = and(set, this.match(must[i] as QueryNode))
    for (const node of not) set = andNot(set, this.match(node))
    return set
  }

  /** Releases matching any node, minus those matching any of `not`. */
  matchAny(must: readonly QueryNode[], not: readonly QueryNode[]): Bitset {
    let set = emptySet(this.text.size)
    for (const node of must) set = or(set, this.match(node))
    for (const node of not) set = andNot(set, this.match(node))
    return set
  }

  /**
   * Relevance of every release in `set`, as a dense array by release number:
   * `ITEM_RANK` × the number of `must` items it matches, plus the sum of the BM25
   * scores of the positive leaves it matches.
   */
  score(must: readonly QueryNode[], set: Bitset): Float64Array {
    const total = new Float64Array(this.text.size)
    const visit = (node: QueryNode): void => {
      if (node.kind === 'all' || node.kind === 'any') {
        for (const child of node.children) visit(child)
        return
      }
      const { docs, scores } = this.leaf(node)
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number
        if (isSet(set, doc)) total[doc] = (total[doc] as number) + (scores[i] as number)
      }
    }
    for (const node of must) {
      visit(node)
      if (must.length === 1) continue
      const items = this.match(node)
      for (let w = 0; w < set.length; w++) {
        let x = (set[w] as number) & (items[w] as number)
        while (x !== 0) {
          const low = x & -x
          const doc = (w << 5) | (31 - Math.clz32(low))
          total[doc] = (total[doc] as number) + ITEM_RANK
          x ^= low
        }
      }
    }
    return total
  }

  private leaf(node: TermNode | PhraseNode): LeafMatch {
    if (this.cachedAt !== this.text.indexedCount) {
      this.cache.clear()
      this.cachedAt = this.text.indexedCount
    }
    const signature = nodeSignature(node)
    const hit = this.cache.get(signature)
    if (hit) {
      this.cache.delete(signature)
      this.cache.set(signature, hit)
      return hit
    }
    const result = node.kind === 'term' ? this.term(node) : this.phrase(node)
    this.cache.set(signature, result)
    if (this.cache.size > LEAF_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string)
    return result
  }

  /** A word: releases whose text holds it, and releases whose entities' names do (scores add up). */
  private term(node: TermNode): LeafMatch {
    const text = this.text.word(node.key, node.prefix, node.fuzzy)
    const names = this.entities.word(node.key, node.prefix, node.fuzzy, this.text.indexedCount, this.text.size)
    if (names.docs.length === 0) return text
    if (text.docs.length === 0) return names
    const docs: number[] = []
    const scores: number[] = []
    let i = 0
    let k = 0
    while (i < text.docs.length || k < names.docs.length) {
      const a = i < text.docs.length ? (text.docs[i] as number) : Infinity
      const b = k < names.docs.length ? (names.docs[k] as number) : Infinity
      docs.push(Math.min(a, b))
      scores.push((a <= b ? (text.scores[i++] as number) : 0) + (b <= a ? (names.scores[k++] as number) : 0))
    }
    return { set: or(text.set, names.set), docs: Int32Array.from(docs), scores: Float32Array.from(scores) }
  }

  /** A phrase: releases holding every word exactly, then checked for the words in order. */
  private phrase(node: PhraseNode): LeafMatch {
    // Stop words are not in the index: the other words find the candidates, the check reads them all.
    const indexed = this.text.skipsStopWords ? node.keys.filter((key) => !isStopKey(key)) : node.keys
    const words = indexed.map((key) => this.leaf({ kind: 'term', text: key, key, prefix: false, fuzzy: false }))
    let candidates = words[0]?.set ?? this.universe()
    for (let i = 1; i < words.length; i++) candidates = and(candidates, (words[i] as LeafMatch).set)
    const set = emptySet(this.text.size)
    const found: number[] = []
    for (let w = 0; w < candidates.length; w++) {
      let x = candidates[w] as number
      while (x !== 0) {
        const low = x & -x
        const doc = (w << 5) | (31 - Math.clz32(low))
        x ^= low
        if (this.phraseCheck(doc, node.keys)) {
          set[w] = (set[w] as number) | low
          found.push(doc)
        }
      }
    }
    const docs = Int32Array.from(found)
    const scores = new Float32Array(docs.length)
    for (const word of words) {
      let i = 0
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k] as number
        while (i < word.docs.length && (word.docs[i] as number) < doc) i++
        if (word.docs[i] === doc) scores[k] = (scores[k] as number) + (word.scores[i] as number)
      }
    }
    return { set, docs, scores }
  }
}
