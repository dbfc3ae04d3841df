import { describe, expect, it } from 'vitest'
import ResultsPagination from '../../../src/components/results/ResultsPagination.vue'
import { mountWithState } from '../search/support.ts'

describe('ResultsPagination', () => {
  it('is absent with one page', () => {
    const { wrapper } = mountWithState(ResultsPagination, { props: { page: 1, pages: 1 } })
    expect(wrapper.find('nav').exists()).toBe(false)
  })

  it('numbers the pages around the current one and marks it', () => {
    const { wrapper } = mountWithState(ResultsPagination, { props: { page: 7, pages: 20 } })
    const nav = wrapper.find('nav')
    expect(nav.attributes('aria-label')).toBe('Result pages')
    expect(wrapper.findAll('.pagination__page').map((b) => b.text())).toEqual(['1', '6', '7', '8', '20'])
    expect(wrapper.find('[aria-current="page"]').text()).toBe('7')
    expect(wrapper.findAll('.pagination__gap')).toHaveLength(2)
    expect(wrapper.find('[data-page="6"]').attributes('aria-label')).toBe('Page 6')
  })

  it('asks for previous, next and numbered pages; disables steps at the ends', async () => {
    const { wrapper } = mountWithState(ResultsPagination, { props: { page: 1, pages: 3 } })
    expect(wrapper.find('[data-page="previous"]').attributes('disabled')).toBeDefined()
    await wrapper.find('[data-page="next"]').trigger('click')
    await wrapper.find('[data-page="3"]').trigger('click')
    await wrapper.find('[data-page="1"]').trigger('click')
    expect(wrapper.findComponent(ResultsPagination).emitted('go')).toEqual([[2], [3]])
  })
})
