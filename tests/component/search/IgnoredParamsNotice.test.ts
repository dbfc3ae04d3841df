import { describe, expect, it } from 'vitest'
import IgnoredParamsNotice from '../../../src/components/search/IgnoredParamsNotice.vue'
import { mountWithState } from './support.ts'

describe('IgnoredParamsNotice', () => {
  it('is absent when nothing was ignored', () => {
    const { wrapper } = mountWithState(IgnoredParamsNotice)
    expect(wrapper.find('[data-ignored-params]').exists()).toBe(false)
  })

  it('lists ignored URL parameters and engine notes, and can be dismissed', async () => {
    const { wrapper } = mountWithState(IgnoredParamsNotice, {
      invalid: [{ path: 'page', code: 'param.notPage', params: { value: '-3', max: 10000 }, severity: 'warning' }],
      props: { ignored: ['organisations: unknown value "nobody"'] },
    })
    const notice = wrapper.find('[data-ignored-params]')
    expect(notice.text()).toContain('page=-3 (is not a page number from 1 to 10000)')
    expect(notice.text()).toContain('organisations: unknown value "nobody"')
    await notice.find('button').trigger('click')
    expect(wrapper.find('[data-ignored-params]').exists()).toBe(false)
  })

  it('says why in the reader\'s language', async () => {
    const { wrapper } = mountWithState(IgnoredParamsNotice, {
      invalid: [{ path: 'q', code: 'param.repeated', params: { value: 'a & b', count: 2 }, severity: 'warning' }],
      language: 'ru',
    })
    expect(wrapper.find('[data-ignored-params]').text()).toContain('q=a & b (указан несколько раз (2); использовано только первое значение)')
  })
})
