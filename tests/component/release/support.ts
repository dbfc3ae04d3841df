/**
 * Mounting release, entity and export components in happy-dom: real i18n,
 * Pinia with a corpus store made ready by hand around a fake worker client,
 * and a memory router with the app's route names.
 */
import { defineComponent, h, type Component } from 'vue'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { afterEach } from 'vitest'
import { createPressroomI18n, type UiLanguage } from '../../../src/i18n/index.ts'
import { useCorpusStore } from '../../../src/stores/corpus.ts'
import type { CorpusInfo } from '../../../src/worker/protocol.ts'
import type { SearchClient } from '../../../src/worker/client.ts'
import type { FacetName, Hit, SearchResponse } from '../../../src/core/search/types.ts'

enableAutoUnmount(afterEach)

/** Entity tables written for these tests. */
export function corpusInfo(): CorpusInfo {
  return {
    url: 'http://localhost:3000/sample/corpus.json',
    source: { name: 'State Migration Service', languages: ['en', 'az', 'ru'] },
    officials: [
      { id: 'vusal-huseynov', name: 'Vusal Huseynov', aliases: ['Вусал Гусейнов'], role: 'Chief of the Service', affiliation: 'sms' },
      { id: 'aynur-mammadova', name: 'Aynur Mammadova', role: 'Deputy chief' },
    ],
    organisations: [
      { id: 'sms', name: 'State Migration Service', kind: 'agency' },
      { id: 'iom', name: 'International Organization for Migration', aliases: ['IOM', 'МОМ'], kind: 'international' },
      { id: 'cec', name: 'Caspian European Club', kind: 'business' },
    ],
    topics: [{ id: 'labour-migration', name: 'Labour migration', names: { az: 'Əmək miqrasiyası', ru: 'Трудовая миграция' } }],
    releaseCount: 120,
    types: ['meeting', 'visit'],
    langs: ['en', 'az', 'ru'],
    errors: [],
    warnings: [],
    errorCount: 0,
    warningCount: 0,
    skippedReleases: 0,
    skippedReferences: 0,
  }
}

/** A hit with the given parts. */
export function hit(id: string, parts: Partial<Hit> = {}): Hit {
  return {
    id,
    score: 0,
    date: '2020-10-02',
    title: { text: `Release ${id}`, ranges: [] },
    snippet: { text: '', ranges: [] },
    lang: 'en',
    type: 'meeting',
    officials: [],
    organisations: [],
    topics: [],
    ...parts,
  }
}

/** A response with the given parts; everything else empty. */
export function response(parts: Partial<SearchResponse> = {}): SearchResponse {
  const facets = { officials: [], organisations: [], topics: [], type: [], lang: [] } as Record<FacetName, []>
  return {
    total: 0, page: 1, pageSize: 20, hits: [], facets, histogram: { years: [], months: [] }, terms: [], highlight: [], problems: [],
    sort: 'newest', indexed: 120, releases: 120, tookMs: 1, ...parts,
  }
}

const Empty = { render: () => null }

export interface MountOptions {
  props?: Record<string, unknown>
  client?: Partial<SearchClient>
  path?: string
  lang?: UiLanguage
  attachTo?: HTMLElement
}

/** Mounts `component` with the app's plugins, the router being at `path`. */
export async function mountApp(component: Component, options: MountOptions = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const corpus = useCorpusStore()
  corpus.url = 'http://localhost:3000/sample/corpus.json'
  corpus.load = { phase: 'ready', loaded: 1, total: 1, indexed: 120, fromCache: false, info: corpusInfo() }
  corpus.client = options.client as SearchClient
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'search', component: Empty },
      { path: '/releases/:id', name: 'release', component: Empty },
      { path: '/:facet(officials|organisations|topics)', name: 'entity-index', component: Empty, props: true },
      { path: '/:facet(officials|organisations|topics)/:id', name: 'entity', component: Empty, props: true },
    ],
  })
  await router.push(options.path ?? '/')
  await router.isReady()
  const Host = defineComponent({ setup: () => () => h(component, options.props ?? {}) })
  const wrapper = mount(Host, { global: { plugins: [pinia, router, createPressroomI18n(options.lang ?? 'en')] }, attachTo: options.attachTo })
  await flushPromises()
  return { wrapper, router, corpus }
}
