import { describe, expect, it } from 'vitest'
import IgnoredParamsNotice from '../../../src/components/search/IgnoredParamsNotice.vue'
import type { Problem } from '../../../src/core/problems.ts'
import { mountWithState } from './support.ts'

const page: Problem = { path: 'page', code: 'param.notPage', params: { value: '-3', max: 10000 }, severity: 'warning' }
const unknown: Problem = { path: 'organisation', code: 'filter.unknownId', params: { value: 'nobody' }, severity: 'warning' }
const words: Problem = { path: 'q', code: 'query.tooManyWords', params: { max: 32 }, severity: 'warning' }

describe('IgnoredParamsNotice', () => {
  it('is absent when nothing was ignored', () => {
    const { wrapper } = mountWithState(IgnoredParamsNotice, { props: { problems: [] } })
    expect(wrapper.find('[data-ignored-params]').exists()).toBe(false)
  })

  it('lists the address\'s and the engine\'s coded problems, and can be dismissed', async () => {
    const { wrapper } = mountWithState(IgnoredParamsNotice, { props: { problems: [page, unknown, words] } })
    const notice = wrapper.find('[data-ignored-params]')
    expect(notice.findAll('li').map((li) => li.text())).toEqual([
      'page=-3 (is not a page number from 1 to 10000)',
      'organisation=nobody (is not the id of anything in this archive; the search leaves it out)',
      'q (has more than 32 words; only the first 32 were searched)',
    ])
    expect(notice.findAll('li').map((li) => li.attributes('data-problem-code'))).toEqual(['param.notPage', 'filter.unknownId', 'query.tooManyWords'])
    await notice.find('button').trigger('click')
    expect(wrapper.find('[data-ignored-params]').exists()).toBe(false)
  })

  it('says why in the reader\'s language, the engine\'s problems too', async () => {
    const repeated: Problem = { path: 'q', code: 'param.repeated', params: { value: 'a & b', count: 2 }, severity: 'warning' }
    const { wrapper } = mountWithState(IgnoredParamsNotice, { props: { problems: [repeated, unknown] }, language: 'ru' })
    const text = wrapper.find('[data-ignored-params]').text()
    expect(text).toContain('q=a & b (указан несколько раз (2); использовано только первое значение)')
    expect(text).toContain('organisation=nobody (не id ничего в этом архиве; поиск его не учитывает)')
  })
})
