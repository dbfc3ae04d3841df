/** The answer of a search that cannot match anything, given without asking the engine. */
import type { SearchResponse } from '../core/search/types.ts'

/** No hits, no facet values, no histogram; `releases` is the archive's size. */
export function emptyResponse(pageSize: number, releases: number): SearchResponse {
  return {
    total: 0,
    page: 1,
    pageSize,
    hits: [],
    facets: { officials: [], organisations: [], topics: [], type: [], lang: [] },
    histogram: { years: [], months: [] },
    terms: [],
    highlight: [],
    problems: [],
    sort: 'newest',
    indexed: releases,
    releases,
    tookMs: 0,
  }
}
