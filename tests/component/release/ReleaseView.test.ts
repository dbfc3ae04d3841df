import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ReleaseView from '../../../src/views/ReleaseView.vue'
import type { Release } from '../../../src/core/corpus/types.ts'
import type { SearchRequest } from '../../../src/core/search/types.ts'
import { hit, mountApp, response } from './support.ts'

const release: Release = {
  id: '42',
  date: '2021-03-04',
  lang: 'en',
  title: 'Chief met the IOM mission on labour migration',
  body: 'The Chief received the <b>IOM</b> delegation.\n\nThey discussed labour migration and\nreturn programmes.',
  officials: ['vusal-huseynov'],
  organisations: ['iom'],
  topics: ['labour-migration'],
  type: 'meeting',
  url: 'javascript:alert(1)',
  translations: { az: '43', ru: '44' },
}

function client(hitsByPage: Record<number, string[]>, total: number) {
  const search = vi.fn(async (request: SearchRequest) =>
    response({ total, page: request.page ?? 1, pageSize: 20, hits: (hitsByPage[request.page ?? 1] ?? []).map((id) => hit(id, { title: { text: `Title ${id}`, ranges: [] } })) }),
  )
  const releaseCall = vi.fn(async (id: string) => (id === release.id ? { release, related: [hit('7')] } : null))
  return { search, release: releaseCall }
}

describe('ReleaseView', () => {
  it('shows the release with paragraphs, linked entities, translations and a citation', async () => {
    const { wrapper } = await mountApp(ReleaseView, { path: '/releases/42', client: client({}, 0) })
    const article = wrapper.find('article[data-release-id="42"]')
    expect(article.find('h1').text()).toBe(release.title)
    expect(article.findAll('.release-body p').map((p) => p.text())).toEqual([
      'The Chief received the <b>IOM</b> delegation.',
      'They discussed labour migration and\nreturn programmes.',
    ])
    expect(wrapper.find('b').exists()).toBe(false)
    const entities = wrapper.findAll('[data-entity]').map((a) => [a.text(), a.attributes('href')])
    expect(entities).toEqual([
      ['Vusal Huseynov', '/officials/vusal-huseynov'],
      ['International Organization for Migration', '/organisations/iom'],
      ['Labour migration', '/topics/labour-migration'],
    ])
    expect(wrapper.findAll('[hreflang]').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Azerbaijani', '/releases/43'],
      ['Russian', '/releases/44'],
    ])
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false)
    expect(wrapper.find('[data-citation="apa"]').text()).toContain('State Migration Service. (2021, March 4). Chief met the IOM mission')
    expect(wrapper.find('[data-citation="apa"] i').text()).toBe(release.title)
    expect(wrapper.find('[data-related-id="7"]').exists()).toBe(true)
    expect(document.title).toBe(`${release.title} · Pressroom`)
  })

  it('marks the search terms from the q parameter in title and text', async () => {
    const { wrapper } = await mountApp(ReleaseView, { path: '/releases/42?q=labour%20migration', client: client({}, 0) })
    expect(wrapper.find('h1 mark').exists()).toBe(true)
    expect(wrapper.findAll('.release-body mark').map((m) => m.text())).toEqual(['labour', 'migration'])
    await wrapper.find('.release__marks button').trigger('click')
    expect(wrapper.findAll('mark')).toHaveLength(0)
  })

  it('shows its place in the results and fetches the next page at the edge', async () => {
    const fake = client({ 2: [...Array.from({ length: 19 }, (_, i) => `p${i}`), '42'], 3: ['n1', 'n2'] }, 45)
    const { wrapper } = await mountApp(ReleaseView, { path: '/releases/42?organisation=iom&page=2', client: fake })
    await flushPromises()
    expect(wrapper.find('[data-position]').text()).toBe('Result 40 of 45')
    expect(wrapper.find('[data-neighbour="previous"]').attributes('href')).toBe('/releases/p18?organisation=iom&page=2')
    expect(wrapper.find('[data-neighbour="next"]').attributes('href')).toBe('/releases/n1?organisation=iom&page=3')
    expect(fake.search.mock.calls.map(([r]) => r.page)).toEqual([2, 3])
    expect(fake.search.mock.calls[0]?.[0]).toMatchObject({ q: '', filters: { organisations: ['iom'] }, sort: 'newest' })
    expect(wrapper.find('.neighbours__back').attributes('href')).toBe('/?organisation=iom&page=2')
  })

  it('shows no position when the release is not on the page the state names', async () => {
    const { wrapper } = await mountApp(ReleaseView, { path: '/releases/42', client: client({ 1: ['a', 'b'] }, 2) })
    expect(wrapper.find('[data-position]').exists()).toBe(false)
    expect(wrapper.find('.neighbours__back').exists()).toBe(true)
  })

  it('says when the archive has no such release', async () => {
    const { wrapper } = await mountApp(ReleaseView, { path: '/releases/nope', client: client({}, 0) })
    expect(wrapper.find('[data-not-found] h1').text()).toBe('Release not found')
    expect(wrapper.find('[data-not-found]').text()).toContain('“nope”')
  })
})
