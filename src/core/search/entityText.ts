/**
 * Entity names as searchable text: a small MiniSearch index over the corpus's
 * officials, organisations and topics (name, aliases, translated names and the
 * initialisms of multi-word organisation and topic names), whose matches reach
 * releases through the catalog's facet postings.
 *
 * A release is found by the names of what it involves (IOM = МОМ = BMqT =
 * International Organization for Migration) without every release carrying those
 * names in the main index: at 50,000 releases that would be a quarter of its
 * postings, for a table of a few hundred names.
 */
import MiniSearch from 'minisearch'
import type { Catalog } from './catalog.ts'
import { emptySet, type Bitset } from './bitset.ts'
import { FIELD_BOOSTS, RANKING, wordSearchOptions } from './options.ts'
import { textKeys } from './keys.ts'
import { isStopKey } from './stopwords.ts'
import type { WordMatch } from './fullText.ts'

interface EntityDocument {
  id: number
  names: string
}

const same = (term: string): string => term
/** Initials ("V. Huseynov", "Х. Оруджев") are not names to search by: "xxxxx" (key "x") must find nothing. */
const unlessInitial = (term: string): string | null => (term.length > 1 ? term : null)

/**
 * Initialisms of a multi-word name, skipping stop words: "Internally displaced persons"
 * gives IDP and IDPs, "Organization for Security and Co-operation in Europe" OSCE.
 */
export function acronymsOf(name: unknown): string[] {
  if (typeof name !== 'string') return []
  const words = name.split(/\s+/u).filter((word) => /^\p{L}/u.test(word) && !isStopKey(textKeys(word)[0] ?? ''))
  if (words.length < RANKING.acronymMinLength) return []
  const initials = words.map((word) => word[0] as string).join('').toUpperCase()
  return [initials, `${initials}s`]
}

/** Entity names of one corpus, searchable, with the releases of each entity. */
export class EntityText {
  private readonly index: MiniSearch<EntityDocument>
  /** Releases of each entity (by its number in `catalog.entities`), ascending. */
  private readonly releases: Int32Array[]

  constructor(
    catalog: Catalog,
    options: { acronyms: boolean },
  ) {
    this.index = new MiniSearch<EntityDocument>({
      fields: ['names'],
      storeFields: [],
      tokenize: textKeys,
      processTerm: unlessInitial,
      searchOptions: { tokenize: (text) => [text], processTerm: same },
    })
    this.releases = catalog.entities.map((entity) => {
      const facet = catalog.facets[entity.facet]
      const value = facet.valueIndex.get(entity.id)
      return value === undefined ? new Int32Array(0) : (facet.postings[value] as Int32Array)
    })
    this.index.addAll(
      catalog.entities.map((entity, id) => {
        const names = entity.names.filter((name) => typeof name === 'string')
        if (options.acronyms && entity.facet !== 'officials') names.push(...acronymsOf(entity.names[0]))
        return { id, names: names.join('\n') }
      }),
    )
  }

  /**
   * Releases among `0 .. indexedCount-1` whose entities' names hold a word: each scores
   * the entity's best name match times the entities boost.
   */
  word(key: string, prefix: boolean, fuzzy: boolean, indexedCount: number, size: number): WordMatch {
    const scores = new Map<number, number>()
    for (const result of this.index.search(key, wordSearchOptions(prefix, fuzzy))) {
      const score = result.score * FIELD_BOOSTS.entities * RANKING.entityScale
      for (const doc of this.releases[result.id as number] as Int32Array) {
        if (doc >= indexedCount) break
        if ((scores.get(doc) ?? 0) < score) scores.set(doc, score)
      }
    }
    const set: Bitset = emptySet(size)
    const docs = Int32Array.from(scores.keys()).sort()
    const out = new Float32Array(docs.length)
    docs.forEach((doc, i) => {
      set[doc >>> 5] = (set[doc >>> 5] as number) | (1 << (doc & 31))
      out[i] = scores.get(doc) as number
    })
    return { set, docs, scores: out }
  }
}
