/**
 * Mounting search-page components in happy-dom: real i18n, Pinia with a corpus
 * store made ready by hand, a memory router, and a local search state whose
 * updates are recorded.
 */
import { computed, defineComponent, h, shallowRef, type Component } from 'vue'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { afterEach, vi } from 'vitest'
import { createPressroomI18n } from '../../../src/i18n/index.ts'
import { patchState, provideSearchState, type SearchStateSource } from '../../../src/composables/searchState.ts'
import { provideSearchPage, type SearchPage } from '../../../src/connectors/searchPage.ts'
import { activeFilters } from '../../../src/core/ui/activeFilters.ts'
import { emptyState, requestFromState, type SearchState } from '../../../src/core/state/searchState.ts'
import type { Problem } from '../../../src/core/problems.ts'
import { useCorpusStore } from '../../../src/stores/corpus.ts'
import type { CorpusInfo, EntitySuggestion } from '../../../src/worker/protocol.ts'
import type { SearchClient } from '../../../src/worker/client.ts'
import type { FacetName, SearchResponse } from '../../../src/core/search/types.ts'

enableAutoUnmount(afterEach)

/** A small corpus description: three officials, organisations with aliases in three scripts, topics with names. */
export function corpusInfo(): CorpusInfo {
  return {
    url: 'http://test/corpus.json',
    source: { name: 'Test archive', languages: ['en', 'az', 'ru'] },
    officials: [
      { id: 'vusal-huseynov', name: 'Vusal Huseynov', aliases: ['Вусал Гусейнов', 'Vüsal Hüseynov'] },
      { id: 'aynur-mammadova', name: 'Aynur Mammadova', aliases: ['Айнур Мамедова'] },
      { id: 'rashad-aliyev', name: 'Rashad Aliyev' },
    ],
    organisations: [
      { id: 'iom', name: 'International Organization for Migration', aliases: ['IOM', 'МОМ', 'BMqT'] },
      { id: 'unhcr', name: 'UN Refugee Agency', aliases: ['UNHCR', 'УВКБ ООН'] },
      { id: 'cec', name: 'Caspian European Club', aliases: ['Каспийский Европейский клуб'] },
    ],
    topics: [
      { id: 'covid-19', name: 'COVID-19', names: { az: 'COVID-19 pandemiyası', ru: 'COVID-19' } },
      { id: 'labour-migration', name: 'Labour migration', names: { az: 'Əmək miqrasiyası', ru: 'Трудовая миграция' } },
    ],
    releaseCount: 120,
    types: ['meeting', 'visit'],
    langs: ['en', 'az', 'ru'],
    firstDate: '2018-01-04',
    lastDate: '2026-11-20',
    errors: [],
    warnings: [],
    errorCount: 0,
    warningCount: 0,
    skippedReleases: 0,
    skippedReferences: 0,
  }
}

/** A response with the given parts; everything else empty. */
export function response(parts: Partial<SearchResponse> = {}): SearchResponse {
  const facets = { officials: [], organisations: [], topics: [], type: [], lang: [] } as Record<FacetName, []>
  return {
    total: 0,
    page: 1,
    pageSize: 20,
    hits: [],
    facets,
    histogram: { years: [], months: [] },
    terms: [],
    highlight: [],
    problems: [],
    sort: 'newest',
    indexed: 120,
    releases: 120,
    tookMs: 1,
    ...parts,
  }
}

export interface Mounted {
  source: SearchStateSource
  /** Every patch applied, with its options. */
  updates: Array<{ patch: Partial<SearchState>; replace: boolean }>
  /** For each flush, how many patches had been applied when it came. */
  flushes: number[]
  suggest: ReturnType<typeof vi.fn>
}

export interface MountOptions {
  props?: Record<string, unknown>
  slots?: Record<string, () => unknown>
  state?: Partial<SearchState>
  invalid?: Problem[]
  /** Changes to the corpus description. */
  info?: Partial<CorpusInfo>
  /** Interface language (default en). */
  language?: 'en' | 'az' | 'ru'
  suggestions?: EntitySuggestion[]
  /** The answer the page shows (set `answer.value` to change it). */
  response?: SearchResponse
  error?: string
  attachTo?: HTMLElement
}

/** A search page over a source whose answer and error a test sets by hand; `retries` counts retry(). */
export function fakeSearchPage(source: SearchStateSource, answer?: SearchResponse, failure?: string) {
  const response = shallowRef(answer)
  const error = shallowRef(failure)
  const retries = shallowRef(0)
  const page: SearchPage = {
    state: source.state,
    invalid: source.invalid,
    problems: computed(() => response.value?.problems ?? []),
    request: computed(() => requestFromState(source.state.value, { pageSize: 20 }).request),
    response: computed(() => response.value),
    answeredState: source.state,
    pending: computed(() => false),
    error: computed(() => error.value),
    browsing: computed(() => activeFilters(source.state.value).length === 0),
    update: source.update,
    flush: source.flush,
    retry: () => void retries.value++,
  }
  return { page, response, error, retries }
}

export function mountWithState(component: Component, options: MountOptions = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const suggest = vi.fn(async () => options.suggestions ?? [])
  const corpus = useCorpusStore()
  corpus.load = { phase: 'ready', loaded: 1, total: 1, indexed: 120, fromCache: false, info: { ...corpusInfo(), ...options.info } }
  corpus.client = { suggest } as unknown as SearchClient

  const state = shallowRef<SearchState>({ ...emptyState(), ...options.state })
  const updates: Mounted['updates'] = []
  const flushes: number[] = []
  const source: SearchStateSource = {
    state: computed(() => state.value),
    invalid: computed(() => options.invalid ?? []),
    update(patch, opts) {
      updates.push({ patch, replace: Boolean(opts?.replace) })
      state.value = patchState(state.value, patch)
    },
    flush() {
      flushes.push(updates.length)
    },
  }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'search', component: { render: () => null } },
      { path: '/releases/:id', name: 'release', component: { render: () => null } },
      { path: '/:facet/:id', name: 'entity', component: { render: () => null } },
    ],
  })
  const fake = fakeSearchPage(source, options.response, options.error)
  const Host = defineComponent({
    setup() {
      provideSearchState(source)
      provideSearchPage(fake.page)
      return () => h(component, options.props ?? {}, options.slots ?? {})
    },
  })
  const wrapper = mount(Host, { global: { plugins: [pinia, router, createPressroomI18n(options.language ?? 'en')] }, attachTo: options.attachTo })
  return { wrapper, source, updates, flushes, suggest, state, answer: fake.response, error: fake.error, retries: fake.retries }
}
