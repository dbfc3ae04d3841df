import { describe, expect, it, vi } from 'vitest'
import { nextTick, reactive } from 'vue'
import { flushPromises } from '@vue/test-utils'
import ResultList from '../../../src/components/results/ResultList.vue'
import { mountWithState } from '../search/support.ts'
import { hit } from './hits.ts'

const hits = [hit('1'), hit('2', { title: { text: '<img src=x onerror=alert(1)>', ranges: [] }, officials: [], topics: [] }), hit('3')]

describe('ResultList', () => {
  it('renders each hit with its hooks, date, type, highlighted text and entity links', () => {
    const { wrapper } = mountWithState(ResultList, { props: { hits } })
    const items = wrapper.findAll('[data-release-id]')
    expect(items.map((i) => i.attributes('data-release-id'))).toEqual(['1', '2', '3'])
    const first = items[0]
    expect(first?.find('time').text()).toBe('2 October 2020')
    expect(first?.find('.result__type').text()).toBe('Meeting')
    expect(first?.find('.result__title mark').text()).toBe('Meeting')
    expect(first?.find('.result__snippet mark').text()).toBe('Migration')
    const entities = first?.findAll('[data-entity]').map((a) => [a.text(), a.attributes('href')])
    expect(entities).toEqual([
      ['Vusal Huseynov', '/officials/vusal-huseynov'],
      ['International Organization for Migration', '/organisations/iom'],
      ['COVID-19', '/topics/covid-19'],
    ])
    expect(first?.find('.result__title a').attributes('href')).toBe('/releases/1')
  })

  it('shows hostile text as text', () => {
    const { wrapper } = mountWithState(ResultList, { props: { hits } })
    const second = wrapper.find('[data-release-id="2"]')
    expect(second.find('img').exists()).toBe(false)
    expect(second.find('.result__title').text()).toBe('<img src=x onerror=alert(1)>')
  })

  it('moves focus between result titles with arrows and j/k', async () => {
    const { wrapper } = mountWithState(ResultList, { props: { hits }, attachTo: document.body })
    const links = () => wrapper.findAll('.result__title a')
    ;(links()[0]?.element as HTMLElement).focus()
    await links()[0]?.trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement).toBe(links()[1]?.element)
    await links()[1]?.trigger('keydown', { key: 'j' })
    expect(document.activeElement).toBe(links()[2]?.element)
    await links()[2]?.trigger('keydown', { key: 'j' })
    expect(document.activeElement).toBe(links()[2]?.element)
    await links()[2]?.trigger('keydown', { key: 'k' })
    await links()[1]?.trigger('keydown', { key: 'ArrowUp' })
    expect(document.activeElement).toBe(links()[0]?.element)
  })

  it('starts at the first result on j from outside a text field', () => {
    const { wrapper } = mountWithState(ResultList, { props: { hits }, attachTo: document.body })
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }))
    expect(document.activeElement).toBe(wrapper.find('.result__title a').element)
  })
})

describe('ResultList rendering', () => {
  it('reuses the rows for a new answer, and keeps the content of a release that stays at its place', async () => {
    const props = reactive({ hits: [hit('1'), hit('2'), hit('3')] })
    const { wrapper } = mountWithState(ResultList, { props })
    const rows = () => wrapper.findAll('.results__list > li').map((r) => r.element)
    const articles = () => wrapper.findAll('[data-release-id]').map((r) => r.element)
    const [rowsBefore, articlesBefore] = [rows(), articles()]
    props.hits = [hit('1'), hit('4'), hit('3'), hit('5')]
    await nextTick()
    expect(wrapper.findAll('[data-release-id]').map((r) => r.attributes('data-release-id'))).toEqual(['1', '4', '3', '5'])
    rowsBefore.forEach((row, place) => expect(rows()[place]).toBe(row))
    expect(articles()[0]).toBe(articlesBefore[0])
    expect(articles()[2]).toBe(articlesBefore[2])
    expect(articles()[1]).not.toBe(articlesBefore[1])
    expect(wrapper.find('[data-release-id="4"] .result__title a').attributes('href')).toBe('/releases/4')
  })

  it('links titles and entities without following the route, and follows a plain click in the app', async () => {
    const { wrapper } = mountWithState(ResultList, { props: { hits: [hit('1')] } })
    const router = (wrapper.vm as unknown as { $router: import('vue-router').Router }).$router
    await wrapper.find('.result__title a').trigger('click', { button: 0 })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/releases/1')
    await wrapper.find('[data-entity="organisations:iom"]').trigger('click', { button: 0, ctrlKey: true })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/releases/1')
  })
})

describe('ResultList first render', () => {
  it('renders the rows a window shows first, and the rest once they are painted', async () => {
    const many = Array.from({ length: 20 }, (_, i) => hit(String(i + 1)))
    const { wrapper } = mountWithState(ResultList, { props: { hits: many } })
    expect(wrapper.findAll('[data-release-id]')).toHaveLength(4)
    await vi.waitFor(() => expect(wrapper.findAll('[data-release-id]')).toHaveLength(20))
  })

  it('shows a new answer in the first rows at once and in the rows below once those are painted', async () => {
    const page = (prefix: string) => Array.from({ length: 20 }, (_, i) => hit(`${prefix}${i + 1}`))
    const props = reactive({ hits: page('a') })
    const { wrapper } = mountWithState(ResultList, { props })
    const shown = () => wrapper.findAll('[data-release-id]').map((r) => r.attributes('data-release-id'))
    await vi.waitFor(() => expect(shown()).toHaveLength(20))
    const list = wrapper.findComponent(ResultList).vm as unknown as { filling: boolean }
    expect(list.filling).toBe(false)
    props.hits = page('b')
    await nextTick()
    expect(shown()).toEqual([...page('b').slice(0, 4), ...page('a').slice(4)].map((h) => h.id))
    expect(list.filling).toBe(true) // the results region is busy until every row shows this answer
    await vi.waitFor(() => expect(shown()).toEqual(page('b').map((h) => h.id)))
    expect(list.filling).toBe(false)
  })

  it('shows an answer with another number of rows whole at once, so nothing below the list moves twice', async () => {
    const page = (prefix: string, length: number) => Array.from({ length }, (_, i) => hit(`${prefix}${i + 1}`))
    const props = reactive({ hits: page('a', 20) })
    const { wrapper } = mountWithState(ResultList, { props })
    const shown = () => wrapper.findAll('[data-release-id]').map((r) => r.attributes('data-release-id'))
    await vi.waitFor(() => expect(shown()).toHaveLength(20))
    props.hits = page('b', 12)
    await nextTick()
    expect(shown()).toEqual(page('b', 12).map((h) => h.id))
  })
})
