import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import EntityIndexView from '../../../src/views/EntityIndexView.vue'
import { mountApp, response } from '../release/support.ts'

function client() {
  return {
    search: vi.fn(async () =>
      response({
        total: 120,
        facets: {
          officials: [],
          organisations: [
            { value: 'iom', count: 57, selected: false },
            { value: 'cec', count: 3, selected: false },
          ],
          topics: [],
          type: [],
          lang: [],
        },
      }),
    ),
  }
}

describe('EntityIndexView', () => {
  it('lists every organisation by letter with its release count and a letter bar', async () => {
    const { wrapper } = await mountApp(EntityIndexView, { path: '/organisations', props: { facet: 'organisations' }, client: client() })
    await flushPromises()
    expect(wrapper.find('h1').text()).toBe('Organisations')
    expect(wrapper.findAll('.letter-bar a').map((a) => a.text())).toEqual(['C', 'I', 'S'])
    expect(wrapper.findAll('.index-groups h2').map((h) => h.text())).toEqual(['C', 'I', 'S'])
    const iom = wrapper.find('[data-entity-id="iom"]')
    expect(iom.find('a').attributes('href')).toBe('/organisations/iom')
    expect(iom.text()).toContain('57 releases')
    expect(wrapper.find('[data-entity-id="sms"]').text()).toContain('no releases')
  })

  it('filters by name or alias in any script and says how many are shown', async () => {
    const { wrapper } = await mountApp(EntityIndexView, { path: '/organisations', props: { facet: 'organisations' }, client: client() })
    await wrapper.find('.entity-index__filter input').setValue('мом')
    expect(wrapper.findAll('[data-entity-id]').map((e) => e.attributes('data-entity-id'))).toEqual(['iom'])
    expect(wrapper.find('[role="status"]').text()).toBe('Showing 1 of 3')
    await wrapper.find('.entity-index__filter input').setValue('zzz')
    expect(wrapper.find('[role="status"]').text()).toBe('No names match “zzz”.')
  })

  it('groups organisations by kind', async () => {
    const { wrapper } = await mountApp(EntityIndexView, { path: '/organisations', props: { facet: 'organisations' }, client: client() })
    await wrapper.find('input[value="kind"]').setValue(true)
    expect(wrapper.findAll('.index-groups h2').map((h) => h.text())).toEqual(['The service itself', 'International organisations', 'Business'])
    expect(wrapper.find('.letter-bar').exists()).toBe(false)
  })

  it('shows topic names in the interface language', async () => {
    const { wrapper } = await mountApp(EntityIndexView, { path: '/topics', props: { facet: 'topics' }, client: client(), lang: 'az' })
    expect(wrapper.find('[data-entity-id="labour-migration"] a').text()).toBe('Əmək miqrasiyası')
    expect(wrapper.find('h1').text()).toBe('Mövzular')
  })
})
