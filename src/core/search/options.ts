/**
 * The one definition of how Pressroom indexes and ranks: MiniSearch's fields, boosts
 * and BM25 parameters, prefix and typo rules, ranking. (A request's limits and page
 * sizes are `REQUEST_LIMITS` in `src/core/request/limits.ts`.) The
 * index builder, the cached-index loader, the query planner, the CLI and the
 * benchmarks all read these constants.
 */
import type { Options, SearchOptions } from 'minisearch'
import { textKeys } from './keys.ts'
import { isStopKey } from './stopwords.ts'

/** One document as MiniSearch indexes it: `id` is the release number (newest first). */
export interface IndexedDocument {
  id: number
  title: string
  /** Body, summary and place. */
  body: string
}

/** Indexed fields, in MiniSearch's field order (part of the cached index format). */
export const INDEX_FIELDS = ['title', 'body'] as const

/**
 * Field boosts: a word in a title counts three times a word in the body; a name of one
 * of the release's entities (IOM, МОМ, BMqT, a name in any script; `entityText.ts`) twice. Chosen on the relevance set
 * (`pressroom eval`); see `src/core/search/README.md`.
 */
export const FIELD_BOOSTS: Readonly<Record<(typeof INDEX_FIELDS)[number] | 'entities', number>> = { title: 3, entities: 2, body: 1 }

/** BM25+ parameters (MiniSearch's defaults). */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const

/** Query words reach the index as keys already: MiniSearch must not split or change them. */
const asIs = (text: string): string[] => [text]
const same = (term: string): string => term
const unlessStopWord = (term: string): string | null => (isStopKey(term) ? null : term)

/**
 * What the engine does beyond MiniSearch's defaults, each measured on the relevance set
 * (`pressroom eval --compare` switches them off one at a time).
 */
export interface EngineFeatures {
  /** Leave stop words out of the index and out of queries that have other words. */
  stopwords: boolean
  /** Index initials of multi-word organisation and topic names (IDP(s) for Internally displaced persons). */
  acronyms: boolean
  /** Rank a release that translates a match right after it (the same event told in another language). */
  translations: boolean
  /** Add releases with some of the words when few have every word (see {@link RANKING}). */
  topUp: boolean
}

/** The product's features: all on. */
export const FEATURES: Readonly<EngineFeatures> = { stopwords: true, acronyms: true, translations: true, topUp: true }

/**
 * MiniSearch's options, used both to build an index and to load a cached one
 * (MiniSearch requires the same options for both). Text is split into search keys
 * (`keys.ts`), so Гусейнов, Hüseynov and Huseinov are one term.
 */
export function miniSearchOptions(features: Readonly<EngineFeatures> = FEATURES): Options<IndexedDocument> {
  return {
    fields: [...INDEX_FIELDS],
    storeFields: [],
    tokenize: textKeys,
    processTerm: features.stopwords ? unlessStopWord : same,
    searchOptions: {
      tokenize: asIs,
      processTerm: same,
      boost: { title: FIELD_BOOSTS.title, body: FIELD_BOOSTS.body },
      bm25: { ...BM25 },
    },
  }
}

/** {@link miniSearchOptions} of the product's features. */
export const MINISEARCH_OPTIONS: Options<IndexedDocument> = miniSearchOptions(FEATURES)

/**
 * How query words are matched. Words whose key has at least `FUZZY_MIN_LENGTH`
 * (text module, shared with highlighting) characters tolerate one typo.
 */
export const MATCHING = {
  /** The word being typed matches as a prefix once its key has this many characters. */
  prefixMinLength: 3,
  /** Score factor of a term reached by prefix (MiniSearch's `weights.prefix`). */
  prefixWeight: 0.375,
  /** Score factor of a term reached by typo tolerance (MiniSearch's `weights.fuzzy`). */
  fuzzyWeight: 0.45,
  /** Edits tolerated in a word of `FUZZY_MIN_LENGTH` characters or more. */
  maxEdits: 1,
  /** Parenthesised groups nest at most this deep; deeper brackets are read as plain text. */
  maxGroupDepth: 4,
} as const

/**
 * Ranking by relevance: releases with every word first, then releases with most of
 * the words, BM25 within each group. Releases with only some of the words join the
 * result when fewer than `topUpBelow` releases (after filters) hold every word.
 */
export const RANKING = {
  topUpBelow: 20,
  /** A translation of a match scores this share of the match's score, when that is more than its own. */
  translationShare: 1,
  /** Scale of an entity-name match's score (entity index BM25) against the text's. */
  entityScale: 1,
  /** Acronyms are made of this many initials or more. */
  acronymMinLength: 3,
} as const

/** MiniSearch search options for one query word (prefix and typos decided per word). */
export function wordSearchOptions(prefix: boolean, fuzzy: boolean): SearchOptions {
  return {
    prefix,
    fuzzy: fuzzy ? MATCHING.maxEdits : false,
    weights: { prefix: MATCHING.prefixWeight, fuzzy: MATCHING.fuzzyWeight },
  }
}

/** Snippet length in characters. */
export const SNIPPET_LENGTH = 220

/** Weights of shared entities when finding related releases. */
export const RELATED_WEIGHTS = { organisations: 3, officials: 2, topics: 1 } as const

/** Bumped whenever the cached index layout or anything that shapes index terms changes. */
export const INDEX_FORMAT_VERSION = 3

/** How many recent query leaves (words, phrases) keep their matches cached between keystrokes. */
export const LEAF_CACHE_SIZE = 48
