import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compareFacetItems, facetItems, withSelected, type FacetItem } from '../../../src/core/ui/facetItems.ts'

const names: Record<string, string> = { iom: 'International Organization for Migration', unhcr: 'UNHCR', cec: 'Caspian European Club', eu: 'European Union' }
const label = (value: string) => names[value] ?? value

describe('facetItems', () => {
  it('labels the counts and puts selected first, then count descending, then label', () => {
    const items = facetItems(
      [
        { value: 'unhcr', count: 5, selected: false },
        { value: 'eu', count: 9, selected: false },
        { value: 'cec', count: 5, selected: false },
        { value: 'iom', count: 1, selected: true },
      ],
      label,
    )
    expect(items.map((i) => i.value)).toEqual(['iom', 'eu', 'cec', 'unhcr'])
    expect(items[0]).toEqual({ value: 'iom', label: 'International Organization for Migration', count: 1, selected: true })
  })

  it('orders labels regardless of case and script order consistently', () => {
    const items = facetItems(
      [
        { value: 'b', count: 2, selected: false },
        { value: 'a', count: 2, selected: false },
      ],
      (v) => (v === 'a' ? 'zeta' : 'Alpha'),
    )
    expect(items.map((i) => i.label)).toEqual(['Alpha', 'zeta'])
  })

  it('is a total order: any permutation sorts to the same list', () => {
    const item = fc.record({ value: fc.string({ minLength: 1, maxLength: 4 }), label: fc.string({ maxLength: 4 }), count: fc.nat(20), selected: fc.boolean() })
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (i) => i.value, maxLength: 30 }), (items: FacetItem[]) => {
        const sorted = [...items].sort(compareFacetItems)
        const again = [...items].reverse().sort(compareFacetItems)
        expect(again).toEqual(sorted)
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1] as FacetItem
          const b = sorted[i] as FacetItem
          expect(Number(a.selected)).toBeGreaterThanOrEqual(Number(b.selected))
          if (a.selected === b.selected) expect(a.count).toBeGreaterThanOrEqual(b.count)
        }
      }),
    )
  })
})

describe('withSelected', () => {
  it('adds a selected value the engine did not list, with count 0', () => {
    const items = withSelected([{ value: 'eu', label: 'European Union', count: 4, selected: false }], ['gone'], label)
    expect(items).toEqual([
      { value: 'gone', label: 'gone', count: 0, selected: true },
      { value: 'eu', label: 'European Union', count: 4, selected: false },
    ])
  })

  it('leaves listed values alone', () => {
    const items = [{ value: 'eu', label: 'European Union', count: 4, selected: true }]
    expect(withSelected(items, ['eu'], label)).toEqual(items)
  })
})
