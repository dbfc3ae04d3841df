import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { emptyState, queryEncodingProblems, queryFromState, requestFromState, stateFromQuery, type SearchState } from '../../../src/core/state/searchState.ts'

describe('stateFromQuery', () => {
  it('reads every parameter', () => {
    const { state, invalid } = stateFromQuery({
      q: 'residence permit',
      official: 'vusal-huseynov',
      organisation: 'iom,unhcr',
      topic: 'covid-19',
      type: 'meeting',
      lang: 'en',
      from: '2019',
      to: '2021-02',
      sort: 'oldest',
      page: '3',
    })
    expect(invalid).toEqual([])
    expect(state).toEqual({
      q: 'residence permit',
      filters: { officials: ['vusal-huseynov'], organisations: ['iom', 'unhcr'], topics: ['covid-19'], type: ['meeting'], lang: ['en'] },
      from: '2019-01-01',
      to: '2021-02-28',
      sort: 'oldest',
      page: 3,
    })
  })

  it('ignores bad values and reports each one', () => {
    const { state, invalid } = stateFromQuery({ page: '-2', from: '2020-13-45', sort: 'random', organisation: '<script>,iom' })
    expect(state.page).toBe(1)
    expect(state.from).toBeUndefined()
    expect(state.sort).toBeUndefined()
    expect(state.filters.organisations).toEqual(['iom'])
    expect(invalid.map((i) => i.path)).toEqual(['organisation', 'from', 'sort', 'page'])
    expect(invalid.map((i) => i.code)).toEqual(['param.notId', 'param.notDate', 'param.notSort', 'param.notPage'])
    expect(invalid[3]).toEqual({ path: 'page', code: 'param.notPage', params: { value: '-2', max: 10_000 }, severity: 'warning', cost: 'value' })
  })

  it('cuts a 10 kB query and says so', () => {
    const { state, invalid } = stateFromQuery({ q: 'x'.repeat(10_000) })
    expect(state.q).toHaveLength(500)
    expect(invalid[0]?.path).toBe('q')
  })

  it('swaps a `to` before `from`, and says so', () => {
    const { state, invalid } = stateFromQuery({ from: '2021', to: '2019-06' })
    expect(state).toMatchObject({ from: '2019-06-01', to: '2021-12-31' })
    expect(invalid).toEqual([{ path: 'to', code: 'range.swapped', params: { value: '2019-06', from: '2021' }, severity: 'warning', cost: 'value' }])
  })

  it('combines repeated facet parameters, and says so', () => {
    const { state, invalid } = stateFromQuery({ topic: ['a', null, 'b'] })
    expect(state.filters.topics).toEqual(['a', 'b'])
    expect(invalid).toMatchObject([{ path: 'topic', code: 'param.repeatedCombined', params: { count: 2, value: 'a,b' } }])
  })

  it('reports repeated single parameters and uses the first', () => {
    const { state, invalid } = stateFromQuery({ q: ['a', 'b'], page: ['2', '3'], corpus: ['/one.json', '/two.json'] })
    expect(state.q).toBe('a')
    expect(state.page).toBe(2)
    expect(invalid.map((p) => [p.path, p.code, p.params.count])).toEqual([
      ['q', 'param.repeated', 2],
      ['page', 'param.repeated', 2],
      ['corpus', 'param.repeated', 2],
    ])
  })

  it('reports broken %-encoding in the address', () => {
    const raw = '?q=caf%E9&organisation=iom&to=%ZZ'
    const { invalid } = stateFromQuery({ q: 'caf%E9', organisation: 'iom' }, raw)
    expect(invalid.map((p) => [p.path, p.code, p.params.value])).toEqual([
      ['q', 'param.badEncoding', 'caf%E9'],
      ['to', 'param.badEncoding', '%ZZ'],
    ])
    expect(queryEncodingProblems('?q=%D0%B0+b&organisation=iom')).toEqual([])
  })
})

// Property tests run hundreds of cases; on a busy shared machine that can take seconds.
describe('queryFromState', { timeout: 30_000 }, () => {
  it('leaves defaults out', () => {
    expect(queryFromState(emptyState())).toEqual({})
    expect(queryFromState({ ...emptyState(), sort: 'newest' })).toEqual({})
    expect(queryFromState({ ...emptyState(), q: 'IOM', sort: 'newest' })).toEqual({ q: 'IOM', sort: 'newest' })
  })

  it('round-trips any query string without throwing', () => {
    const params = fc.dictionary(
      fc.constantFrom('q', 'official', 'organisation', 'topic', 'type', 'lang', 'from', 'to', 'sort', 'page', 'other'),
      fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('2020', '2020-05', '2020-05-31', 'newest', 'relevance', '2', 'iom,unhcr')),
    )
    fc.assert(
      fc.property(params, (query) => {
        const { state } = stateFromQuery(query)
        const again = stateFromQuery(queryFromState(state))
        expect(again.invalid).toEqual([])
        expect(again.state).toEqual(state)
      }),
      { numRuns: 500 },
    )
  })
})

describe('requestFromState', () => {
  it('applies the default sort and drops empty facets', () => {
    const state: SearchState = { ...emptyState(), q: 'IOM', page: 2 }
    state.filters.organisations = ['iom']
    const { request, problems } = requestFromState(state, { pageSize: 20 })
    expect(problems).toEqual([])
    expect({ ...request }).toEqual({ q: 'IOM', filters: { organisations: ['iom'] }, sort: 'relevance', page: 2, pageSize: 20 })
  })
})
