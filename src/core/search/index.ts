/**
 * Pressroom's search engine: parsing, full-text index, facets, histogram,
 * related releases and suggestions. See README.md in this folder for the design.
 */
export { ENGINE_VERSION, SearchEngine } from './engine.ts'
export { parseQuery, type HighlightTerm, type ParsedQuery, type QueryNode } from './query.ts'
export type { Suggestion } from './suggest.ts'
export { FIELD_BOOSTS, BM25, MATCHING, RANKING, MINISEARCH_OPTIONS, SNIPPET_LENGTH, RELATED_WEIGHTS } from './options.ts'
export * from './types.ts'
