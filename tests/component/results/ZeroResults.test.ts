import { describe, expect, it } from 'vitest'
import ZeroResults from '../../../src/components/results/ZeroResults.vue'
import { mountWithState } from '../search/support.ts'

describe('ZeroResults', () => {
  it('lists the active filters to remove and offers clear all', async () => {
    const filters = { officials: [], organisations: ['cec'], topics: [], type: [], lang: [] }
    const { wrapper, state } = mountWithState(ZeroResults, { state: { filters } })
    expect(wrapper.text()).toContain('No releases match')
    expect(wrapper.find('[data-chip="organisations:cec"]').text()).toContain('Caspian European Club')
    await wrapper.find('[data-chip="clear-all"]').trigger('click')
    expect(state.value.filters.organisations).toEqual([])
  })

  it('gives tips without filters', () => {
    const { wrapper } = mountWithState(ZeroResults)
    expect(wrapper.text()).toContain('Check the spelling')
    expect(wrapper.find('[data-chip]').exists()).toBe(false)
  })
})

describe('ZeroResults in an empty archive', () => {
  it('says the archive has no releases instead of giving spelling tips', () => {
    const { wrapper } = mountWithState(ZeroResults, { info: { releaseCount: 0 } })
    expect(wrapper.find('[data-zero-results="empty-archive"]').text()).toContain('This archive has no releases')
    expect(wrapper.text()).not.toContain('Check the spelling')
  })
})
