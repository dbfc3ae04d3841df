import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { useSearchBox } from '../../../src/connectors/useSearchBox.ts'
import { useRefinementList } from '../../../src/connectors/useRefinementList.ts'
import { useDateRange } from '../../../src/connectors/useDateRange.ts'
import { usePagination } from '../../../src/connectors/usePagination.ts'
import { useHits } from '../../../src/connectors/useHits.ts'
import { response } from '../search/support.ts'
import { withConnector } from './support.ts'
import { hit } from '../results/hits.ts'

const filters = (patch: Record<string, string[]> = {}) => ({ officials: [], organisations: [], topics: [], type: [], lang: [], ...patch })

describe('useSearchBox', () => {
  it('searches on every keystroke: the first change of a burst adds a history entry, the rest replace it', () => {
    const { connector: box, updates, state } = withConnector(useSearchBox)
    box.refine('m')
    box.refine('mi')
    box.refine('mig')
    expect(updates).toEqual([
      { patch: { q: 'm' }, replace: false },
      { patch: { q: 'mi' }, replace: true },
      { patch: { q: 'mig' }, replace: true },
    ])
    expect(state.value.q).toBe('mig')
    expect(box.query.value).toBe('mig')
  })

  it('ends a burst on commit and when the query changes elsewhere', async () => {
    const { connector: box, updates, flushes, source } = withConnector(useSearchBox)
    box.refine('visa')
    box.commit()
    expect(flushes).toEqual([1])
    box.refine('visas')
    expect(updates.at(-1)).toEqual({ patch: { q: 'visas' }, replace: false })
    source.update({ q: 'from a link' })
    await nextTick()
    box.refine('from a link too')
    expect(updates.at(-1)).toEqual({ patch: { q: 'from a link too' }, replace: false })
  })

  it('puts a chosen entity in place of the text typed for it, replacing the typing entry', () => {
    const { connector: box, updates, state } = withConnector(useSearchBox)
    box.refine('iom')
    box.choose('organisations', 'iom')
    expect(state.value.q).toBe('')
    expect(state.value.filters.organisations).toEqual(['iom'])
    expect(updates.at(-1)?.replace).toBe(true)
    box.refine('x')
    expect(updates.at(-1)?.replace).toBe(false)
  })
})

describe('useRefinementList', () => {
  const answer = response({
    facets: {
      ...filters(),
      organisations: [
        { value: 'unhcr', count: 4, selected: false },
        { value: 'iom', count: 9, selected: true },
        { value: 'cec', count: 4, selected: false },
      ],
    } as never,
  })

  it('gives labelled items, selected first, then by count and label, with every selected value present', () => {
    const { connector: list } = withConnector(() => useRefinementList('organisations'), {
      response: answer,
      state: { filters: filters({ organisations: ['iom', 'gone'] }) },
    })
    expect(list.items.value.map((i) => [i.value, i.label, i.count, i.selected])).toEqual([
      ['iom', 'International Organization for Migration', 9, true],
      ['gone', 'gone', 0, true],
      ['cec', 'Caspian European Club', 4, false],
      ['unhcr', 'UN Refugee Agency', 4, false],
    ])
    expect(list.canRefine.value).toBe(true)
    expect(list.wordsOf('iom').join(' ')).toMatch(/iom/i)
  })

  it('toggles a value and keeps the other facets', () => {
    const { connector: list, state } = withConnector(() => useRefinementList('organisations'), {
      response: answer,
      state: { filters: filters({ type: ['meeting'] }) },
    })
    list.refine('iom')
    expect(state.value.filters).toMatchObject({ organisations: ['iom'], type: ['meeting'] })
    list.refine('iom')
    expect(state.value.filters.organisations).toEqual([])
  })

  it('keeps its items while only the text changes, and rebuilds them for a new answer', async () => {
    const { connector: list, source, answer: shown } = withConnector(() => useRefinementList('organisations'), { response: answer })
    const before = list.items.value
    source.update({ q: 'typing' })
    await nextTick()
    expect(list.items.value).toBe(before)
    shown.value = response({ facets: { ...filters(), organisations: [{ value: 'iom', count: 1, selected: false }] } as never })
    expect(list.items.value.map((i) => i.count)).toEqual([1])
  })

  it('has nothing to refine when the archive has no values for the facet', () => {
    const { connector: list } = withConnector(() => useRefinementList('topics'), { response: response(), info: { topics: [] } })
    expect(list.canRefine.value).toBe(false)
    expect(list.capacity.value).toBe(0)
  })

  it('keeps the archive\'s number of values as its capacity when an answer lists fewer', () => {
    const { connector: list } = withConnector(() => useRefinementList('organisations'), { response: response() })
    expect(list.items.value).toEqual([])
    expect(list.capacity.value).toBe(3)
    expect(list.canRefine.value).toBe(true)
  })
})

describe('useDateRange', () => {
  it('reads the range and bounds, orders reversed ends and clears with an empty range', () => {
    const { connector: dates, state } = withConnector(useDateRange, { state: { from: '2020-06-01' } })
    expect(dates.range.value).toEqual({ from: '2020-06-01', to: undefined })
    expect(dates.bounds.value).toEqual({ min: '2018-01-04', max: '2026-11-20' })
    dates.refine({ from: '2021-01-01', to: '2019-05-05' })
    expect(state.value).toMatchObject({ from: '2019-05-05', to: '2021-01-01' })
    dates.refine({})
    expect(state.value.from).toBeUndefined()
    expect(state.value.to).toBeUndefined()
    expect(dates.presets.map((p) => p.id)).toContain('pandemic')
  })
})

describe('usePagination', () => {
  it('counts pages from the answer and goes to a page', () => {
    const { connector: pager, state } = withConnector(usePagination, { response: response({ total: 45, page: 2, pageSize: 20 }), state: { page: 2 } })
    expect([pager.page.value, pager.pages.value, pager.isFirstPage.value, pager.isLastPage.value]).toEqual([2, 3, false, false])
    pager.refine(3)
    expect(state.value.page).toBe(3)
  })

  it('has one page before the first answer', () => {
    const { connector: pager } = withConnector(usePagination)
    expect([pager.page.value, pager.pages.value, pager.isFirstPage.value, pager.isLastPage.value]).toEqual([1, 1, true, true])
  })
})

describe('useHits', () => {
  it('gives the hits, the total and the query release links carry', () => {
    const hits = [hit('1'), hit('2')]
    const { connector } = withConnector(useHits, {
      response: response({ total: 2, hits }),
      state: { q: 'iom', filters: filters({ type: ['meeting'] }) },
    })
    expect(connector.hits.value.map((h) => h.id)).toEqual(['1', '2'])
    expect(connector.total.value).toBe(2)
    expect(connector.linkQuery.value).toEqual({ q: 'iom', type: 'meeting' })
  })

  it('is empty before the first answer', () => {
    const { connector } = withConnector(useHits)
    expect(connector.hits.value).toEqual([])
    expect(connector.total.value).toBeUndefined()
  })
})
