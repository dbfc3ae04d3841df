import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readRange, validateSearchRequest, type SearchInput } from '../../../src/core/request/schema.ts'
import { PAGE_SIZES, REQUEST_LIMITS } from '../../../src/core/request/limits.ts'
import { withPreset, type SearchRequest } from '../../../src/core/request/request.ts'
import { emptyState, requestFromState, stateFromQuery } from '../../../src/core/state/searchState.ts'
import { readWidgetAttributes, type WidgetAttribute } from '../../../src/core/widget/attributes.ts'
import { requestFromFlags } from '../../../src/cli/commands/search.ts'
import { parseArgs, UsageError } from '../../../src/cli/args.ts'

/** The four surfaces, each from its own raw syntax to the engine's request, as the product does it. */
const surfaces = {
  /** The app: URL parameters → state (`stateFromQuery`) → the search runner's `requestFromState`. */
  url(params: Record<string, string>) {
    const { state, invalid } = stateFromQuery(params)
    const { request, problems } = requestFromState(state)
    return { request, problems: [...invalid, ...problems] }
  },
  /** The widget: attributes → config → local state and preset → the runner (widget rules) → `withPreset`. */
  widget(attributes: Partial<Record<WidgetAttribute, string>>) {
    const { config, problems } = readWidgetAttributes({ corpus: 'c.json', ...attributes })
    const validated = requestFromState({ ...emptyState(), q: config.query }, { surface: 'widget', pageSize: config.pageSize })
    return { request: withPreset(validated.request, { filters: config.preset, period: config.period }), problems: [...problems, ...validated.problems] }
  },
  /** The command line: `pressroom search FILE QUERY --flags`. */
  cli(query: string, flags: string[]) {
    return requestFromFlags(query, parseArgs(flags, ['json']))
  },
  /** The engine's own callers (tests, benchmarks, eval): the schema directly. */
  engine(input: SearchInput) {
    return validateSearchRequest(input)
  },
}

const searchPart = (request: SearchRequest) => ({ q: request.q, filters: request.filters, from: request.from, to: request.to })

