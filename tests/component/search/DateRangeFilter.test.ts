import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import DateRangeFilter from '../../../src/components/search/DateRangeFilter.vue'
import { useDateRange } from '../../../src/connectors/useDateRange.ts'
import { datePresets } from '../../../src/core/ui/dateRange.ts'
import { createPressroomI18n } from '../../../src/i18n/index.ts'
import { mountWithState } from './support.ts'

/** The component wired to its connector, as the filters column does. */
const Connected = defineComponent(() => {
  const dates = useDateRange()
  return () => h(DateRangeFilter, { range: dates.range.value, presets: dates.presets, min: dates.bounds.value.min, max: dates.bounds.value.max, onChange: dates.refine })
})

describe('DateRangeFilter', () => {
  it('bounds the inputs by the corpus dates and shows the range', () => {
    const { wrapper } = mountWithState(Connected, { state: { from: '2020-01-01' } })
    const from = wrapper.find('[data-date="from"]')
    expect(from.attributes('min')).toBe('2018-01-04')
    expect(from.attributes('max')).toBe('2026-11-20')
    expect((from.element as HTMLInputElement).value).toBe('2020-01-01')
    expect(wrapper.find(`label[for="${from.attributes('id')}"]`).text()).toBe('From')
  })

  it('sets an end, swapping reversed ends', async () => {
    const { wrapper, state } = mountWithState(Connected, { state: { from: '2020-06-01' } })
    await wrapper.find('[data-date="to"]').setValue('2019-01-01')
    await wrapper.find('[data-date="to"]').trigger('change')
    expect(state.value).toMatchObject({ from: '2019-01-01', to: '2020-06-01' })
  })

  it('clears an end', async () => {
    const { wrapper, state } = mountWithState(Connected, { state: { from: '2020-06-01', to: '2021-01-01' } })
    await wrapper.find('[data-date="from"]').setValue('')
    await wrapper.find('[data-date="from"]').trigger('change')
    expect(state.value.from).toBeUndefined()
    expect(state.value.to).toBe('2021-01-01')
  })

  it('applies a preset and marks the matching one', async () => {
    const { wrapper, state } = mountWithState(Connected)
    expect(wrapper.find('[data-preset="all"]').attributes('aria-pressed')).toBe('true')
    await wrapper.find('[data-preset="pandemic"]').trigger('click')
    expect(state.value).toMatchObject({ from: '2020-01-01', to: '2021-12-31' })
    expect(wrapper.find('[data-preset="pandemic"]').attributes('aria-pressed')).toBe('true')
    expect(wrapper.find('[data-preset="all"]').attributes('aria-pressed')).toBe('false')
    await wrapper.find('[data-preset="all"]').trigger('click')
    expect(state.value.from).toBeUndefined()
  })

  it('emits the edited range; the state stays with its owner', async () => {
    const wrapper = mount(DateRangeFilter, {
      props: { range: { from: '2020-06-01' }, presets: datePresets('2026-11-28') },
      global: { plugins: [createPressroomI18n('en')] },
    })
    const to = wrapper.find('[data-date="to"]').element as HTMLInputElement
    to.value = '2021-01-31'
    await wrapper.find('[data-date="to"]').trigger('change')
    await wrapper.find('[data-preset="lastYear"]').trigger('click')
    expect(wrapper.emitted('change')).toEqual([[{ from: '2020-06-01', to: '2021-01-31' }], [{ from: '2025-01-01', to: '2025-12-31' }]])
    expect(wrapper.find('[data-preset="lastYear"]').attributes('aria-pressed')).toBe('false')
  })
})
