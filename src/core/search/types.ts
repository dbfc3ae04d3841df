/**
 * The search engine's request and response shapes, shared by the engine, the
 * worker protocol, the CLI and the UI.
 */
import type { Release } from '../corpus/types.ts'
import type { Problem } from '../problems.ts'

/** Facets offered over a corpus, in display order. */
export const FACETS = ['officials', 'organisations', 'topics', 'type', 'lang'] as const
export type FacetName = (typeof FACETS)[number]

export const SORTS = ['relevance', 'newest', 'oldest'] as const
export type SortOrder = (typeof SORTS)[number]

/**
 * What to look for: the engine's input, made only by the request schema
 * (`src/core/request/schema.ts`) from the URL's state, a widget's attributes or
 * the command line's flags.
 */
export type { SearchRequest } from '../request/request.ts'

/** A highlighted piece of text: the text and [start, end) ranges into it. */
export interface Highlighted {
  text: string
  ranges: Array<[number, number]>
}

/** One result. */
export interface Hit {
  id: string
  score: number
  date: string
  title: Highlighted
  snippet: Highlighted
  lang?: string
  type?: string
  officials: string[]
  organisations: string[]
  topics: string[]
  url?: string
}

/** One facet value with its count over the whole result set (disjunctive for its own facet). */
export interface FacetCount {
  value: string
  count: number
  /** True when this value is part of the request's filters. */
  selected: boolean
}

/** A histogram bucket: `YYYY` or `YYYY-MM` and its release count. */
export interface HistogramBucket {
  key: string
  count: number
}

/** The engine's answer to one SearchRequest. */
export interface SearchResponse {
  total: number
  page: number
  pageSize: number
  hits: Hit[]
  facets: Record<FacetName, FacetCount[]>
  /**
   * Release counts of the result set by year and by month, oldest first, covering every
   * month of the corpus. It respects the query and facet filters but ignores the
   * `from`/`to` range, so a chart used to pick a period keeps showing the whole span.
   */
  histogram: { years: HistogramBucket[]; months: HistogramBucket[] }
  /** Set when no release held every word and the engine fell back to any word. */
  fallback?: 'any-word'
  /**
   * Set when few releases held every word and releases with only some of the words
   * were added after them (relevance order): how many hold every word. `total`
   * counts both.
   */
  allWords?: number
  /** Query terms after parsing, for highlighting elsewhere (e.g. the release page). */
  terms: string[]
  /** Search keys to highlight (pass to `highlightRanges` / `bestSnippet`), prefix-matching for the word being typed. */
  highlight: Array<{ key: string; prefix: boolean }>
  /**
   * What the engine left out of the request, as coded problems the interface translates:
   * filter values this archive does not know (`filter.unknownId`), query words beyond the limit.
   */
  problems: Problem[]
  /** The sort actually applied (relevance falls back to newest without a query). */
  sort: SortOrder
  /** Full-text coverage: how many releases were searchable when this answer was made. */
  indexed: number
  /** Releases in the corpus; while it is still being read (`reading`), those read so far. */
  releases: number
  /** Set while the corpus is still being read: more releases are coming. */
  reading?: true
  tookMs: number
}

/** Release plus anything the engine knows about it, for release pages. */
export interface ReleaseDetail {
  release: Release
  related: Hit[]
}
