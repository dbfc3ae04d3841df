import { describe, expect, it } from 'vitest'
import { shareLink } from '../../../src/core/export/shareLink.ts'
import { stateFromQuery } from '../../../src/core/state/searchState.ts'

describe('shareLink', () => {
  it('writes the request as the search page URL, without defaults or page', () => {
    expect(shareLink('https://a.example/press', { q: 'visit', filters: { organisations: ['iom'], officials: ['vusal-huseynov'] }, sort: 'relevance', page: 4 })).toBe(
      'https://a.example/press/?q=visit&official=vusal-huseynov&organisation=iom',
    )
    expect(shareLink('https://a.example/', { q: '', filters: {} })).toBe('https://a.example/')
  })

  it('names a custom corpus and keeps a period', () => {
    const link = shareLink('https://a.example/', { q: '', filters: {}, from: '2020-01-01', to: '2020-12-31' }, 'https://data.example/c.json')
    const params = new URL(link).searchParams
    expect(params.get('corpus')).toBe('https://data.example/c.json')
    expect(stateFromQuery(Object.fromEntries(params)).state).toMatchObject({ from: '2020-01-01', to: '2020-12-31' })
  })

  it('round-trips through the URL state reader', () => {
    const request = { q: 'Каспийский "клуб"', filters: { topics: ['labour'], type: ['meeting'] }, sort: 'oldest' as const }
    const { state, invalid } = stateFromQuery(Object.fromEntries(new URL(shareLink('https://a.example/', request)).searchParams))
    expect(invalid).toEqual([])
    expect(state).toMatchObject({ q: request.q, sort: 'oldest', filters: { topics: ['labour'], type: ['meeting'] } })
  })
})
