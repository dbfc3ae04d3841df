import { describe, expect, it } from 'vitest'
import { activeFilters, filterCount, filterKey, toggledValue, withValueInsteadOfText, withoutAnyFilter, withoutFilter } from '../../../src/core/ui/activeFilters.ts'
import { emptyState, patchStateForTest } from './state.ts'

describe('activeFilters', () => {
  const state = { ...emptyState(), q: ' iom ', from: '2020-01-01', filters: { ...emptyState().filters, organisations: ['iom', 'unhcr'], type: ['meeting'] } }

  it('lists the query, facet values in facet order and the range', () => {
    expect(activeFilters(state)).toEqual([
      { kind: 'query', text: 'iom' },
      { kind: 'facet', facet: 'organisations', value: 'iom' },
      { kind: 'facet', facet: 'organisations', value: 'unhcr' },
      { kind: 'facet', facet: 'type', value: 'meeting' },
      { kind: 'range', from: '2020-01-01' },
    ])
    expect(activeFilters(state).map(filterKey)).toEqual(['q', 'organisations:iom', 'organisations:unhcr', 'type:meeting', 'range'])
    expect(filterCount(state)).toBe(4)
    expect(activeFilters(emptyState())).toEqual([])
  })

  it('removes exactly one filter', () => {
    for (const filter of activeFilters(state)) {
      const next = patchStateForTest(state, withoutFilter(state, filter))
      expect(activeFilters(next).map(filterKey)).toEqual(activeFilters(state).map(filterKey).filter((k) => k !== filterKey(filter)))
    }
  })

  it('clears everything', () => {
    expect(activeFilters(patchStateForTest(state, withoutAnyFilter()))).toEqual([])
  })
})

describe('facet value changes', () => {
  it('toggles a value', () => {
    const on = patchStateForTest(emptyState(), toggledValue(emptyState(), 'topics', 'covid-19'))
    expect(on.filters.topics).toEqual(['covid-19'])
    const off = patchStateForTest(on, toggledValue(on, 'topics', 'covid-19'))
    expect(off.filters.topics).toEqual([])
  })

  it('turns a picked suggestion into a filter and clears the text, once', () => {
    const typed = { ...emptyState(), q: 'Гусей' }
    const next = patchStateForTest(typed, withValueInsteadOfText(typed, 'officials', 'vusal-huseynov'))
    expect(next.q).toBe('')
    expect(next.filters.officials).toEqual(['vusal-huseynov'])
    const again = patchStateForTest(next, withValueInsteadOfText(next, 'officials', 'vusal-huseynov'))
    expect(again.filters.officials).toEqual(['vusal-huseynov'])
  })
})
