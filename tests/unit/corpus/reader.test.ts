import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CorpusScanner } from '../../../src/core/corpus/stream.ts'
import { CorpusReader, type ReadResult } from '../../../src/core/corpus/reader.ts'
import { parseCorpusText, validateCorpus } from '../../../src/core/corpus/validate.ts'

/** Strings that test a scanner: quotes, backslashes before quotes, brackets, and letters of two to four UTF-8 bytes. */
const TRICKY = ['say "hi"', 'ends with a backslash \\', '\\"', '[{"not": "json"}]', 'Гусейнов', 'Hüseynov', '移民', '🛂 passport', 'tab\tnew\nline', 'é😀']

function tables() {
  return {
    schema: 'announcements/v1',
    source: { name: 'Test "press" office', languages: ['en', 'az'] },
    officials: [{ id: 'vusal-huseynov', name: 'Vüsal Hüseynov', aliases: ['Вусал Гусейнов'] }],
    organisations: [{ id: 'iom', name: 'International Organization for Migration', aliases: ['IOM', 'МОМ'] }],
    topics: [{ id: 'visas', name: 'Visas' }],
  }
}

/** A document as text, with the given releases (already JSON values) newest first unless told. */
function documentText(releases: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...tables(), releases, ...extra })
}

function release(i: number, date: string, extra: Record<string, unknown> = {}) {
  const text = TRICKY[i % TRICKY.length] as string
  return { id: String(1000 + i), date, title: `Release ${i}: ${text}`, body: `${text}\n\n${'words '.repeat(i % 7)}`, organisations: ['iom'], ...extra }
}

/** Newest first: one release a day going back from 2024-12-31. */
function newestFirst(count: number) {
  return Array.from({ length: count }, (_, i) => release(i, new Date(Date.UTC(2024, 11, 31 - i)).toISOString().slice(0, 10)))
}

/** Cuts bytes at the given positions (sorted, deduplicated) into chunks. */
function cut(bytes: Uint8Array, positions: number[]): Uint8Array[] {
  const points = [...new Set(positions.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b)
  const chunks: Uint8Array[] = []
  let from = 0
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(from, point))
    from = point
  }
  return chunks
}

/** Reads `text` as a download would deliver it: bytes cut anywhere, decoded as a stream. */
function read(text: string, positions: number[]): { reader: CorpusReader; result: ReadResult } {
  const reader = new CorpusReader('https://example.org/corpus.json')
  const decoder = new TextDecoder()
  for (const chunk of cut(new TextEncoder().encode(text), positions)) reader.push(decoder.decode(chunk, { stream: true }))
  reader.push(decoder.decode())
  return { reader, result: reader.end(() => text) }
}

/** What a whole read gives. */
function whole(text: string) {
  const parsed = parseCorpusText(text, 'https://example.org/corpus.json')
  return 'error' in parsed ? { error: parsed.error } : validateCorpus(parsed.value)
}

const cuts = fc.array(fc.nat(), { maxLength: 40 })

describe('CorpusScanner', () => {
  it('finds every member and release wherever the text is cut, inside strings, escapes and multi-byte letters too', () => {
    const text = documentText(newestFirst(25), { extra: { note: 'a "late" member' } })
    const expected = JSON.parse(text) as Record<string, unknown>
    fc.assert(
      fc.property(cuts, (positions) => {
        const members: Record<string, unknown> = {}
        const releases: unknown[] = []
        const decoder = new TextDecoder()
        const scanner = new CorpusScanner({
          member: (key, json) => (members[key] = JSON.parse(json)),
          releasesStart: () => (members.releases = releases),
          releases: (list, bounds) => {
            const batch = JSON.parse(`[${list}]`) as unknown[]
            expect(bounds).toHaveLength(batch.length * 2)
            batch.forEach((element, i) => expect(JSON.parse(list.slice(bounds[2 * i], bounds[2 * i + 1]))).toEqual(element))
            releases.push(...batch)
          },
        })
        for (const chunk of cut(new TextEncoder().encode(text), positions)) scanner.push(decoder.decode(chunk, { stream: true }))
        scanner.end()
        expect(scanner.status).toBe('done')
        expect(members).toEqual(expected)
      }),
      { numRuns: 150 },
    )
  })

  it('accepts white space, a byte-order mark and empty lists; says when the top is not an object', () => {
    const statuses = (text: string) => {
      const scanner = new CorpusScanner({ member: () => {}, releasesStart: () => {}, releases: () => {} })
      for (const char of text) scanner.push(char)
      scanner.end()
      return scanner.status
    }
    expect(statuses('\uFEFF { "releases" : [ ] , "a" : 1 }\n')).toBe('done')
    expect(statuses('{}')).toBe('done')
    expect(statuses('[1, 2]')).toBe('other')
    expect(statuses('{"releases": [1,]}')).toBe('error')
    expect(statuses('{"a": 1} x')).toBe('error')
    expect(statuses('{"a": 1')).toBe('error')
  })
})

