import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import EntityView from '../../../src/views/EntityView.vue'
import type { SearchRequest } from '../../../src/core/search/types.ts'
import { hit, mountApp, response } from '../release/support.ts'

function client() {
  return {
    search: vi.fn(async (request: SearchRequest) =>
      response({
        total: 57,
        hits: [request.sort === 'oldest' ? hit('old', { date: '2017-02-03', title: { text: 'First meeting', ranges: [] } }) : hit('new', { date: '2026-05-06' })],
        facets: {
          officials: [
            { value: 'vusal-huseynov', count: 40, selected: false },
            { value: 'aynur-mammadova', count: 9, selected: false },
          ],
          organisations: [
            { value: 'iom', count: 57, selected: true },
            { value: 'cec', count: 3, selected: false },
          ],
          topics: [{ value: 'labour-migration', count: 12, selected: false }],
          type: [],
          lang: [],
        },
        histogram: { years: [{ key: '2023', count: 0 }, { key: '2024', count: 10 }, { key: '2025', count: 0 }, { key: '2026', count: 47 }], months: [] },
      }),
    ),
  }
}

describe('EntityView', () => {
  it('shows an organisation with counts, first and last appearance, timeline and companions', async () => {
    const fake = client()
    const { wrapper } = await mountApp(EntityView, { path: '/organisations/iom', props: { facet: 'organisations', id: 'iom' }, client: fake })
    await flushPromises()
    expect(wrapper.find('h1').text()).toBe('International Organization for Migration')
    expect(wrapper.text()).toContain('IOM')
    expect(fake.search.mock.calls.map(([r]) => r)).toEqual([
      { q: '', filters: { organisations: ['iom'] }, pageSize: 1, sort: 'newest', page: 1 },
      { q: '', filters: { organisations: ['iom'] }, pageSize: 1, sort: 'oldest', page: 1 },
    ])
    expect(wrapper.find('.entity__total .button').text()).toBe('See all 57 releases')
    expect(wrapper.find('.entity__total .button').attributes('href')).toBe('/?organisation=iom')
    expect(wrapper.find('[data-appearance="first"] a').attributes('href')).toBe('/releases/old')
    expect(wrapper.find('[data-appearance="last"] time').attributes('datetime')).toBe('2026-05-06')

    const years = wrapper.findAll('[data-year]')
    expect(years.map((y) => y.find('.visually-hidden').text())).toEqual(['2024: 10 releases', '2025: no releases', '2026: 47 releases'])
    expect(years.map((y) => y.find('.timeline__label').text())).toEqual(['2024', '2025', '2026'])
    expect(years[0]?.find('a').attributes('href')).toBe('/?organisation=iom&from=2024-01-01&to=2024-12-31')
    expect(years[1]?.find('a').exists()).toBe(false)

    const companions = wrapper.findAll('[data-companion]')
    expect(companions.map((a) => a.attributes('data-companion'))).toEqual(['officials', 'officials', 'topics'])
    expect(companions[0]?.element.textContent).toBe('Vusal Huseynov, shared releases: 40')
    expect(companions[0]?.attributes('href')).toBe('/?official=vusal-huseynov&organisation=iom')
  })

  it('searches within the entity', async () => {
    const { wrapper, router } = await mountApp(EntityView, { path: '/organisations/iom', props: { facet: 'organisations', id: 'iom' }, client: client() })
    await wrapper.find('form[role="search"] input').setValue('visa regime')
    await wrapper.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/?q=visa+regime&organisation=iom')
  })

  it('links its Atom feed in the document head while shown', async () => {
    const { wrapper } = await mountApp(EntityView, { path: '/officials/vusal-huseynov', props: { facet: 'officials', id: 'vusal-huseynov' }, client: client() })
    const link = document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]')
    expect(link?.getAttribute('href')).toBe('/feeds/officials/vusal-huseynov.xml')
    expect(link?.getAttribute('title')).toBe('Newest releases: Vusal Huseynov')
    expect(wrapper.find('.entity-facts').text()).toContain('Chief of the Service')
    expect(wrapper.find('.entity-facts a').attributes('href')).toBe('/organisations/sms')
    wrapper.unmount()
    expect(document.head.querySelector('link[type="application/atom+xml"]')).toBeNull()
  })

  it('says on the publisher\'s page that it publishes every release and is no partner', async () => {
    const fake = client()
    const { wrapper, corpus } = await mountApp(EntityView, { path: '/organisations/cec', props: { facet: 'organisations', id: 'cec' }, client: fake })
    expect(wrapper.find('[data-publisher]').exists()).toBe(false)
    const info = corpus.load.info!
    corpus.load = { ...corpus.load, info: { ...info, source: { ...info.source, institution: 'cec' } } }
    await flushPromises()
    expect(wrapper.find('[data-publisher]').text()).toContain('not listed as a partner organisation')
  })

  it('says when the entity does not exist', async () => {
    const { wrapper } = await mountApp(EntityView, { path: '/topics/none', props: { facet: 'topics', id: 'none' }, client: client() })
    expect(wrapper.find('[data-not-found]').text()).toContain('“none”')
    expect(wrapper.find('[data-not-found] a').attributes('href')).toBe('/topics')
  })
})
