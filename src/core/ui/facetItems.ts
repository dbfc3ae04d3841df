/**
 * The fixed item shape facet panels render, and its default order
 * (InstantSearch's: selected first, then count descending, then label).
 */
import type { FacetCount } from '../search/types.ts'

/** One option of a facet panel. */
export interface FacetItem {
  /** The value put in the URL and the request (an entity id, a type, a language code). */
  value: string
  /** What people read: an entity name, a translated type, a language name. */
  label: string
  /** Releases of the result set with this value (disjunctive within its own facet). */
  count: number
  selected: boolean
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Default facet order: selected first, then count descending, then label ascending (then value, for a total order). */
export function compareFacetItems(a: FacetItem, b: FacetItem): number {
  return (
    Number(b.selected) - Number(a.selected) ||
    b.count - a.count ||
    collator.compare(a.label, b.label) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  )
}

/**
 * Facet items from the engine's counts, labelled and sorted.
 *
 * @example
 * facetItems([{ value: 'iom', count: 3, selected: false }], (id) => names[id] ?? id)
 * // [{ value: 'iom', label: 'International Organization for Migration', count: 3, selected: false }]
 */
export function facetItems(counts: readonly FacetCount[], label: (value: string) => string): FacetItem[] {
  return counts.map((c) => ({ value: c.value, label: label(c.value), count: c.count, selected: c.selected })).sort(compareFacetItems)
}

/**
 * Items with every selected value present: a value selected in the URL that the
 * engine did not list (e.g. unknown to this corpus) still gets an item to untick.
 */
export function withSelected(items: readonly FacetItem[], selected: readonly string[], label: (value: string) => string): FacetItem[] {
  const listed = new Set(items.map((i) => i.value))
  const missing = selected.filter((v) => !listed.has(v)).map((v) => ({ value: v, label: label(v), count: 0, selected: true }))
  return missing.length === 0 ? [...items] : [...items, ...missing].sort(compareFacetItems)
}