describe('CorpusReader', () => {
  it('gives the same report as a whole read, wherever the download is cut', () => {
    const releases = [
      ...newestFirst(12),
      release(40, '2020-13-01'),
      release(41, '2019-01-01', { url: 'javascript:alert(1)', organisations: ['iom', 'nobody'], surprise: true }),
      release(1, '2019-01-01'),
      release(42, '2018-05-05', { translations: { az: '1000', ru: 'missing' } }),
      'not a release',
    ]
    const text = documentText(releases, { comment: 'unknown, after the releases' })
    const expected = whole(text)
    fc.assert(
      fc.property(cuts, (positions) => {
        const { result } = read(text, positions)
        expect('report' in result && !('error' in result) && result.whole).toBe(false)
        expect('report' in result && result.report).toEqual(expected)
      }),
      { numRuns: 60 },
    )
  })

  it('shows releases while reading only for a document written newest first with its tables before them', () => {
    const newest = read(documentText(newestFirst(30)), [200, 900, 2000])
    expect(newest.reader.order).toBe('newest-first')
    expect(newest.reader.showable).toBe(true)

    const oldest = read(documentText(newestFirst(30).reverse()), [200, 900])
    expect(oldest.reader.order).toBe('other')
    expect(oldest.reader.showable).toBe(false)
    expect('report' in oldest.result && oldest.result.report).toEqual(whole(documentText(newestFirst(30).reverse())))

    // Tables after the releases: what was read could not be checked against them; the document is read whole.
    const { topics, ...rest } = tables()
    const late = JSON.stringify({ ...rest, releases: newestFirst(5).map((r) => ({ ...r, topics: ['visas'] })), topics })
    const lateRead = read(late, [100, 400])
    expect(lateRead.reader.showable).toBe(false)
    expect(lateRead.result).toEqual({ report: whole(late), whole: true })
  })

  it('stays out of order once a release is newer than the one before it', () => {
    const releases = newestFirst(10)
    releases.splice(6, 0, release(99, '2030-01-01'))
    const reader = new CorpusReader()
    const text = documentText(releases)
    const middle = text.indexOf('"1005"')
    reader.push(text.slice(0, middle))
    expect(reader.order).toBe('newest-first')
    reader.push(text.slice(middle))
    expect(reader.order).toBe('other')
  })

  it('gives the whole read’s problem for broken text, and keeps the releases read before the break', () => {
    const text = documentText(newestFirst(20))
    const at = text.indexOf('"1012"')
    const broken = `${text.slice(0, at)}{oops${text.slice(at)}`
    const expected = whole(broken)
    fc.assert(
      fc.property(cuts, (positions) => {
        const { result } = read(broken, positions)
        expect('error' in result && result.error).toEqual('error' in expected && expected.error)
        expect('error' in result && result.report?.corpus.releases.map((r) => r.id)).toEqual(newestFirst(12).map((r) => r.id))
      }),
      { numRuns: 40 },
    )

    const truncated = text.slice(0, text.indexOf('"1015"'))
    const cutShort = read(truncated, [50, 3000])
    expect('error' in cutShort.result && cutShort.result.error.code).toBe('json.truncated')
    expect('error' in cutShort.result && cutShort.result.error).toEqual((whole(truncated) as { error: unknown }).error)
  })

  it('reads other shapes whole: a document that is not an object, releases that are not a list or missing, repeated releases', () => {
    for (const text of ['[1, 2, 3]', '"text"', JSON.stringify({ ...tables(), releases: { a: 1 } }), JSON.stringify(tables()), `{"releases": [], "releases": ${JSON.stringify(newestFirst(2))}}`]) {
      const { result } = read(text, [3, 17])
      expect('report' in result && result.report).toEqual(whole(text))
    }
  })
})
