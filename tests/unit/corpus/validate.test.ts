import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { classifyCorpusBody, formatProblem, parseCorpusText, validateCorpus, type Problem } from '../../../src/core/corpus/validate.ts'

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
    expect(report.stats).toEqual({ releases: 3, skippedReleases: 2, skippedReferences: 0, droppedFields: 0 })
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

  it('reports wrong types of required fields and drops those releases', () => {
    const report = validateCorpus(corpus([good('1', { date: 20201002 }), 'release', good('3', { title: 42 })]))
    expect(report.errors.map(formatProblem)).toEqual([
      'releases[0].date: must be a string "YYYY-MM-DD"',
      'releases[1]: must be an object',
      'releases[2].title: must be a string',
    ])
    expect(report.errors.map((p) => p.cost)).toEqual(['release', 'release', 'release'])
    expect(report.corpus.releases).toEqual([])
  })

  it('says which schemas it understands and still reads the releases', () => {
    const report = validateCorpus(corpus([good('1')], { schema: 'announcements/v2' }))
    expect(report.errors.map(formatProblem)).toEqual([
      'schema: "announcements/v2" is not a schema this version understands; it reads "announcements/v1"',
    ])
    expect(report.errors[0]).toMatchObject({ code: 'schema.unsupported', severity: 'error', params: { supported: '"announcements/v1"' } })
    expect(report.corpus.releases).toHaveLength(1)
    expect(lines({ ...corpus([]), schema: undefined })).toEqual(['schema: is missing; this version reads "announcements/v1"'])
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

  it('costs a bad optional field only that field, with a warning naming its path', () => {
    const report = validateCorpus(corpus([
      good('1', { url: 'javascript:alert(1)', organisations: ['iom'] }),
      good('2', { url: 'data:text/html,<b>hi</b>', lang: 'English', type: 7, summary: ['x'], place: {} }),
      good('3', { translations: 'az', topics: ['covid-19', 5] }),
    ]))
    expect(report.errors).toEqual([])
    expect(report.warnings.map(formatProblem)).toEqual([
      'releases[0].url: "javascript:alert(1)" is not an http(s) URL',
      'releases[1].lang: "English" is not a language code such as "en"',
      'releases[1].url: "data:text/html,<b>hi</b>" is not an http(s) URL',
      'releases[1].type: must be a string',
      'releases[1].summary: must be a string',
      'releases[1].place: must be a string',
      'releases[2].topics[1]: must be a string',
      'releases[2].translations: must be an object of language code → text',
    ])
    expect(new Set(report.warnings.map((p) => p.cost))).toEqual(new Set(['field', 'value']))
    expect(report.corpus.releases.map((r) => r.id)).toEqual(['1', '2', '3'])
    const [first, second, third] = report.corpus.releases
    expect(first).toMatchObject({ title: 'Meeting with IOM', organisations: ['iom'] })
    expect(first).not.toHaveProperty('url')
    expect(second).toMatchObject({ lang: 'en' })
    expect(second).not.toHaveProperty('type')
    expect(third).toMatchObject({ topics: ['covid-19'] })
    expect(report.stats).toMatchObject({ skippedReleases: 0, droppedFields: 8 })
  })

  it('drops a release only for its id, date, title or body', () => {
    const report = validateCorpus(corpus([good('1', { url: 'javascript:x' }), good('', {}), good('3', { date: '2020-02-30', url: 'ftp://x' })]))
    expect(report.errors.map(formatProblem)).toEqual(['releases[1].id: is empty', 'releases[2].date: "2020-02-30" is not a calendar date'])
    expect(report.errors.every((p) => p.severity === 'error' && p.cost === 'release')).toBe(true)
    expect(report.corpus.releases.map((r) => r.id)).toEqual(['1'])
  })

  it('treats null optional fields as absent', () => {
    const report = validateCorpus(corpus([good('1', { url: null, summary: null })]))
    expect([...report.errors, ...report.warnings]).toEqual([])
  })

  it('drops dangling translations with a warning', () => {
    const report = validateCorpus(corpus([good('1', { translations: { az: '2', ru: '99' } }), good('2', { lang: 'az' })]))
    expect(report.warnings.map(formatProblem)).toEqual(['releases[0].translations.ru: "99" is not the id of any release'])
    expect(report.corpus.releases[0]?.translations).toEqual({ az: '2' })
  })

  it('marks the publishing institution and keeps it off partner lists', () => {
    const withInstitution = corpus([good('1', { organisations: ['sms', 'iom'] })], { source: { name: 'Press office', institution: 'sms' } })
    const report = validateCorpus(withInstitution)
    expect(report.errors).toEqual([])
    expect(report.corpus.source.institution).toBe('sms')
    expect(report.corpus.releases[0]?.organisations).toEqual(['iom'])
    expect(report.corpus.organisations.map((o) => o.id)).toContain('sms')
  })

  it('finds the institution by organisation kind, and warns about an unknown one', () => {
    const byKind = corpus([good('1', { organisations: ['sms', 'iom'] })])
    byKind.organisations[0] = { id: 'sms', name: 'State Migration Service', kind: 'institution' }
    expect(validateCorpus(byKind).corpus.releases[0]?.organisations).toEqual(['iom'])

    const unknown = validateCorpus(corpus([good('1', { organisations: ['sms'] })], { source: { name: 'Press office', institution: 'nobody' } }))
    expect(unknown.warnings.map(formatProblem)).toEqual(['source.institution: "nobody" is not the id of any organisation'])
    expect(unknown.corpus.source).not.toHaveProperty('institution')
    expect(unknown.corpus.releases[0]?.organisations).toEqual(['sms'])
  })

  it('keeps partner lists as they are without an institution', () => {
    expect(validateCorpus(corpus([good('1', { organisations: ['sms', 'iom'] })])).corpus.releases[0]?.organisations).toEqual(['sms', 'iom'])
  })

  it('rejects a document that is not an object', () => {
    expect(lines([1, 2])).toEqual(['a corpus must be a JSON object'])
    expect(lines(null)).toEqual(['a corpus must be a JSON object'])
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
  const error = (text: string, source?: string) => {
    const result = parseCorpusText(text, source)
    return 'error' in result ? result.error : undefined
  }

  it('gives one error with a position for text that is not JSON', () => {
    expect(error('{\n  "schema": "announcements/v1",\n  oops\n}')).toMatchObject({ code: 'json.syntax', params: { line: 3, column: 3 } })
  })

  it('says when the text ends early, and when there is none', () => {
    expect(error('{"releases": [')).toMatchObject({ code: 'json.truncated', params: { line: 1 } })
    expect(error(' \n')).toMatchObject({ code: 'json.empty' })
  })

  it('names an HTML page where JSON was expected, with its address', () => {
    const problem = error('<!DOCTYPE html>\n<html><body>Not found</body></html>', 'https://example.org/press/corpus.json')
    expect(problem).toMatchObject({ code: 'json.html', params: { source: 'https://example.org/press/corpus.json' } })
    expect(formatProblem(problem as Problem)).toBe('https://example.org/press/corpus.json is an HTML page, not a JSON corpus; check the address')
    expect(classifyCorpusBody('\uFEFF  <html>')).toBe('html')
    expect(classifyCorpusBody('{"a": 1}', 'text/html; charset=utf-8')).toBe('html')
    expect(classifyCorpusBody('{"a": 1}', 'application/json')).toBe('text')
  })

  it('parses valid JSON', () => {
    expect(parseCorpusText('{"a":1}')).toEqual({ value: { a: 1 } })
  })
})
