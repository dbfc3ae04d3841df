import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import CorpusProgress from '../../../src/components/corpus/CorpusProgress.vue'
import { useCorpusStore } from '../../../src/stores/corpus.ts'
import { mountWithState } from '../search/support.ts'

describe('CorpusProgress', () => {
  it('shows the download under the newest releases, then indexing, as a labelled bar that is not a live region', async () => {
    const { wrapper } = mountWithState(CorpusProgress, { info: { reading: true, releaseCount: 400 } })
    const corpus = useCorpusStore()
    corpus.load = { ...corpus.load, loaded: 7_000_000, total: 28_000_000, indexed: 200, indexTotal: 10_000 }
    await nextTick()
    const bar = wrapper.find('progress')
    expect(bar.attributes('aria-label')).toBe('Loading the archive')
    expect(bar.attributes('value')).toBe('0.25')
    expect(wrapper.find('[data-corpus-progress]').attributes('data-corpus-progress')).toBe('download')
    expect(wrapper.text()).toContain('the newest releases are shown already')
    expect(wrapper.find('[aria-live], [role="status"], [role="alert"]').exists()).toBe(false)

    corpus.load = { ...corpus.load, info: { ...corpus.load.info!, reading: undefined, releaseCount: 10_000 }, indexed: 2_500, indexTotal: 10_000 }
    await nextTick()
    expect(wrapper.find('[data-corpus-progress]').attributes('data-corpus-progress')).toBe('index')
    expect(wrapper.find('progress').attributes('value')).toBe('0.25')
    expect(wrapper.text()).toBe('Indexing for full-text search: 2,500 of 10,000 releases')
  })

  it('speaks the reader’s language', async () => {
    const { wrapper } = mountWithState(CorpusProgress, { language: 'ru', info: { releaseCount: 10_000 } })
    useCorpusStore().load = { ...useCorpusStore().load, indexed: 100, indexTotal: 10_000 }
    await nextTick()
    expect(wrapper.find('progress').attributes('aria-label')).toBe('Загрузка архива')
    expect(wrapper.text()).toContain('Индексация')
  })
})
