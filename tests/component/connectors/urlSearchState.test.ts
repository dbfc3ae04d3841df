import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { TYPING_PAUSE, useUrlSearchState, type SearchStateSource } from '../../../src/composables/searchState.ts'

/** The app's search route over a memory history, with a view that holds a URL-backed state. */
async function setup(start = '/') {
  let source: SearchStateSource | undefined
  const View = defineComponent({
    setup() {
      source = useUrlSearchState()
      return () => null
    },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'search', component: View },
      { path: '/releases/:id', name: 'release', component: { render: () => null } },
    ],
  })
  await router.push(start)
  await router.isReady()
  mount(defineComponent(() => () => h(RouterView)), { global: { plugins: [router] } })
  await flushPromises()
  return { router, source: source as SearchStateSource }
}

describe('useUrlSearchState', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('reads the URL once, reporting ignored parameters, and keeps the corpus parameter', async () => {
    const { source, router } = await setup('/?q=iom&page=-3&corpus=%2Fother.json')
    expect(source.state.value.q).toBe('iom')
    expect(source.invalid.value.map((p) => p.path)).toEqual(['page'])
    source.update({ q: 'iom visa' })
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'iom visa', corpus: '/other.json' })
    expect(source.invalid.value).toEqual([])
  })

  it('applies a change at once and does not parse back the route change its own navigation makes', async () => {
    const { source, router } = await setup()
    source.update({ q: 'mig' })
    const written = source.state.value
    expect(written.q).toBe('mig')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'mig' })
    expect(source.state.value).toBe(written)
  })

  it('writes the newest state of a burst of typing once typing pauses, as one history entry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { source, router } = await setup()
    source.update({ q: 'm' })
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'm' })
    source.update({ q: 'mi' }, { replace: true })
    source.update({ q: 'mig' }, { replace: true })
    vi.advanceTimersByTime(TYPING_PAUSE - 1)
    source.update({ q: 'migr' }, { replace: true })
    expect(source.state.value.q).toBe('migr')
    vi.advanceTimersByTime(TYPING_PAUSE - 1)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'm' }) // still typing: nothing written yet
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'migr' })
    expect(source.state.value.q).toBe('migr')
    router.back()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/')
    expect(source.state.value.q).toBe('')
  })

  it('writes a typed state still waiting into the entry a followed link leaves, so going back returns to it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { source, router } = await setup('/?corpus=%2Fother.json')
    source.update({ q: 'v' })
    await flushPromises()
    source.update({ q: 'visa' }, { replace: true })
    await router.push({ name: 'release', params: { id: 'r1' } })
    expect(router.currentRoute.value.fullPath).toBe('/releases/r1')
    router.back()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'visa', corpus: '/other.json' })
    vi.advanceTimersByTime(TYPING_PAUSE)
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/?q=visa&corpus=/other.json')
  })

  it('writes a typed state at once when typing ends (flush)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { source, router } = await setup()
    source.update({ q: 'v' })
    await flushPromises()
    source.update({ q: 'visa' }, { replace: true })
    source.flush()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'visa' })
    router.back()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/')
  })

  it('drops a typed state still waiting when back/forward leaves its entry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { source, router } = await setup()
    source.update({ q: 'visa' })
    await flushPromises()
    source.update({ q: 'iom' })
    await flushPromises()
    source.update({ q: 'iom x' }, { replace: true })
    router.back()
    await flushPromises()
    vi.advanceTimersByTime(TYPING_PAUSE)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'visa' })
    expect(source.state.value.q).toBe('visa')
    router.forward()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'iom' })
  })

  it('follows back and forward, and links to other searches', async () => {
    const { source, router } = await setup()
    source.update({ q: 'visa' })
    await flushPromises()
    source.update({ filters: { ...source.state.value.filters, organisations: ['iom'] } })
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'visa', organisation: 'iom' })
    router.back()
    await flushPromises()
    expect(source.state.value.filters.organisations).toEqual([])
    expect(source.state.value.q).toBe('visa')
    router.forward()
    await flushPromises()
    expect(source.state.value.filters.organisations).toEqual(['iom'])
    await router.push({ name: 'search', query: { topic: 'covid-19', page: '2' } })
    await nextTick()
    expect(source.state.value).toMatchObject({ q: '', page: 2, filters: { topics: ['covid-19'], organisations: [] } })
  })
})
