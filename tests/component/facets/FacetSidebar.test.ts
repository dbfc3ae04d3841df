import { describe, expect, it } from 'vitest'
import FacetSidebar from '../../../src/components/facets/FacetSidebar.vue'
import { mountWithState, response } from '../search/support.ts'

const answer = response({
  total: 30,
  facets: {
    officials: [{ value: 'vusal-huseynov', count: 12, selected: false }],
    organisations: [
      { value: 'unhcr', count: 4, selected: false },
      { value: 'iom', count: 9, selected: false },
      { value: 'cec', count: 4, selected: false },
    ],
    topics: [{ value: 'labour-migration', count: 3, selected: false }],
    type: [{ value: 'meeting', count: 20, selected: false }, { value: 'press-tour', count: 2, selected: false }],
    lang: [{ value: 'ru', count: 10, selected: false }],
  },
})

describe('FacetSidebar', () => {
  it('labels values from the corpus tables, i18n and Intl, sorted by count then label', () => {
    const { wrapper } = mountWithState(FacetSidebar, { response: answer })
    const labels = (facet: string) => wrapper.findAll(`[data-facet="${facet}"] .facet__label`).map((l) => l.text())
    expect(labels('organisations')).toEqual(['International Organization for Migration', 'Caspian European Club', 'UN Refugee Agency'])
    expect(labels('officials')).toEqual(['Vusal Huseynov'])
    expect(labels('topics')).toEqual(['Labour migration'])
    expect(labels('type')).toEqual(['Meeting', 'press-tour'])
    expect(labels('lang')).toEqual(['Russian'])
    expect(wrapper.findAll('legend').map((l) => l.text())).toEqual(['Date', 'Official', 'Partner organisation', 'Topic', 'Type', 'Language'])
  })

  it('adds a ticked value to the state and keeps other facets', async () => {
    const { wrapper, state } = mountWithState(FacetSidebar, { response: answer, state: { filters: { officials: [], organisations: [], topics: [], type: ['meeting'], lang: [] } } })
    await wrapper.find('[data-facet="organisations"][data-value="iom"] input').setValue(true)
    expect(state.value.filters.organisations).toEqual(['iom'])
    expect(state.value.filters.type).toEqual(['meeting'])
  })

  it('shows a selected value the engine did not list, so it can be unticked', async () => {
    const { wrapper, state } = mountWithState(FacetSidebar, {
      response: answer,
      state: { filters: { officials: [], organisations: [], topics: ['gone'], type: [], lang: [] } },
    })
    const option = wrapper.find('[data-facet="topics"][data-value="gone"]')
    expect(option.find('[data-count]').text()).toBe('0')
    await option.find('input').setValue(false)
    expect(state.value.filters.topics).toEqual([])
  })

  it('hides facets with no values', () => {
    const { wrapper } = mountWithState(FacetSidebar, { response: response() })
    expect(wrapper.findAll('[data-facet-panel]')).toHaveLength(0)
  })
})
