import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { widgetSnippets } from '../../../src/core/widget/snippet.ts'
import { readWidgetAttributes } from '../../../src/core/widget/attributes.ts'
import { emptyState, stateFromQuery } from '../../../src/core/state/searchState.ts'

const options = { appUrl: 'https://press.example.org/', corpusUrl: 'https://press.example.org/sample/corpus.json', defaultCorpus: true }

/** Reads the attributes back out of an element snippet, as a browser would. */
function attributesOf(snippet: string): Record<string, string> {
  const tag = /<pressroom-search([\s\S]*?)>/.exec(snippet)?.[1] ?? ''
  const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  return Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1] as string, unescape(m[2] as string)]))
}

describe('widgetSnippets', () => {
  it('turns the current filters into presets', () => {
    const { state } = stateFromQuery({ organisation: 'iom,unhcr', official: 'vusal-huseynov', q: 'labour "work permit"', from: '2019', to: '2021' })
    const { element, iframe, embedUrl } = widgetSnippets(state, { ...options, pageSize: 5, facets: ['topics'], theme: 'dark' })
    expect(element).toContain('<script type="module" src="https://press.example.org/widget/pressroom-search.js"></script>')
    expect(attributesOf(element)).toEqual({
      corpus: 'https://press.example.org/sample/corpus.json',
      official: 'vusal-huseynov',
      organisation: 'iom,unhcr',
      query: 'labour "work permit"',
      from: '2019-01-01',
      to: '2021-12-31',
      'page-size': '5',
      facets: 'topic',
      theme: 'dark',
      'link-base': 'https://press.example.org',
    })
    expect(embedUrl).toBe('https://press.example.org/embed?official=vusal-huseynov&organisation=iom%2Cunhcr&query=labour+%22work+permit%22&from=2019-01-01&to=2021-12-31&page-size=5&facets=topic&theme=dark&frame=pressroom')
    expect(iframe).toContain('src="https://press.example.org/embed?official=vusal-huseynov&amp;organisation=')
    expect(iframe).toContain('<script src="https://press.example.org/embed-resize.js" defer></script>')
  })

  it('names a custom corpus in the frame address', () => {
    const { embedUrl } = widgetSnippets(emptyState(), { ...options, corpusUrl: 'https://data.example.org/c.json', defaultCorpus: false })
    expect(new URL(embedUrl).searchParams.get('corpus')).toBe('https://data.example.org/c.json')
  })

  it('writes snippets the widget reads back without problems, for any query text', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        const state = { ...emptyState(), q }
        state.filters.topics = ['covid-19']
        const attributes = attributesOf(widgetSnippets(state, options).element)
        const { config, problems } = readWidgetAttributes(attributes)
        expect(problems).toEqual([])
        expect(config.preset.topics).toEqual(['covid-19'])
        expect(config.query).toBe(q.trim())
      }),
    )
  })
})
