import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import FacetSidebar from '../../../src/components/facets/FacetSidebar.vue'
import { mountWithState, response, type MountOptions } from '../search/support.ts'

/** The sidebar once it has set up every panel (one a task after the first paint). */
async function mountSidebar(options: MountOptions) {
  const mounted = mountWithState(FacetSidebar, options)
  await vi.waitFor(() => expect(mounted.wrapper.find('.facet-sidebar').attributes('aria-busy')).toBe('false'))
  return mounted
}

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
  it('labels values from the corpus tables, i18n and Intl, sorted by count then label', async () => {
    const { wrapper } = await mountSidebar({ response: answer })
    const labels = (facet: string) => wrapper.findAll(`[data-facet="${facet}"] .facet__label`).map((l) => l.text())
    expect(labels('organisations')).toEqual(['International Organization for Migration', 'Caspian European Club', 'UN Refugee Agency'])
    expect(labels('officials')).toEqual(['Vusal Huseynov'])
    expect(labels('topics')).toEqual(['Labour migration'])
    expect(labels('type')).toEqual(['Meeting', 'press-tour'])
    expect(labels('lang')).toEqual(['Russian'])
    expect(wrapper.findAll('legend').map((l) => l.text())).toEqual(['Date', 'Official', 'Partner organisation', 'Topic', 'Type', 'Language'])
  })

  it('adds a ticked value to the state and keeps other facets', async () => {
    const { wrapper, state } = await mountSidebar({ response: answer, state: { filters: { officials: [], organisations: [], topics: [], type: ['meeting'], lang: [] } } })
    await wrapper.find('[data-facet="organisations"][data-value="iom"] input').setValue(true)
    expect(state.value.filters.organisations).toEqual(['iom'])
    expect(state.value.filters.type).toEqual(['meeting'])
  })

  it('shows a selected value the engine did not list, so it can be unticked', async () => {
    const { wrapper, state } = await mountSidebar({
      response: answer,
      state: { filters: { officials: [], organisations: [], topics: ['gone'], type: [], lang: [] } },
    })
    const option = wrapper.find('[data-facet="topics"][data-value="gone"]')
    expect(option.find('[data-count]').text()).toBe('0')
    await option.find('input').setValue(false)
    expect(state.value.filters.topics).toEqual([])
  })

  it('hides facets the archive has no values for, and keeps the others\' panels when an answer lists none', async () => {
    const { wrapper } = await mountSidebar({ response: response(), info: { topics: [], types: [] } })
    expect(wrapper.findAll('[data-facet-panel]').map((p) => p.attributes('data-facet-panel'))).toEqual(['officials', 'organisations', 'lang'])
    expect(wrapper.find('[data-facet-panel="officials"] .facet__none').text()).toBe('None in these results.')
  })
})

describe('FacetSidebar rendering', () => {
  it('patches a facet list for a new answer: rows stay, a value that keeps its place keeps its option', async () => {
    const { wrapper, answer: shown } = await mountSidebar({ response: answer })
    const rows = () => wrapper.findAll('[data-facet-panel="organisations"] li').map((r) => r.element)
    const option = (value: string) => wrapper.find(`[data-facet="organisations"][data-value="${value}"]`)
    const rowsBefore = rows()
    const iom = option('iom').element
    const cec = option('cec').element
    shown.value = response({
      total: 12,
      facets: {
        ...answer.facets,
        organisations: [
          { value: 'iom', count: 5, selected: false },
          { value: 'unhcr', count: 4, selected: false },
          { value: 'cec', count: 1, selected: false },
        ],
      },
    })
    await nextTick()
    expect(wrapper.findAll('[data-facet="organisations"]').map((o) => o.attributes('data-value'))).toEqual(['iom', 'unhcr', 'cec'])
    rowsBefore.forEach((row, place) => expect(rows()[place]).toBe(row))
    expect(option('iom').element).toBe(iom)
    expect(option('iom').find('[data-count]').text()).toBe('5')
    expect(option('cec').element).not.toBe(cec)
  })

  it('keeps the focus on a ticked checkbox when its option moves up the list', async () => {
    const { wrapper, answer: shown } = await mountSidebar({ response: answer, attachTo: document.body })
    const box = () => wrapper.find('[data-facet="organisations"][data-value="unhcr"] input')
    ;(box().element as HTMLInputElement).focus()
    await box().setValue(true)
    const organisations = answer.facets.organisations.map((c) => ({ ...c, selected: c.value === 'unhcr' }))
    shown.value = response({ total: 4, facets: { ...answer.facets, organisations } })
    await nextTick()
    expect(wrapper.findAll('[data-facet="organisations"]').map((o) => o.attributes('data-value'))[0]).toBe('unhcr')
    expect(document.activeElement).toBe(box().element)
    wrapper.unmount()
  })

  it('renders the panels of the first answer after its hits are painted, keeping their room until then', async () => {
    const { wrapper, answer: shown } = mountWithState(FacetSidebar)
    expect(wrapper.find('.facet-sidebar--loading').exists()).toBe(true)
    shown.value = answer
    await nextTick()
    expect(wrapper.findAll('[data-facet-panel]')).toHaveLength(0)
    await vi.waitFor(() => expect(wrapper.findAll('[data-facet-panel]')).toHaveLength(5))
    expect(wrapper.find('.facet-sidebar--loading').exists()).toBe(false)
  })
})
