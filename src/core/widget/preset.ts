/** A widget's preset: what always applies to its searches, merged into each request. */
import type { FacetName, SearchRequest } from '../search/types.ts'

/** What always applies to a widget's searches: preset filters and a period. */
export interface Preset {
  filters: Partial<Record<FacetName, readonly string[]>>
  period?: { from?: string; to?: string }
}

/**
 * Adds a preset to a request. Preset facets are not offered to the reader, so
 * adding their values narrows (AND). A reader's dates narrow the preset period;
 * dates outside it are ignored rather than widening it.
 */
export function withPreset(request: SearchRequest, preset: Preset | undefined): SearchRequest {
  if (!preset) return request
  const filters = { ...request.filters }
  for (const [facet, values] of Object.entries(preset.filters) as Array<[FacetName, readonly string[]]>) {
    if (values.length > 0) filters[facet] = [...new Set([...(filters[facet] ?? []), ...values])]
  }
  const { from: presetFrom, to: presetTo } = preset.period ?? {}
  let from = [request.from, presetFrom].filter(Boolean).sort().at(-1)
  let to = [request.to, presetTo].filter(Boolean).sort().at(0)
  if (from && to && from > to) [from, to] = [presetFrom, presetTo]
  const { from: _from, to: _to, ...rest } = request
  return { ...rest, filters, ...(from ? { from } : {}), ...(to ? { to } : {}) }
}
