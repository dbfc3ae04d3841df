import { describe, expect, it } from 'vitest'
import ResultsHeader from '../../../src/components/results/ResultsHeader.vue'
import { mountWithState, response } from '../search/support.ts'

describe('ResultsHeader', () => {
  it('announces the localised count and page politely', () => {
    const { wrapper } = mountWithState(ResultsHeader, { props: { response: response({ total: 1234, page: 2 }), browsing: false, query: 'visa' } })
    const count = wrapper.find('[data-result-count]')
    expect(count.attributes('aria-live')).toBe('polite')
    expect(count.text()).toBe('1,234 releases · page 2 of 62')
    expect(wrapper.find('h2').text()).toBe('Results')
  })

  it('says "newest releases" when browsing and uses the singular', () => {
    const { wrapper } = mountWithState(ResultsHeader, { props: { response: response({ total: 1 }), browsing: true, query: '' } })
    expect(wrapper.find('h2').text()).toBe('Newest releases')
    expect(wrapper.find('[data-result-count]').text()).toBe('One release')
  })

  it('does not call the oldest releases the newest', () => {
    const { wrapper } = mountWithState(ResultsHeader, { props: { response: response({ total: 5, sort: 'oldest' }), browsing: true, query: '' } })
    expect(wrapper.find('h2').text()).toBe('Results')
  })

  it('tells when only part of the archive is searchable yet', () => {
    const partial = response({ total: 3, indexed: 4000, releases: 10000 })
    const { wrapper } = mountWithState(ResultsHeader, { props: { response: partial, browsing: false, query: 'iom' } })
    expect(wrapper.find('[data-partial-index]').text()).toBe('Searching 4,000 of 10,000 releases; the rest are still being indexed.')
  })

  it('explains the any-word fallback', () => {
    const answer = response({ total: 3, fallback: 'any-word', terms: ['caspian', 'zebra'] })
    const { wrapper } = mountWithState(ResultsHeader, { props: { response: answer, browsing: false, query: 'caspian zebra' } })
    expect(wrapper.find('[data-fallback]').text()).toBe('No release contains all of “caspian”, “zebra”; showing releases with any of the words.')
  })

  it('offers relevance only with a query', () => {
    const { wrapper } = mountWithState(ResultsHeader, { props: { response: response(), browsing: true, query: '' } })
    const select = wrapper.find('select[data-sort]')
    expect((select.element as HTMLSelectElement).value).toBe('newest')
    expect(select.find('option[value="relevance"]').attributes('disabled')).toBeDefined()
  })

  it('changes the sort order', async () => {
    const { wrapper, state } = mountWithState(ResultsHeader, { props: { response: response(), browsing: false, query: 'iom' }, state: { q: 'iom' } })
    const select = wrapper.find('select[data-sort]')
    expect((select.element as HTMLSelectElement).value).toBe('relevance')
    await select.setValue('oldest')
    expect(state.value.sort).toBe('oldest')
  })
})
