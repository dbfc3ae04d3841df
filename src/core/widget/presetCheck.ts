/**
 * A widget's preset against the archive it shows. A preset id the archive
 * does not know must never widen the search: the widget fails closed. Unknown
 * values are named (one problem each); the known values of a facet still
 * apply; a preset facet with no known value left matches no release at all.
 *
 * @example
 * checkPreset({ organisations: ['iom', 'nope'], … }, known)
 * // → filters.organisations = ['iom'], matchesNothing = false,
 * //   problems = [{ path: 'organisation', code: 'preset.unknownId', params: { value: 'nope' }, severity: 'error' }]
 */
import { makeProblem, type Problem } from '../problems.ts'
import { FACETS, type FacetName } from '../search/types.ts'
import { FACET_PARAMS } from '../request/limits.ts'

/** An unknown preset id (`preset.unknownId`); the path is the attribute (or `/embed` parameter) at fault. */
export type PresetProblem = Problem

/** The values each facet can take in one archive (entity ids, release types, languages). */
export type KnownValues = Record<FacetName, ReadonlySet<string>>

export interface CheckedPreset {
  /** The preset's values that the archive knows, per facet. */
  filters: Record<FacetName, string[]>
  /** True when a preset facet has no known value left, so no release can match. */
  matchesNothing: boolean
  problems: PresetProblem[]
}

/** Builds KnownValues from an archive's tables and the types and languages its releases use. */
export function knownValues(tables: Record<FacetName, Iterable<string>>): KnownValues {
  const known = {} as Record<FacetName, ReadonlySet<string>>
  for (const facet of FACETS) known[facet] = new Set(tables[facet])
  return known
}

/** Splits a preset into what the archive knows and what it does not; never throws. */
export function checkPreset(preset: Partial<Record<FacetName, readonly string[]>>, known: KnownValues): CheckedPreset {
  const filters = { officials: [], organisations: [], topics: [], type: [], lang: [] } as Record<FacetName, string[]>
  const problems: PresetProblem[] = []
  let matchesNothing = false
  for (const facet of FACETS) {
    const values = preset[facet] ?? []
    if (values.length === 0) continue
    const attribute = FACET_PARAMS[facet]
    for (const value of values) {
      if (known[facet].has(value)) filters[facet].push(value)
      else problems.push(makeProblem(attribute, 'preset.unknownId', { value }))
    }
    if (filters[facet].length === 0) matchesNothing = true
  }
  return { filters, matchesNothing, problems }
}
