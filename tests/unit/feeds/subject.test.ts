import { describe, expect, it } from 'vitest'
import { feedHref, feedSubjectOf } from '../../../src/core/feeds/subject.ts'

describe('feedSubjectOf', () => {
  it('names the one entity a search is filtered by', () => {
    expect(feedSubjectOf({ organisations: ['iom'], type: ['meeting'], lang: ['en'] })).toEqual({ facet: 'organisations', id: 'iom' })
    expect(feedSubjectOf({ topics: ['covid-19'] })).toEqual({ facet: 'topics', id: 'covid-19' })
  })

  it('offers no feed for none or several', () => {
    expect(feedSubjectOf({})).toBeUndefined()
    expect(feedSubjectOf({ organisations: ['iom', 'unhcr'] })).toBeUndefined()
    expect(feedSubjectOf({ organisations: ['iom'], officials: ['vusal-huseynov'] })).toBeUndefined()
  })
})

describe('feedHref', () => {
  it('places the feed under the base path', () => {
    expect(feedHref('/', { facet: 'officials', id: 'vusal-huseynov' })).toBe('/feeds/officials/vusal-huseynov.xml')
    expect(feedHref('/press', { facet: 'topics', id: 'x' })).toBe('/press/feeds/topics/x.xml')
    expect(feedHref('/', { facet: 'topics', id: '../x' })).toBeUndefined()
  })
})
