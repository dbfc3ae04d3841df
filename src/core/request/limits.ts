/**
 * The one definition of a search request's defaults and limits, for every
 * surface that takes a search: the URL of the app, the widget's attributes,
 * the command line and the engine itself. The schema (`schema.ts`) reads these
 * and nothing else.
 *
 * @example
 * REQUEST_LIMITS.queryLength          // 500: longer text is cut and reported
 * PAGE_SIZES.widget                   // { default: 10, max: 50 }
 * fieldName('pageSize', 'cli')        // '--limit'
 */
import { FACETS, SORTS, type FacetName } from '../search/types.ts'

/** Limits every surface shares. */
export const REQUEST_LIMITS = {
  /** Characters (code points) of query text kept; the rest is cut and reported. */
  queryLength: 500,
  /** Query words and phrases searched; the engine drops the rest and reports it. */
  queryWords: 32,
  /** Values kept per facet; the rest are reported. */
  facetValues: 50,
  /** Highest page number accepted. */
  maxPage: 10_000,
  /** Orders a request may ask for; without one, relevance with text and newest without. */
  sorts: SORTS,
  /**
   * A range whose `to` is before its `from` is swapped (`from=2021&to=2019` means 2019 through
   * 2021) and reported: of dropping an end, swapping and refusing, swapping loses least.
   */
  reversedRange: 'swap',
} as const

/** Where a search comes from: the app's URL, a widget's attributes, or the command line. */
export const SURFACES = ['app', 'widget', 'cli'] as const
export type Surface = (typeof SURFACES)[number]

/** Hits per page, by surface: the default and the largest accepted (the smallest is 1). */
export const PAGE_SIZES: Readonly<Record<Surface, { readonly default: number; readonly max: number }>> = {
  app: { default: 20, max: 100 },
  widget: { default: 10, max: 50 },
  cli: { default: 10, max: 100 },
}

/** An id of an entity, release type or language as a filter value. */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,99}$/u

/** URL parameter (and widget attribute) for each facet: singular, comma-separated ids (`organisation=iom,unhcr`). */
export const FACET_PARAMS: Readonly<Record<FacetName, string>> = {
  officials: 'official',
  organisations: 'organisation',
  topics: 'topic',
  type: 'type',
  lang: 'lang',
}

/** A field of a request, named as the URL names it (`pageSize` has no URL parameter). */
export type RequestField = 'q' | 'from' | 'to' | 'sort' | 'page' | 'pageSize' | (typeof FACET_PARAMS)[FacetName]

/** The facet a field name filters, if it is a facet parameter. */
export const FACET_BY_PARAM: ReadonlyMap<string, FacetName> = new Map(FACETS.map((facet) => [FACET_PARAMS[facet], facet]))

const RENAMED: Record<Surface, Partial<Record<RequestField, string>>> = {
  app: {},
  widget: { q: 'query', pageSize: 'page-size' },
  cli: { q: 'QUERY', pageSize: 'limit' },
}

/**
 * What a surface calls a field, for the path of a problem: `page-size` on the
 * widget, `--limit` on the command line, `q` in the URL.
 */
export function fieldName(field: RequestField, surface: Surface): string {
  const name = RENAMED[surface][field] ?? field
  return surface === 'cli' && name !== 'QUERY' ? `--${name}` : name
}
