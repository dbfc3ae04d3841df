import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import FiltersDrawer from '../../../src/components/search/FiltersDrawer.vue'
import { mountWithState } from './support.ts'

describe('FiltersDrawer', () => {
  it('opens a modal dialog with the filters and closes back to its button', async () => {
    const { wrapper } = mountWithState(FiltersDrawer, {
      props: { count: 2, total: 1234 },
      slots: { default: () => h('p', { id: 'inside' }, 'facets') },
      attachTo: document.body,
    })
    const opener = wrapper.find('[data-open-filters]')
    expect(opener.text()).toBe('Filters (2)')
    const dialog = wrapper.find('dialog').element as HTMLDialogElement
    expect(dialog.open).toBe(false)
    await opener.trigger('click')
    expect(dialog.open).toBe(true)
    expect(opener.attributes('aria-expanded')).toBe('true')
    expect(wrapper.find('#inside').exists()).toBe(true)
    const show = wrapper.find('.drawer__show')
    expect(show.text()).toBe('Show 1,234 releases')
    await show.trigger('click')
    expect(dialog.open).toBe(false)
    expect(document.activeElement).toBe(opener.element)
  })

  it('says "Filters" with nothing selected', () => {
    const { wrapper } = mountWithState(FiltersDrawer, { props: { count: 0 } })
    expect(wrapper.find('[data-open-filters]').text()).toBe('Filters')
  })
})
