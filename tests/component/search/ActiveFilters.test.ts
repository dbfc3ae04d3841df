import { describe, expect, it } from 'vitest'
import ActiveFilters from '../../../src/components/search/ActiveFilters.vue'
import { dateFormatsReady } from '../../../src/composables/useFormat.ts'
import { mountWithState } from './support.ts'

const filters = { officials: [], organisations: ['iom'], topics: [], type: ['meeting'], lang: [] }

describe('ActiveFilters', () => {
  it('shows nothing without filters', () => {
    const { wrapper } = mountWithState(ActiveFilters)
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('shows a removable chip for the text, each value and the range', async () => {
    await dateFormatsReady
    const { wrapper } = mountWithState(ActiveFilters, { state: { q: 'visa', filters, from: '2020-01-01', to: '2020-12-31' } })
    const chips = wrapper.findAll('[data-chip]')
    expect(chips.map((c) => c.attributes('data-chip'))).toEqual(['q', 'organisations:iom', 'type:meeting', 'range', 'clear-all'])
    const accessibleName = (i: number) => chips[i]?.findAll('span:not([aria-hidden])').map((s) => s.text()).join(' ')
    expect(accessibleName(1)).toBe('Remove filter: International Organization for Migration')
    expect(accessibleName(0)).toBe('Remove filter: “visa”')
    expect(chips[3]?.text()).toContain('1 January 2020 – 31 December 2020')
  })

  it('removes one filter, keeping the rest', async () => {
    const { wrapper, state } = mountWithState(ActiveFilters, { state: { q: 'visa', filters, from: '2020-01-01' } })
    await wrapper.find('[data-chip="organisations:iom"]').trigger('click')
    expect(state.value.filters.organisations).toEqual([])
    expect(state.value.filters.type).toEqual(['meeting'])
    expect(state.value.q).toBe('visa')
    await wrapper.find('[data-chip="range"]').trigger('click')
    expect(state.value.from).toBeUndefined()
  })

  it('clears everything but the sort order', async () => {
    const { wrapper, state } = mountWithState(ActiveFilters, { state: { q: 'visa', filters, to: '2021-05-01', sort: 'oldest', page: 3 } })
    await wrapper.find('[data-chip="clear-all"]').trigger('click')
    expect(state.value).toEqual({ q: '', filters: { officials: [], organisations: [], topics: [], type: [], lang: [] }, from: undefined, to: undefined, sort: 'oldest', page: 1 })
  })
})
