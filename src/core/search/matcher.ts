/**
 * Evaluates parsed queries against the text index: each word or phrase (a leaf)
 * becomes a set of releases with a BM25 score per release, and groups combine
 * leaf sets with AND / OR. Leaf results are cached, so a keystroke that only
 * extends the last word re-evaluates that word and nothing else.
 */
import { add, and, andNot, count, emptySet, or, rangeSet, type Bitset } from './bitset.ts'
import { LEAF_CACHE_SIZE, MATCHING } from './options.ts'
import type { PhraseNode, QueryNode, TermNode } from './query.ts'
import { nodeSignature } from './query.ts'
import { TextIndex } from './textIndex.ts'

/** The releases a leaf matches, ascending, with their scores. */
export interface LeafMatch {
  set: Bitset
  docs: Int32Array
  scores: Float32Array
}

/** Matches query trees against one text index, caching leaves while the index does not change. */
export class Matcher {
  private readonly cache = new Map<string, LeafMatch>()
  private cachedAt = -1
  private readonly scratch: Float32Array

  constructor(private readonly index: TextIndex) {
    this.scratch = new Float32Array(index.size)
  }

  /** Releases covered by the index so far. */
  universe(): Bitset {
    return rangeSet(this.index.size, 0, this.index.indexedCount)
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
    let set = emptySet(this.index.size)
    for (const node of must) set = or(set, this.match(node))
    for (const node of not) set = andNot(set, this.match(node))
    return set
  }

  /**
   * Relevance of every release in `set`: the sum of the scores of the positive
   * leaves under `must` it matches. Returns a dense array indexed by release number.
   */
  score(must: readonly QueryNode[], set: Bitset): Float32Array {
    const total = new Float32Array(this.index.size)
    const visit = (node: QueryNode): void => {
      if (node.kind === 'all' || node.kind === 'any') {
        for (const child of node.children) visit(child)
        return
      }
      const { docs, scores } = this.leaf(node)
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number
        if ((((set[doc >>> 5] as number) >>> (doc & 31)) & 1) === 1) total[doc] = (total[doc] as number) + (scores[i] as number)
      }
    }
    for (const node of must) visit(node)
    return total
  }

  private leaf(node: TermNode | PhraseNode): LeafMatch {
    if (this.cachedAt !== this.index.indexedCount) {
      this.cache.clear()
      this.cachedAt = this.index.indexedCount
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

  /** Every index term the positive words of `must` reach, as a mask by term id (for locating snippets). */
  reachedTerms(must: readonly QueryNode[]): Uint8Array {
    const mask = new Uint8Array(this.index.termCount)
    const visit = (node: QueryNode): void => {
      if (node.kind === 'all' || node.kind === 'any') node.children.forEach(visit)
      else if (node.kind === 'phrase') {
        for (const key of node.keys) {
          const id = this.index.termId(key)
          if (id !== -1) mask[id] = 1
        }
      } else {
        for (const id of this.expansions(node).keys()) mask[id] = 1
      }
    }
    must.forEach(visit)
    return mask
  }

  /** Index terms a query word reaches, with their weight: itself, longer words when a prefix, near words when fuzzy. */
  expansions(node: TermNode): Map<number, number> {
    const index = this.index
    const weights = new Map<number, number>()
    const exact = index.termId(node.key)
    if (exact !== -1) weights.set(exact, 1)
    if (node.prefix) {
      for (const id of index.prefixTerms(node.key)) {
        weights.set(id, (MATCHING.prefixWeight * node.key.length) / index.term(id).length)
      }
    }
    if (node.fuzzy) {
      for (const id of index.fuzzyTerms(node.key)) {
        if ((weights.get(id) ?? 0) < MATCHING.fuzzyWeight) weights.set(id, MATCHING.fuzzyWeight)
      }
    }
    return weights
  }

  private exactOnly(node: TermNode): Map<number, number> {
    const id = this.index.termId(node.key)
    return new Map(id === -1 ? [] : [[id, 1]])
  }

  private term(node: TermNode): LeafMatch {
    const index = this.index
    const best = this.scratch
    const average = index.averageLength
    const short = node.prefix && node.key.length <= MATCHING.shortPrefix
    let set = emptySet(index.size)
    if (short) {
      set = index.shortPrefixSet(node.key)?.slice() ?? set
      for (let w = 0; w < set.length; w++) {
        let x = set[w] as number
        while (x !== 0) {
          const low = x & -x
          best[(w << 5) | (31 - Math.clz32(low))] = MATCHING.shortPrefixScore
          x ^= low
        }
      }
    }
    const expansions = short ? this.exactOnly(node) : this.expansions(node)
    for (const [id, weight] of expansions) {
      const factor = weight * index.idf(id)
      const { docs, tfs } = index.postings(id)
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number
        const s = factor * TextIndex.termScore(tfs[i] as number, index.length(doc), average)
        if (s > (best[doc] as number)) {
          if (best[doc] === 0) add(set, doc)
          best[doc] = s
        }
      }
    }
    return this.collect(set)
  }

  private phrase(node: PhraseNode): LeafMatch {
    const words = node.keys.map((key) => this.leaf({ kind: 'term', text: key, key, prefix: false, fuzzy: false }))
    let candidates = words[0]?.set ?? emptySet(this.index.size)
    for (let i = 1; i < words.length; i++) candidates = and(candidates, (words[i] as LeafMatch).set)
    const ids = node.keys.map((key) => this.index.termId(key))
    const set = emptySet(this.index.size)
    if (ids.includes(-1)) return this.collect(set)
    for (let w = 0; w < candidates.length; w++) {
      let x = candidates[w] as number
      while (x !== 0) {
        const low = x & -x
        const doc = (w << 5) | (31 - Math.clz32(low))
        x ^= low
        if (this.index.hasPhrase(doc, ids)) add(set, doc)
      }
    }
    const best = this.scratch
    for (const word of words) {
      for (let i = 0; i < word.docs.length; i++) {
        const doc = word.docs[i] as number
        if ((((set[doc >>> 5] as number) >>> (doc & 31)) & 1) === 1) best[doc] = (best[doc] as number) + (word.scores[i] as number)
      }
    }
    return this.collect(set)
  }

  /** Moves the scratch scores of the releases in `set` into a compact leaf result and clears them. */
  private collect(set: Bitset): LeafMatch {
    const total = count(set)
    const docs = new Int32Array(total)
    const scores = new Float32Array(total)
    const best = this.scratch
    let k = 0
    for (let w = 0; w < set.length; w++) {
      let x = set[w] as number
      while (x !== 0) {
        const low = x & -x
        const doc = (w << 5) | (31 - Math.clz32(low))
        x ^= low
        docs[k] = doc
        scores[k++] = best[doc] as number
        best[doc] = 0
      }
    }
    return { set, docs, scores }
  }
}
