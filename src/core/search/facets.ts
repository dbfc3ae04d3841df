/**
 * Facet counts and the date histogram of a result set, InstantSearch style:
 * values within a facet combine with OR, facets with AND, and a facet with a
 * selection is counted as if its own selection were not applied (disjunctive),
 * so people see what else they could add.
 */
import type { Catalog, DateBucket, FacetTable } from './catalog.ts'
import { countRange, emptySet, type Bitset } from './bitset.ts'
import { FACETS, type FacetCount, type FacetName, type HistogramBucket } from './types.ts'

/** The releases carrying any of `values` of a facet. */
export function facetFilterSet(table: FacetTable, values: readonly number[], size: number): Bitset {
  const set = emptySet(size)
  for (const v of values) {
    const list = table.postings[v]
    if (!list) continue
    for (let i = 0; i < list.length; i++) {
      const doc = list[i] as number
      set[doc >>> 5] = (set[doc >>> 5] as number) | (1 << (doc & 31))
    }
  }
  return set
}

/**
 * Adds to `counts` (indexed by catalog-wide value number) one for every value of
 * every release in `set`; with `only`, counts that facet's values alone.
 * One pass over the set: cost follows the result size times values per release.
 */
export function countValues(catalog: Catalog, set: Bitset, counts: Uint32Array, only?: FacetTable): void {
  const start = only ? only.start : catalog.start
  const refs = only ? only.refs : catalog.refs
  const offset = only ? only.offset : 0
  for (let w = 0; w < set.length; w++) {
    let x = set[w] as number
    while (x !== 0) {
      const low = x & -x
      const doc = (w << 5) | (31 - Math.clz32(low))
      x ^= low
      const end = start[doc + 1] as number
      for (let r = start[doc] as number; r < end; r++) {
        const v = offset + (refs[r] as number)
        counts[v] = (counts[v] as number) + 1
      }
    }
  }
}

/**
 * Facet counts for a response. `counts` holds catalog-wide value counts, already
 * disjunctive for selected facets. Lists values with a count or a selection:
 * selected first, then by count (descending), then by label.
 */
export function facetLists(catalog: Catalog, counts: Uint32Array, selected: ReadonlyMap<FacetName, readonly number[]>): Record<FacetName, FacetCount[]> {
  const out = {} as Record<FacetName, FacetCount[]>
  for (const name of FACETS) {
    const table = catalog.facets[name]
    const chosen = selected.get(name) ?? []
    const entries: Array<{ v: number; count: number; selected: boolean }> = []
    for (let v = 0; v < table.values.length; v++) {
      const count = counts[table.offset + v] as number
      const isSelected = chosen.includes(v)
      if (count > 0 || isSelected) entries.push({ v, count, selected: isSelected })
    }
    entries.sort(
      (a, b) =>
        Number(b.selected) - Number(a.selected) || b.count - a.count || (table.labelRank[a.v] as number) - (table.labelRank[b.v] as number),
    )
    out[name] = entries.map((e) => ({ value: table.values[e.v] as string, count: e.count, selected: e.selected }))
  }
  return out
}

/** Counts of a set per date bucket, oldest first. */
export function bucketCounts(buckets: readonly DateBucket[], set: Bitset): HistogramBucket[] {
  return buckets.map((bucket) => ({ key: bucket.key, count: countRange(set, bucket.from, bucket.to) }))
}
