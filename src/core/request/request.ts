/**
 * The validated search request: the only input the engine takes. It is made
 * by `validateSearchRequest` (`schema.ts`), which every surface calls once, and
 * narrowed by a widget's preset with `withPreset`; an object literal, or a
 * request spread and changed, is not one, so the type checker refuses it where
 * a validated request is required.
 *
 * @example
 * const { request } = validateSearchRequest({ q: 'iom', filters: { type: 'meeting' } })
 * engine.search(request)                 // ok
 * engine.search({ q: 'iom', filters: {} }) // type error: not validated
 */
import type { FacetName, SortOrder } from '../search/types.ts'

/** The fields of a validated request; every value already follows `REQUEST_LIMITS`. */
export interface SearchRequestFields {
  /** Free text in the query language (words, "phrases", -exclusions, OR); at most `queryLength` characters. Empty = browse. */
  readonly q: string
  /** Selected ids per facet (only facets with values); values in one facet combine with OR, facets with AND. */
  readonly filters: Readonly<Partial<Record<FacetName, readonly string[]>>>
  /** Inclusive ISO days `YYYY-MM-DD`, in order; either may be absent. */
  readonly from?: string
  readonly to?: string
  /** The order asked for (the default one filled in: relevance with text, newest without). */
  readonly sort: SortOrder
  /** 1-based page number, at most `maxPage`; the engine clamps it to the last page. */
  readonly page: number
  /** Hits per page, within the surface's bounds. */
  readonly pageSize: number
}

/**
 * A request that passed the schema. Its private member makes the type nominal:
 * no object literal or spread copy is one, and only `src/core/request` may call
 * the constructor (a lint rule). It crosses to the worker as a plain object,
 * which the worker protocol declares as this type.
 */
export class SearchRequest implements SearchRequestFields {
  /** Type-only (no runtime field): what makes the type nominal. */
  private declare readonly validated: true
  readonly q: string
  readonly filters: Readonly<Partial<Record<FacetName, readonly string[]>>>
  // Declared only: an open end is no property at all (not one holding undefined).
  declare readonly from?: string
  declare readonly to?: string
  readonly sort: SortOrder
  readonly page: number
  readonly pageSize: number

  /** Only `schema.ts` and `withPreset` call this, with values that follow the rules. */
  constructor(fields: SearchRequestFields) {
    this.q = fields.q
    this.filters = fields.filters
    if (fields.from !== undefined) this.from = fields.from
    if (fields.to !== undefined) this.to = fields.to
    this.sort = fields.sort
    this.page = fields.page
    this.pageSize = fields.pageSize
  }
}

/** What always applies to a widget's searches: preset filters and a period, both read by the schema. */
export interface Preset {
  filters: Partial<Record<FacetName, readonly string[]>>
  period?: { from?: string; to?: string }
}

/**
 * Adds a preset to a request. Preset facets are not offered to the reader, so
 * adding their values narrows (AND). A reader's dates narrow the preset period;
 * dates outside it are ignored rather than widening it.
 *
 * @example
 * withPreset(request, { filters: { organisations: ['iom'] }, period: { from: '2019-01-01' } })
 */
export function withPreset(request: SearchRequest, preset: Preset | undefined): SearchRequest {
  if (!preset) return request
  const filters: Partial<Record<FacetName, readonly string[]>> = { ...request.filters }
  for (const [facet, values] of Object.entries(preset.filters) as Array<[FacetName, readonly string[]]>) {
    if (values.length > 0) filters[facet] = [...new Set([...(filters[facet] ?? []), ...values])]
  }
  const { from: presetFrom, to: presetTo } = preset.period ?? {}
  let from = [request.from, presetFrom].filter(Boolean).sort().at(-1)
  let to = [request.to, presetTo].filter(Boolean).sort().at(0)
  if (from && to && from > to) [from, to] = [presetFrom, presetTo]
  return new SearchRequest({
    q: request.q,
    filters,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    sort: request.sort,
    page: request.page,
    pageSize: request.pageSize,
  })
}
