import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CSV_COLUMNS, csvField, excerpt, toCsv } from '../../../src/core/export/csv.ts'
import { corpus } from './fixtures.ts'
import { parseCsv } from '../../support/csv.ts'

const options = { permalinkBase: 'https://pressroom.example/' }

describe('toCsv', () => {
  it('starts with a byte order mark and the header row, and ends rows with CRLF', () => {
    const csv = toCsv(corpus.releases, corpus, options)
    expect(csv.startsWith('\uFEFFid,date,lang,type,title,officials,official_ids,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(corpus.releases.length + 2)
  })

  it('leaves the byte order mark out on request', () => {
    expect(toCsv([], corpus, { ...options, bom: false })).toBe(`${CSV_COLUMNS.join(',')}\r\n`)
  })

  it('has one row per release with names, ids, permalink and default language', () => {
    const rows = parseCsv(toCsv(corpus.releases, corpus, options).slice(1))
    expect(rows).toHaveLength(4)
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]))
    expect(first).toMatchObject({
      id: '101',
      title: 'Chief met the IOM mission, "again"',
      officials: 'Vusal Huseynov; Aynur Mammadova',
      official_ids: 'vusal-huseynov;deputy-one',
      organisations: 'International Organization for Migration',
      topic_ids: 'labour-migration',
      permalink: 'https://pressroom.example/releases/101',
      excerpt: 'First paragraph, with a comma. Second paragraph.',
    })
    const third = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[3]?.[i]]))
    expect(third).toMatchObject({ lang: 'en', officials: '', excerpt: 'Line one line two' })
    expect(rows[2]?.[CSV_COLUMNS.indexOf('excerpt')]).toBe('Короткое описание')
  })

  it('keeps a would-be formula as text', () => {
    const rows = parseCsv(toCsv(corpus.releases, corpus, options).slice(1))
    expect(rows[2]?.[CSV_COLUMNS.indexOf('title')]).toBe('\'=HYPERLINK("http://evil.example")')
  })

  it('round-trips any text through quoting', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), (values) => {
        const line = `${values.map(csvField).join(',')}\r\n`
        const parsed = parseCsv(line)
        expect(parsed).toHaveLength(1)
        expect(parsed[0]).toEqual(values.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)))
      }),
    )
  })
})

describe('excerpt', () => {
  it('cuts long text at a word and marks the cut', () => {
    const body = 'word '.repeat(200)
    const text = excerpt({ body }, 500)
    expect(text.length).toBeLessThanOrEqual(500)
    expect(text.endsWith('word…')).toBe(true)
  })

  it('keeps short text whole', () => {
    expect(excerpt({ body: 'Short.' }, 500)).toBe('Short.')
  })
})
