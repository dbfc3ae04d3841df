import { describe, expect, it } from 'vitest'
import FacetPanel from '../../../src/components/facets/FacetPanel.vue'
import { searchableWords } from '../../../src/core/ui/nameFilter.ts'
import type { FacetItem } from '../../../src/core/ui/facetItems.ts'
import { mountWithState } from '../search/support.ts'

const names: Record<string, string[]> = {
  'vusal-huseynov': ['Vusal Huseynov', 'Вусал Гусейнов'],
}
function items(n: number, selected: string[] = []): FacetItem[] {
  const list: FacetItem[] = [{ value: 'vusal-huseynov', label: 'Vusal Huseynov', count: 40, selected: selected.includes('vusal-huseynov') }]
  for (let i = 1; i < n; i++) list.push({ value: `o${i}`, label: `Official ${i}`, count: 40 - i, selected: selected.includes(`o${i}`) })
  return list
}
const wordsOf = (value: string) => searchableWords(names[value] ?? [value])

describe('FacetPanel', () => {
  it('renders each option as a checkbox with label, count and the test hooks', () => {
    const { wrapper } = mountWithState(FacetPanel, { props: { facet: 'officials', title: 'Official', items: items(3, ['o2']) } })
    const options = wrapper.findAll('[data-facet="officials"]')
    expect(options.map((o) => o.attributes('data-value'))).toEqual(['vusal-huseynov', 'o1', 'o2'])
    expect(options[0]?.text()).toContain('Vusal Huseynov')
    expect(options[0]?.find('[data-count]').text()).toBe('40')
    expect(options[2]?.find('input[type=checkbox]').element).toHaveProperty('checked', true)
    expect(wrapper.find('legend').text()).toBe('Official')
    expect(wrapper.find('.facet__filter').exists()).toBe(false)
  })

  it('emits the value when a checkbox changes', async () => {
    const { wrapper } = mountWithState(FacetPanel, { props: { facet: 'officials', title: 'Official', items: items(3) } })
    await wrapper.find('[data-value="o1"] input').setValue(true)
    expect(wrapper.findComponent(FacetPanel).emitted('toggle')).toEqual([['o1']])
  })

  it('shows 8 values of a long facet, then all with "show more", and fewer again', async () => {
    const { wrapper } = mountWithState(FacetPanel, { props: { facet: 'officials', title: 'Official', items: items(12) } })
    expect(wrapper.findAll('[data-facet]')).toHaveLength(8)
    const more = wrapper.find('.facet__more')
    expect(more.text()).toBe('Show all 12')
    expect(more.attributes('aria-expanded')).toBe('false')
    await more.trigger('click')
    expect(wrapper.findAll('[data-facet]')).toHaveLength(12)
    expect(wrapper.find('.facet__more').text()).toBe('Show fewer')
    await wrapper.find('.facet__more').trigger('click')
    expect(wrapper.findAll('[data-facet]')).toHaveLength(8)
  })

  it('keeps selected values visible beyond the first 8', () => {
    const selected = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', 'o8', 'o9']
    const list = items(12, selected).sort((a, b) => Number(b.selected) - Number(a.selected))
    const { wrapper } = mountWithState(FacetPanel, { props: { facet: 'officials', title: 'Official', items: list } })
    expect(wrapper.findAll('[data-facet] input:checked')).toHaveLength(9)
  })

  it('filters a long facet by names in another script', async () => {
    const { wrapper } = mountWithState(FacetPanel, { props: { facet: 'officials', title: 'Official', items: items(12), wordsOf } })
    const filter = wrapper.find('.facet__filter')
    expect(filter.attributes('type')).toBe('text')
    expect(filter.attributes('aria-label')).toBe('Filter the list: Official')
    await filter.setValue('Гусей')
    expect(wrapper.findAll('[data-facet]').map((o) => o.attributes('data-value'))).toEqual(['vusal-huseynov'])
    expect(wrapper.find('.facet__more').exists()).toBe(false)
    await filter.setValue('zzz')
    expect(wrapper.findAll('[data-facet]')).toHaveLength(0)
    expect(wrapper.find('.facet__none').text()).toContain('zzz')
  })
})
