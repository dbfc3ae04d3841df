import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import CitationBox from '../../../src/components/release/CitationBox.vue'
import { mountApp } from './support.ts'

const props = { release: { title: 'Meeting with IOM', date: '2020-10-02' }, publisher: 'State Migration Service', permalink: 'https://app.example/releases/1' }

describe('CitationBox', () => {
  it('copies the chosen citation and says so', async () => {
    const writeText = vi.fn(async (_text: string) => undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { wrapper } = await mountApp(CitationBox, { props })
    const buttons = wrapper.findAll('button')
    await buttons[1]?.trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledTimes(1)
    const copied = writeText.mock.calls[0]?.[0]
    expect(copied).toMatch(/^State Migration Service\. \(2020, October 2\)\. Meeting with IOM \[Press release\]\. Retrieved .+, from https:\/\/app\.example\/releases\/1$/)
    expect(wrapper.findAll('[role="status"]')[1]?.text()).toBe('Citation copied to the clipboard.')
  })

  it('selects the text and explains when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) }, configurable: true })
    const { wrapper } = await mountApp(CitationBox, { props, attachTo: document.body })
    await wrapper.findAll('button')[0]?.trigger('click')
    await flushPromises()
    expect(wrapper.findAll('[role="status"]')[0]?.text()).toContain('could not be copied')
    expect(window.getSelection()?.toString()).toContain('“Meeting with IOM”')
  })

  it('writes the plain citation in the interface language', async () => {
    const { wrapper } = await mountApp(CitationBox, { props, lang: 'ru' })
    const plain = wrapper.find('[data-citation="plain"]').text()
    expect(plain).toContain('«Meeting with IOM». Пресс-релиз, 2 октября 2020')
    expect(plain).toContain('дата обращения:')
  })
})
