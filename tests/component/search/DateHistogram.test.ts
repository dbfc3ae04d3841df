import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import DateHistogram from '../../../src/components/search/DateHistogram.vue'
import { dateFormatsReady } from '../../../src/composables/useFormat.ts'
import { mountWithState } from './support.ts'

function histogram() {
  const years = []
  const months = []
  for (let y = 2018; y <= 2025; y++) {
    for (let m = 1; m <= 12; m++) months.push({ key: `${y}-${String(m).padStart(2, '0')}`, count: y === 2020 ? 30 : 10 })
    years.push({ key: String(y), count: y === 2020 ? 360 : 120 })
  }
  return { years, months }
}

describe('DateHistogram', () => {
  it('draws one labelled button per year', () => {
    const { wrapper } = mountWithState(DateHistogram, { props: { histogram: histogram() } })
    const bars = wrapper.findAll('[data-period]')
    expect(bars).toHaveLength(8)
    expect(bars[2]?.attributes('aria-label')).toBe('2020: 360 releases')
    expect(wrapper.find('figcaption').text()).toContain('Releases by year')
    expect(bars.filter((b) => b.attributes('tabindex') === '0')).toHaveLength(1)
  })

  it('selects a year by keyboard and marks it', async () => {
    await dateFormatsReady
    const { wrapper, state } = mountWithState(DateHistogram, { props: { histogram: histogram() } })
    await wrapper.find('[data-period="2020"]').trigger('click', { detail: 0 })
    expect(state.value).toMatchObject({ from: '2020-01-01', to: '2020-12-31' })
    expect(wrapper.find('[data-granularity]').attributes('data-granularity')).toBe('month')
    const chosen = wrapper.findAll('[aria-pressed="true"]').map((b) => b.attributes('data-period'))
    expect(chosen).toHaveLength(12)
    expect(chosen[0]).toBe('2020-01')
    expect(wrapper.find('[data-period="2020-03"]').attributes('aria-label')).toBe('Mar 2020: 30 releases')
    expect(wrapper.find('[data-period="2020-03"] .histogram__tick').text()).toBe('Mar')
  })

  it('selects a range by dragging from one bar to another', async () => {
    const { wrapper, state } = mountWithState(DateHistogram, { props: { histogram: histogram() } })
    await wrapper.find('[data-period="2019"]').trigger('pointerdown', { button: 0 })
    window.dispatchEvent(new Event('pointerup'))
    await nextTick()
    expect(state.value).toMatchObject({ from: '2019-01-01', to: '2019-12-31' })
  })

  it('extends the range with Shift', async () => {
    const { wrapper, state } = mountWithState(DateHistogram, { props: { histogram: histogram() }, state: { from: '2019-03-01', to: '2019-03-31' } })
    expect(wrapper.find('[data-granularity]').attributes('data-granularity')).toBe('month')
    await wrapper.find('[data-period="2019-07"]').trigger('click', { shiftKey: true })
    expect(state.value).toMatchObject({ from: '2019-03-01', to: '2019-07-31' })
    await wrapper.find('[data-period="2019-01"]').trigger('click', { shiftKey: true })
    expect(state.value).toMatchObject({ from: '2019-01-01', to: '2019-07-31' })
  })

  it('clears the range when the chosen bar is chosen again', async () => {
    const { wrapper, state } = mountWithState(DateHistogram, { props: { histogram: histogram() }, state: { from: '2019-03-01', to: '2019-03-31' } })
    await wrapper.find('[data-period="2019-03"]').trigger('click', { detail: 0 })
    expect(state.value.from).toBeUndefined()
    expect(state.value.to).toBeUndefined()
  })

  it('moves focus between bars with the arrow keys, Home and End', async () => {
    const { wrapper } = mountWithState(DateHistogram, { props: { histogram: histogram() }, attachTo: document.body })
    const bars = () => wrapper.findAll('[data-period]')
    ;(bars()[7]?.element as HTMLElement).focus()
    await bars()[7]?.trigger('keydown', { key: 'ArrowLeft' })
    await nextTick()
    expect(document.activeElement?.getAttribute('data-period')).toBe('2024')
    expect(bars()[6]?.attributes('tabindex')).toBe('0')
    await bars()[6]?.trigger('keydown', { key: 'Home' })
    await nextTick()
    expect(document.activeElement?.getAttribute('data-period')).toBe('2018')
  })
})
