/**
 * Turns a validated request into a plan over one archive: the parsed query and
 * the facet values as the catalog's numbers. The request's fields were checked
 * by the schema (`src/core/request/schema.ts`) and are not checked again; what
 * depends on the archive or on the query language is decided here, and what
 * cannot be used becomes a coded problem: an id this archive does not know
 * (`filter.unknownId`), query words beyond the limit (`query.tooManyWords`).
 */
import { FACETS, type FacetName, type SortOrder } from './types.ts'
import type { Catalog } from './catalog.ts'
import { parseQuery, type ParsedQuery } from './query.ts'
import { dayNumber } from '../calendar/isoDate.ts'
import { FACET_PARAMS, REQUEST_LIMITS } from '../request/limits.ts'
import type { SearchRequest } from '../request/request.ts'
import { makeProblem, type Problem } from '../problems.ts'

/** A request the engine can run. */
export interface SearchPlan {
  query: ParsedQuery
  /** Selected value numbers per facet (only facets with at least one known value). */
  filters: Map<FacetName, number[]>
  /** Inclusive `YYYYMMDD` bounds, or undefined for open. */
  fromDay?: number
  toDay?: number
  sort: SortOrder
  /** Requested page (1-based), clamped once the total is known. */
  page: number
  pageSize: number
  /** Parts of the request this archive or the query language could not use. */
  problems: Problem[]
}

/** Builds the plan for a validated request; never throws. */
export function planRequest(request: SearchRequest, catalog: Catalog, options: { stopwords?: boolean } = {}): SearchPlan {
  const problems: Problem[] = []
  const query = parseQuery(request.q, options)
  if (query.truncated) problems.push(makeProblem('q', 'query.tooManyWords', { max: REQUEST_LIMITS.queryWords }, 'warning', 'value'))

  const filters = new Map<FacetName, number[]>()
  for (const facet of FACETS) {
    const values = request.filters[facet]
    if (!values) continue
    const table = catalog.facets[facet]
    const picked: number[] = []
    for (const value of values) {
      const v = table.valueIndex.get(value)
      if (v === undefined) problems.push(makeProblem(FACET_PARAMS[facet], 'filter.unknownId', { value }, 'warning', 'value'))
      else if (!picked.includes(v)) picked.push(v)
    }
    if (picked.length > 0) filters.set(facet, picked)
  }

  // Relevance needs words to rank by: a query of operators alone ("-covid") is listed newest first.
  const sort: SortOrder = request.sort === 'relevance' && query.must.length === 0 ? 'newest' : request.sort
  const plan: SearchPlan = { query, filters, sort, page: request.page, pageSize: request.pageSize, problems }
  if (request.from !== undefined) plan.fromDay = dayNumber(request.from)
  if (request.to !== undefined) plan.toDay = dayNumber(request.to)
  return plan
}
