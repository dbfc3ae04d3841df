import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatProblem, parseCorpusText, validateCorpus } from '../../../src/core/corpus/validate.ts'

function corpus(releases: unknown[], extra: Record<string, unknown> = {}) {
  return {
    schema: 'announcements/v1',
    source: { name: 'Test press office', languages: ['en', 'az'] },
    officials: [{ id: 'vusal-huseynov', name: 'Vusal Huseynov', aliases: ['Вусал Гусейнов'], affiliation: 'sms' }],
    organisations: [
      { id: 'sms', name: 'State Migration Service', kind: 'agency' },
      { id: 'iom', name: 'International Organization for Migration', aliases: ['IOM'] },
    ],
    topics: [{ id: 'covid-19', name: 'COVID-19', names: { az: 'COVID-19' } }],
    releases,
    ...extra,
  }
}

const good = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  date: '2020-10-02',
  title: 'Meeting with IOM',
  body: 'First paragraph.\n\nSecond paragraph.',
  ...extra,
})

const lines = (input: unknown) => validateCorpus(input).errors.map(formatProblem)

describe('validateCorpus', () => {
  it('accepts a valid corpus and fills the default language', () => {
    const report = validateCorpus(corpus([good('1', { officials: ['vusal-huseynov'], organisations: ['iom'], topics: ['covid-19'] })]))
    expect(report.errors).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report.corpus.releases).toHaveLength(1)
    expect(report.corpus.releases[0]?.lang).toBe('en')
  })

  it('reports a bad calendar date with its path and keeps the other releases', () => {
    const report = validateCorpus(corpus([good('1'), good('2', { date: '2020-13-01' }), good('3', { date: '2021-02-29' })]))
    expect(report.errors.map(formatProblem)).toEqual([
      'releases[1].date: "2020-13-01" is not a calendar date',
      'releases[2].date: "2021-02-29" is not a calendar date',
    ])
    expect(report.corpus.releases.map((r) => r.id)).toEqual(['1'])
    expect(report.stats).toEqual({ releases: 3, skippedReleases: 2, skippedReferences: 0 })
  })

  it('reports duplicate ids against the first occurrence', () => {
    expect(lines(corpus([good('7'), good('7')]))).toEqual(['releases[1].id: "7" is a duplicate of releases[0].id'])
  })

  it('reports unknown entity ids and keeps the release without them', () => {
    const report = validateCorpus(corpus([good('1', { organisations: ['iom', 'unhcr'] })]))
    expect(report.errors.map(formatProblem)).toEqual(['releases[0].organisations[1]: "unhcr" is not the id of any entry in organisations'])
    expect(report.corpus.releases[0]?.organisations).toEqual(['iom'])
    expect(report.stats.skippedReferences).toBe(1)
  })

  it('reports missing and empty required fields', () => {
    const { title: _title, ...noTitle } = good('1')
    expect(lines(corpus([noTitle, good('2', { body: '   ' })]))).toEqual(['releases[0].title: is missing', 'releases[1].body: is empty'])
  })

  it('reports wrong types', () => {
    expect(lines(corpus([good('1', { officials: 'vusal-huseynov' }), good('2', { date: 20201002 }), 'release']))).toEqual([
      'releases[0].officials: must be a list of official ids',
      'releases[1].date: must be a string "YYYY-MM-DD"',
      'releases[2]: a release must be an object',
    ])
  })

  it('reports an unknown schema version but still reads the releases', () => {
    const report = validateCorpus(corpus([good('1')], { schema: 'announcements/v2' }))
    expect(report.errors.map(formatProblem)).toEqual(['schema: "announcements/v2" is not a supported schema version; expected "announcements/v1"'])
    expect(report.corpus.releases).toHaveLength(1)
  })

  it('warns about unknown fields without losing the release', () => {
    const report = validateCorpus(corpus([good('1', { author: 'press office' })], { extra: true }))
    expect(report.errors).toEqual([])
    expect(report.warnings.map(formatProblem)).toEqual([
      'extra: is not a field of announcements/v1 and was ignored',
      'releases[0].author: is not a field of announcements/v1 and was ignored',
    ])
    expect(report.corpus.releases[0]).not.toHaveProperty('author')
  })

  it('drops dangling translations with a warning', () => {
    const report = validateCorpus(corpus([good('1', { translations: { az: '2', ru: '99' } }), good('2', { lang: 'az' })]))
    expect(report.warnings.map(formatProblem)).toEqual(['releases[0].translations.ru: "99" is not the id of any release'])
    expect(report.corpus.releases[0]?.translations).toEqual({ az: '2' })
  })

  it('rejects a document that is not an object', () => {
    expect(lines([1, 2])).toEqual(['a corpus must be a JSON object, not a list'])
    expect(lines(null)).toEqual(['a corpus must be a JSON object, not null'])
  })

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const report = validateCorpus(value)
        expect(Array.isArray(report.errors)).toBe(true)
      }),
    )
    fc.assert(
      fc.property(fc.array(fc.anything()), (releases) => {
        const report = validateCorpus(corpus(releases))
        expect(report.corpus.releases.length + report.stats.skippedReleases).toBe(releases.length)
      }),
    )
  })
})

describe('parseCorpusText', () => {
  it('gives one error with a position for text that is not JSON', () => {
    const result = parseCorpusText('{\n  "schema": "announcements/v1",\n  oops\n}')
    expect('error' in result && result.error.message).toMatch(/^not valid JSON: .*line 3/)
  })

  it('says when the text ends early', () => {
    const result = parseCorpusText('{"releases": [')
    expect('error' in result && result.error.message).toMatch(/truncated/)
  })

  it('parses valid JSON', () => {
    expect(parseCorpusText('{"a":1}')).toEqual({ value: { a: 1 } })
  })
})
