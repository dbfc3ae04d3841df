import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import SearchView from '../../../src/views/SearchView.vue'
import { createPressroomI18n } from '../../../src/i18n/index.ts'
import { useCorpusStore } from '../../../src/stores/corpus.ts'
import type { SearchClient } from '../../../src/worker/client.ts'
import type { SearchRequest } from '../../../src/core/search/types.ts'
import { TYPING_PAUSE } from '../../../src/composables/searchState.ts'
import { corpusInfo, response } from './support.ts'
import { hit } from '../results/hits.ts'

/** The search view at `/`, over a worker client whose `search` the test supplies. */
async function mountView(search: (request: SearchRequest) => Promise<unknown>, lang: 'en' | 'az' | 'ru' = 'en', settle = true) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const corpus = useCorpusStore()
  corpus.load = { phase: 'ready', loaded: 1, total: 1, indexed: 120, fromCache: false, info: corpusInfo() }
  const client = { search: vi.fn(search), suggest: vi.fn(async () => []) }
  corpus.client = client as unknown as SearchClient
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'search', component: SearchView },
      { path: '/releases/:id', name: 'release', component: { render: () => null } },
      { path: '/:facet/:id', name: 'entity', component: { render: () => null } },
    ],
  })
  await router.push('/')
  await router.isReady()
  const wrapper = mount(defineComponent(() => () => h(RouterView)), { global: { plugins: [pinia, router, createPressroomI18n(lang)] } })
  if (!settle) return { wrapper, client, router }
  // The page is set up in two tasks (its rooms, then what fills them) before the engine is asked.
  await vi.waitFor(() => expect(wrapper.find('[data-result-count]').exists()).toBe(true))
  await flushPromises()
  return { wrapper, client, router }
}

describe('SearchView', () => {
  it('searches on every keystroke, without waiting for a pause; the URL follows once typing pauses', async () => {
    const { wrapper, client, router } = await mountView(async (request) => response({ total: 1, hits: [hit(request.q || 'browse')] }))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const field = wrapper.find('input[type="search"]')
    for (const text of ['v', 'vi', 'vis']) {
      await field.setValue(text)
      await flushPromises()
    }
    expect(client.search.mock.calls.map(([request]) => request.q)).toEqual(['', 'v', 'vi', 'vis'])
    expect(router.currentRoute.value.query).toEqual({ q: 'v' })
    vi.advanceTimersByTime(TYPING_PAUSE)
    await flushPromises()
    vi.useRealTimers()
    expect(router.currentRoute.value.query).toEqual({ q: 'vis' })
    expect(wrapper.find('[data-release-id]').attributes('data-release-id')).toBe('vis')
    expect(wrapper.find('a[href^="/releases/vis"]').attributes('href')).toBe('/releases/vis?q=vis')
  })

  it('says when a search failed, in the reader\'s language, and runs it again on request', async () => {
    let fail = true
    const { wrapper, client } = await mountView(async () => {
      if (fail) throw new Error('index unavailable')
      return response({ total: 1, hits: [hit('1')] })
    }, 'ru')
    const alert = wrapper.find('[data-search-error]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('Поиск не удался')
    expect(alert.text()).toContain('index unavailable')
    fail = false
    await alert.find('button').trigger('click')
    await flushPromises()
    expect(client.search).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-search-error]').exists()).toBe(false)
    expect(wrapper.find('[data-release-id="1"]').exists()).toBe(true)
  })

  it('sets a first visit up in two tasks, its rooms first, and asks the engine once they are filled', async () => {
    const { wrapper, client } = await mountView(async () => response({ total: 1, hits: [hit('1')] }), 'en', false)
    await nextTick()
    expect(wrapper.find('input[type="search"]').exists()).toBe(true)
    expect(wrapper.find('.search-page__histogram').exists()).toBe(true)
    expect(wrapper.find('[data-result-count]').exists()).toBe(false)
    expect(client.search).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(wrapper.find('[data-release-id="1"]').exists()).toBe(true))
    expect(wrapper.find('[data-result-count]').exists()).toBe(true)
  })

  it('keeps room for the chips and the histogram while the first answer is awaited', async () => {
    const { wrapper } = await mountView(() => new Promise(() => {}))
    expect(wrapper.find('.search-page__chips').exists()).toBe(true)
    expect(wrapper.find('.search-page__histogram').exists()).toBe(true)
    expect(wrapper.find('figure.histogram').exists()).toBe(false)
  })

  it('keeps the histogram\'s room when nothing matches, so typing moves nothing', async () => {
    const { wrapper } = await mountView(async () => response({ total: 0, hits: [] }))
    await flushPromises()
    expect(wrapper.find('[data-total]').attributes('data-total')).toBe('0')
    expect(wrapper.find('.search-page__histogram').exists()).toBe(true)
    expect(wrapper.find('figure.histogram').exists()).toBe(false)
  })

  it('draws no bars while the archive is still read (its years keep arriving), then draws them in the same room', async () => {
    const answer = () => response({ total: 1, hits: [hit('1')], histogram: { years: [{ key: '2024', count: 1 }], months: [{ key: '2024-05', count: 1 }] } })
    const reading = await mountView(async () => ({ ...answer(), reading: true }))
    await flushPromises()
    expect(reading.wrapper.find('[data-release-id]').exists()).toBe(true)
    expect(reading.wrapper.find('.search-page__histogram figure.histogram').exists()).toBe(false)
    expect(reading.wrapper.find('.search-page__histogram').text()).toBe('The timeline appears once the whole archive is read.')
    const whole = await mountView(async () => answer())
    await flushPromises()
    expect(whole.wrapper.find('.search-page__histogram figure.histogram').exists()).toBe(true)
  })
})