describe('one request schema for the URL, the widget, the command line and the engine', () => {
  it('gives the same validated request for the same search on every surface', () => {
    const url = surfaces.url({ q: 'iom visit', organisation: 'iom,unhcr', type: 'meeting', from: '2019', to: '2021-06', sort: 'oldest' })
    const widget = surfaces.widget({ query: 'iom visit', organisation: 'iom, unhcr', type: 'meeting', from: '2019', to: '2021-06', 'page-size': '10' })
    const cli = surfaces.cli('iom visit', ['--organisation', 'iom,unhcr', '--type=meeting', '--from', '2019', '--to', '2021-06', '--sort', 'oldest', '--limit', '10'])
    const engine = surfaces.engine({ q: 'iom visit', filters: { organisations: ['iom', 'unhcr'], type: 'meeting' }, from: '2019', to: '2021-06', sort: 'oldest' })
    const expected = { q: 'iom visit', filters: { organisations: ['iom', 'unhcr'], type: ['meeting'] }, from: '2019-01-01', to: '2021-06-30' }
    for (const [name, { request, problems }] of Object.entries({ url, widget, cli, engine })) {
      expect(problems, name).toEqual([])
      expect(searchPart(request), name).toEqual(expected)
    }
    expect([url, cli, engine].map(({ request }) => request.sort)).toEqual(['oldest', 'oldest', 'oldest'])
    expect(widget.request.sort).toBe('relevance')
    // Page sizes are the one thing each surface sets for itself.
    expect([url, widget, cli, engine].map(({ request }) => request.pageSize)).toEqual([PAGE_SIZES.app.default, 10, 10, PAGE_SIZES.app.default])
    expect(surfaces.cli('iom', []).request.pageSize).toBe(PAGE_SIZES.cli.default)
    expect(surfaces.widget({}).request.pageSize).toBe(PAGE_SIZES.widget.default)
  })

  it('swaps a reversed range on every surface and says so, naming the field as the surface does', () => {
    const results = {
      url: surfaces.url({ from: '2021', to: '2019-06' }),
      widget: surfaces.widget({ from: '2021', to: '2019-06' }),
      cli: surfaces.cli('', ['--from', '2021', '--to', '2019-06']),
      engine: surfaces.engine({ from: '2021', to: '2019-06' }),
    }
    for (const [name, { request, problems }] of Object.entries(results)) {
      expect([request.from, request.to], name).toEqual(['2019-06-01', '2021-12-31'])
      expect(problems.map((p) => [p.code, p.params.value, p.params.from]), name).toEqual([['range.swapped', '2019-06', '2021']])
    }
    expect(Object.values(results).map(({ problems }) => problems[0]?.path)).toEqual(['to', 'to', '--to', 'to'])
  })

  it('orders a range picked in the date filter by the same rule', () => {
    expect(readRange('2021-01-01', '2020-01-01')).toMatchObject({ from: '2020-01-01', to: '2021-01-01' })
    expect(readRange('', '2020-01-01')).toEqual({ to: '2020-01-01', problems: [] })
    expect(readRange(undefined, undefined)).toEqual({ problems: [] })
  })

  it('keeps a range whose ends are the same period', () => {
    const { request, problems } = surfaces.engine({ from: '2020-05', to: '2020-05' })
    expect([request.from, request.to, problems]).toEqual(['2020-05-01', '2020-05-31', []])
  })

  it('cuts the query at the same length on every surface, counting characters, not UTF-16 units', () => {
    const long = '𝔘'.repeat(REQUEST_LIMITS.queryLength + 20)
    const results = {
      url: surfaces.url({ q: long }),
      widget: surfaces.widget({ query: long }),
      cli: surfaces.cli(long, []),
      engine: surfaces.engine({ q: long }),
    }
    for (const [name, { request, problems }] of Object.entries(results)) {
      expect(Array.from(request.q), name).toHaveLength(REQUEST_LIMITS.queryLength)
      expect(problems.map((p) => [p.code, p.params.max]), name).toEqual([['param.tooLong', REQUEST_LIMITS.queryLength]])
    }
    expect(Object.values(results).map(({ problems }) => problems[0]?.path)).toEqual(['q', 'query', 'QUERY', 'q'])
    expect(surfaces.engine({ q: 'x'.repeat(REQUEST_LIMITS.queryLength) }).problems).toEqual([])
  })

  it('keeps at most the limit of values per facet', () => {
    const ids = Array.from({ length: REQUEST_LIMITS.facetValues + 2 }, (_, i) => `org-${i}`)
    const { request, problems } = surfaces.url({ organisation: ids.join(',') })
    expect(request.filters.organisations).toEqual(ids.slice(0, REQUEST_LIMITS.facetValues))
    expect(problems.map((p) => [p.path, p.code, p.params.value])).toEqual([
      ['organisation', 'param.tooMany', `org-${REQUEST_LIMITS.facetValues}`],
      ['organisation', 'param.tooMany', `org-${REQUEST_LIMITS.facetValues + 1}`],
    ])
  })

  it('bounds the page size per surface: a bad one is the default and a problem (a usage mistake on the command line)', () => {
    expect(surfaces.engine({ pageSize: PAGE_SIZES.app.max }).request.pageSize).toBe(PAGE_SIZES.app.max)
    const app = surfaces.engine({ pageSize: PAGE_SIZES.app.max + 1 })
    expect([app.request.pageSize, app.problems[0]?.code]).toEqual([PAGE_SIZES.app.default, 'param.notPageSize'])
    const widget = surfaces.widget({ 'page-size': String(PAGE_SIZES.widget.max + 1) })
    expect([widget.request.pageSize, widget.problems[0]?.path, widget.problems[0]?.code]).toEqual([PAGE_SIZES.widget.default, 'page-size', 'attribute.pageSize'])
    expect(() => surfaces.cli('x', ['--limit', '0'])).toThrow(UsageError)
    expect(() => surfaces.cli('x', ['--limit', '0'])).toThrow('--limit="0": is not a page size from 1 to 100')
    expect(() => surfaces.cli('x', ['--sort', 'random'])).toThrow('--sort="random": is not one of relevance, newest, oldest')
    expect(surfaces.cli('x', ['--from', 'soon']).problems.map((p) => [p.path, p.code])).toEqual([['--from', 'param.notDate']])
  })

  it('leaves its own output unchanged: a validated request passes again without problems', () => {
    const input = fc.record(
      {
        q: fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()),
        filters: fc.dictionary(fc.constantFrom('officials', 'organisations', 'topics', 'type', 'lang'), fc.oneof(fc.constantFrom('iom,unhcr', '<b>', ''), fc.array(fc.string()), fc.anything())),
        from: fc.oneof(fc.constantFrom('2020', '2020-02', '2020-02-30', '2019-12-31'), fc.anything()),
        to: fc.oneof(fc.constantFrom('2018', '2021-06', 'soon'), fc.anything()),
        sort: fc.oneof(fc.constantFrom('relevance', 'newest', 'oldest', 'random'), fc.anything()),
        page: fc.oneof(fc.integer(), fc.constantFrom('2', '-3', '1e3'), fc.anything()),
        pageSize: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.anything()),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(input, (raw) => {
        const { request } = validateSearchRequest(raw)
        const again = validateSearchRequest({ ...request })
        expect(again.problems).toEqual([])
        expect({ ...again.request }).toEqual({ ...request })
      }),
      { numRuns: 300 },
    )
  })

  it('is the only way to a request the engine takes (checked by the type checker)', () => {
    const { request } = validateSearchRequest({ q: 'iom' })
    // @ts-expect-error an object literal is not a validated request
    const literal: SearchRequest = { q: 'iom', filters: {}, sort: 'relevance', page: 1, pageSize: 20 }
    // @ts-expect-error nor is a validated request spread and changed
    const changed: SearchRequest = { ...request, pageSize: 100_000 }
    expect([literal.q, changed.q]).toEqual(['iom', 'iom'])
  })
})
