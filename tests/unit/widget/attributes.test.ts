import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { attributeProblemLine, readWidgetAttributes, WIDGET_ATTRIBUTES } from '../../../src/core/widget/attributes.ts'

describe('readWidgetAttributes', () => {
  it('reads presets, facets, theme and links', () => {
    const { config, problems } = readWidgetAttributes({
      corpus: '/corpus.json',
      organisation: 'iom, unhcr',
      type: 'meeting',
      query: 'labour',
      'page-size': '5',
      facets: 'official,topic,organisation',
      theme: 'dark',
      'link-base': 'https://press.example.org/app/',
    })
    expect(problems).toEqual([])
    expect(config).toMatchObject({
      corpus: '/corpus.json',
      query: 'labour',
      pageSize: 5,
      facets: ['officials', 'topics'],
      theme: 'dark',
      linkBase: 'https://press.example.org/app',
    })
    expect(config.preset.organisations).toEqual(['iom', 'unhcr'])
    expect(config.preset.type).toEqual(['meeting'])
  })

  it('shows every open facet by default and none on request', () => {
    expect(readWidgetAttributes({ corpus: 'c.json', topic: 'covid-19' }).config.facets).toEqual(['officials', 'organisations', 'type', 'lang'])
    expect(readWidgetAttributes({ corpus: 'c.json', facets: 'none' }).config.facets).toEqual([])
  })

  it('names each bad attribute and keeps the rest', () => {
    const { config, problems } = readWidgetAttributes({
      corpus: 'javascript:alert(1)',
      organisation: '<b>,iom',
      'page-size': '500',
      facets: 'colour',
      theme: 'neon',
      'link-base': 'ftp://x',
    })
    expect(problems.map(attributeProblemLine)).toEqual([
      'corpus="javascript:alert(1)": use an http(s) or relative URL',
      'organisation="<b>": not an id; use comma-separated ids such as "iom,unhcr"',
      'page-size="500": use a whole number from 1 to 50',
      'facets: "colour" is not a facet; use none or some of official, organisation, topic, type, lang',
      'theme="neon": use auto, light, dark',
      'link-base="ftp://x": use an http(s) URL or a path starting with /',
    ])
    expect(config.corpus).toBeUndefined()
    expect(config.preset.organisations).toEqual(['iom'])
    expect(config.pageSize).toBe(10)
    expect(config.theme).toBe('auto')
  })

  it('asks for a corpus when there is none', () => {
    const [problem] = readWidgetAttributes({}).problems
    expect(problem).toEqual({ path: 'corpus', code: 'attribute.missingCorpus', params: {}, severity: 'warning', cost: 'value' })
    expect(attributeProblemLine(problem!)).toMatch(/^corpus: the attribute is missing/)
  })

  it('never throws on any attribute values', () => {
    const attrs = fc.dictionary(fc.constantFrom(...WIDGET_ATTRIBUTES), fc.option(fc.string({ unit: 'binary' })))
    fc.assert(fc.property(attrs, (a) => void readWidgetAttributes(a)))
  })
})

describe('widget period and preset', async () => {
  const { withPreset } = await import('../../../src/core/request/request.ts')
  const { validateSearchRequest } = await import('../../../src/core/request/schema.ts')
  const request = (input: Parameters<typeof validateSearchRequest>[0]) => validateSearchRequest(input).request

  it('reads a preset period and reports a bad one', () => {
    expect(readWidgetAttributes({ corpus: 'c.json', from: '2019', to: '2021-06' }).config.period).toEqual({ from: '2019-01-01', to: '2021-06-30' })
    const { config, problems } = readWidgetAttributes({ corpus: 'c.json', from: 'last year' })
    expect(config.period).toEqual({})
    expect(problems.map(attributeProblemLine)).toEqual(['from="last year": use a date such as 2019, 2019-06 or 2019-06-30'])
  })

  it('narrows a request by the preset and never widens it', () => {
    const preset = { filters: { organisations: ['iom'] }, period: { from: '2019-01-01', to: '2021-12-31' } }
    expect({ ...withPreset(request({ filters: { topics: ['covid-19'] } }), preset) }).toEqual({
      q: '', filters: { topics: ['covid-19'], organisations: ['iom'] }, from: '2019-01-01', to: '2021-12-31', sort: 'newest', page: 1, pageSize: 20,
    })
    expect(withPreset(request({ from: '2020-03-01', to: '2024-01-01' }), preset)).toMatchObject({ from: '2020-03-01', to: '2021-12-31' })
    expect(withPreset(request({ from: '2023-01-01' }), preset)).toMatchObject({ from: '2019-01-01', to: '2021-12-31' })
  })
})
