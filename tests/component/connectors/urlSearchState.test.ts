import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { useUrlSearchState, type SearchStateSource } from '../../../src/composables/searchState.ts'

/** The app's search route over a memory history, with a view that holds a URL-backed state. */
async function setup(start = '/') {
  let source: SearchStateSource | undefined
  const View = defineComponent({
    setup() {
      source = useUrlSearchState()
      return () => null
    },
  })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', name: 'search', component: View }] })
  await router.push(start)
  await router.isReady()
  mount(defineComponent(() => () => h(RouterView)), { global: { plugins: [router] } })
  await flushPromises()
  return { router, source: source as SearchStateSource }
}

describe('useUrlSearchState', () => {
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

  it('writes the newest state of a fast burst, one navigation at a time, as one history entry', async () => {
    const { source, router } = await setup()
    source.update({ q: 'm' })
    source.update({ q: 'mi' }, { replace: true })
    source.update({ q: 'mig' }, { replace: true })
    source.update({ q: 'migr' }, { replace: true })
    expect(source.state.value.q).toBe('migr')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'migr' })
    expect(source.state.value.q).toBe('migr')
    router.back()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/')
    expect(source.state.value.q).toBe('')
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
