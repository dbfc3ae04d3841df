import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import SearchBox from '../../../src/components/search/SearchBox.vue'
import { useSearchBox } from '../../../src/connectors/useSearchBox.ts'
import { mountWithState } from './support.ts'
import type { EntitySuggestion } from '../../../src/worker/protocol.ts'

const suggestions: EntitySuggestion[] = [
  { facet: 'officials', value: 'vusal-huseynov', label: 'Vusal Huseynov', count: 40 },
  { facet: 'organisations', value: 'iom', label: 'International Organization for Migration', count: 12 },
]

/** The box wired to its connector, as the search page does. */
const Connected = defineComponent(() => {
  const box = useSearchBox()
  return () =>
    h(SearchBox, {
      query: box.query.value,
      suggestions: box.suggestions.value,
      onInput: box.refine,
      onSubmit: box.commit,
      onChoose: (s: EntitySuggestion) => box.choose(s.facet, s.value),
    })
})

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

async function typeText(wrapper: ReturnType<typeof mountWithState>['wrapper'], text: string) {
  const input = wrapper.find('input[type="search"]')
  await input.setValue(text)
  await vi.advanceTimersByTimeAsync(150)
  await flushPromises()
  return input
}

describe('SearchBox', () => {
  it('is a labelled search field and combobox', () => {
    const { wrapper } = mountWithState(Connected)
    const input = wrapper.find('input[type="search"]')
    expect(input.attributes('role')).toBe('combobox')
    expect(input.attributes('aria-expanded')).toBe('false')
    const label = wrapper.find(`label[for="${input.attributes('id')}"]`)
    expect(label.text()).toBe('Search press releases')
  })

  it('suggests entities for Cyrillic text and picks one with the keyboard as a filter', async () => {
    const { wrapper, suggest, state } = mountWithState(Connected, { suggestions })
    const input = await typeText(wrapper, 'Гусей')
    expect(suggest).toHaveBeenCalledWith('Гусей', 8)
    const options = wrapper.findAll('[role="option"]')
    expect(options.map((o) => o.attributes('data-suggestion'))).toEqual(['officials:vusal-huseynov', 'organisations:iom'])
    expect(options[0]?.text()).toContain('Vusal Huseynov')
    expect(options[0]?.text()).toContain('Official')
    expect(input.attributes('aria-expanded')).toBe('true')
    expect(input.attributes('aria-activedescendant')).toBeUndefined()

    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-activedescendant')).toBe(options[0]?.attributes('id'))
    expect(wrapper.findAll('[role="option"]')[0]?.attributes('aria-selected')).toBe('true')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowUp' })
    await input.trigger('keydown', { key: 'Enter' })

    expect(state.value.filters.officials).toEqual(['vusal-huseynov'])
    expect(state.value.q).toBe('')
    expect((input.element as HTMLInputElement).value).toBe('')
    expect(wrapper.find('[role="listbox"]').attributes('style')).toContain('display: none')
  })

  it('picks a suggestion with the mouse', async () => {
    const { wrapper, state } = mountWithState(Connected, { suggestions })
    await typeText(wrapper, 'iom')
    await wrapper.findAll('[role="option"]')[1]?.trigger('click')
    expect(state.value.filters.organisations).toEqual(['iom'])
    expect(state.value.q).toBe('')
  })

  it('follows typing in the URL: a new entry for the first change, replacements after, Enter ends the burst and writes it', async () => {
    const { wrapper, updates, flushes, state } = mountWithState(Connected)
    const input = await typeText(wrapper, 'mig')
    await typeText(wrapper, 'migration')
    expect(updates).toEqual([
      { patch: { q: 'mig' }, replace: false },
      { patch: { q: 'migration' }, replace: true },
    ])
    expect(flushes).toEqual([])
    await input.trigger('keydown', { key: 'Enter' })
    expect(updates).toHaveLength(2)
    expect(flushes).toEqual([2])
    await typeText(wrapper, 'migration iom')
    expect(updates[2]).toEqual({ patch: { q: 'migration iom' }, replace: false })
    expect(state.value.q).toBe('migration iom')
  })

  it('submits typed text at once with Enter', async () => {
    const { wrapper, updates } = mountWithState(Connected)
    const input = wrapper.find('input[type="search"]')
    await input.setValue('visa')
    await input.trigger('keydown', { key: 'Enter' })
    expect(updates).toEqual([{ patch: { q: 'visa' }, replace: false }])
  })

  it('closes the suggestions with Escape and keeps the text', async () => {
    const { wrapper } = mountWithState(Connected, { suggestions })
    const input = await typeText(wrapper, 'vus')
    await input.trigger('keydown', { key: 'Escape' })
    expect(wrapper.find('[role="listbox"]').attributes('style')).toContain('display: none')
    expect(input.attributes('aria-expanded')).toBe('false')
    expect((input.element as HTMLInputElement).value).toBe('vus')
  })

  it('takes new text from the state (back/forward) when not typing, and starts a new history entry after', async () => {
    const { wrapper, source, updates } = mountWithState(Connected)
    await typeText(wrapper, 'visa')
    source.update({ q: 'from the url' })
    await flushPromises()
    expect((wrapper.find('input[type="search"]').element as HTMLInputElement).value).toBe('from the url')
    await typeText(wrapper, 'from the url again')
    expect(updates.at(-1)).toEqual({ patch: { q: 'from the url again' }, replace: false })
  })

  it('focuses on "/" unless typing elsewhere', async () => {
    const { wrapper } = mountWithState(Connected, { attachTo: document.body })
    const other = document.createElement('input')
    document.body.appendChild(other)
    other.focus()
    other.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }))
    expect(document.activeElement).toBe(other)
    other.blur()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }))
    expect(document.activeElement).toBe(wrapper.find('input[type="search"]').element)
  })

  it('asks the page to move to the results on ArrowDown without suggestions', async () => {
    const { wrapper } = mountWithState(Connected)
    await wrapper.find('input[type="search"]').trigger('keydown', { key: 'ArrowDown' })
    expect(wrapper.findComponent(SearchBox).emitted('leave')).toHaveLength(1)
  })
})
