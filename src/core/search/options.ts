/**
 * The one definition of how Pressroom indexes and ranks: field weights, BM25
 * parameters, typo and prefix rules, page sizes and limits. The index builder,
 * the query planner, the serialiser and the CLI all read these constants.
 */

/** Weights of the indexed fields (BM25F): a word in a title counts three times a word in the body. */
export const FIELD_WEIGHTS = {
  title: 3,
  /** Names and aliases of the release's officials, organisations and topics. */
  entities: 2,
  /** Body, summary and place. */
  body: 1,
} as const

/** BM25+ parameters (the same defaults MiniSearch uses). */
export const BM25 = { k1: 1.2, b: 0.7, d: 0.5 } as const

/**
 * How query words are matched against the index. Words whose key has at least
 * `FUZZY_MIN_LENGTH` (text module, shared with highlighting) characters tolerate one typo.
 */
export const MATCHING = {
  /** Score factor of a term reached by typo tolerance. */
  fuzzyWeight: 0.45,
  /** Score factor of a term reached by prefix expansion (times typed length / term length). */
  prefixWeight: 0.6,
  /**
   * Prefixes up to this long (the first keystrokes of a word) match through a
   * precomputed set of releases, with a flat score, instead of expanding to every term.
   */
  shortPrefix: 2,
  /** Score of a release reached only through a short prefix. */
  shortPrefixScore: 0.1,
  /** Query leaves (words and phrase words) beyond this are dropped; the response says so. */
  maxTerms: 32,
  /** Query text beyond this many characters is ignored. */
  maxQueryLength: 2000,
  /** Parenthesised groups nest at most this deep; deeper brackets are read as plain text. */
  maxGroupDepth: 4,
} as const

/** Paging defaults and bounds. */
export const PAGING = { pageSize: 20, maxPageSize: 100 } as const

/** Snippet length in characters. */
export const SNIPPET_LENGTH = 220

/** Weights of shared entities when finding related releases. */
export const RELATED_WEIGHTS = { organisations: 3, officials: 2, topics: 1 } as const

/** Bumped whenever the serialised index layout or anything that shapes index terms changes. */
export const INDEX_FORMAT_VERSION = 1

/** How many recent query leaves (words, phrases) keep their matches cached between keystrokes. */
export const LEAF_CACHE_SIZE = 48
