import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { checkCorpusUrl, parseOrigins } from '../../../src/core/security/corpusUrl.ts'

const base = 'https://press.example.org/search?q=x'
const onlyHere = { base, allowed: [] }

describe('checkCorpusUrl', () => {
  it('loads relative and same-origin addresses', () => {
    expect(checkCorpusUrl('/sample/corpus.json', onlyHere)).toEqual({ url: 'https://press.example.org/sample/corpus.json', origin: 'https://press.example.org' })
    expect(checkCorpusUrl('https://press.example.org/a.json', onlyHere)).toMatchObject({ origin: 'https://press.example.org' })
  })

  it('refuses data:, blob: and javascript: addresses with their scheme', () => {
    for (const [raw, scheme] of [
      ['data:application/json,{"schema":"announcements/v1"}', 'data:'],
      ['blob:https://press.example.org/1234', 'blob:'],
      ['JavaScript:alert(1)', 'javascript:'],
      ['file:///etc/passwd', 'file:'],
    ] as const) {
      const check = checkCorpusUrl(raw, { base, allowed: '*' })
      expect(check).toMatchObject({ problem: { path: 'corpus', code: 'corpus.refusedScheme', params: { scheme } } })
    }
  })

  it('refuses other origins unless the deployment allows them', () => {
    expect(checkCorpusUrl('https://evil.example.net/c.json', onlyHere)).toEqual({
      problem: { path: 'corpus', code: 'corpus.refusedOrigin', params: { value: 'https://evil.example.net/c.json', origin: 'https://evil.example.net', allowed: 'https://press.example.org' }, severity: 'error' },
    })
    const allowed = { base, allowed: ['https://cdn.example.org'] }
    expect(checkCorpusUrl('https://cdn.example.org/c.json', allowed)).toMatchObject({ origin: 'https://cdn.example.org' })
    expect(checkCorpusUrl('http://cdn.example.org/c.json', allowed)).toMatchObject({ problem: { code: 'corpus.refusedOrigin' } })
  })

  it('names an unusable address and shortens long values', () => {
    expect(checkCorpusUrl('http://[::1', onlyHere)).toMatchObject({ problem: { code: 'corpus.notAddress' } })
    const long = checkCorpusUrl(`data:${'x'.repeat(500)}`, onlyHere)
    expect('problem' in long && Array.from(String(long.problem.params.value)).length).toBe(80)
  })

  it('never lets a non-http(s) address through, whatever the policy', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<readonly string[] | '*'>('*', [], ['https://cdn.example.org']), (raw, allowed) => {
        const check = checkCorpusUrl(raw, { base, allowed })
        if ('url' in check) expect(check.url).toMatch(/^https?:\/\//)
      }),
    )
  })
})

describe('parseOrigins', () => {
  it('reads origins separated by spaces or commas', () => {
    expect(parseOrigins('https://cdn.example.org/path/, http://127.0.0.1:8080  https://cdn.example.org')).toEqual(['https://cdn.example.org', 'http://127.0.0.1:8080'])
  })
  it('treats * as any origin and ignores what is not an origin', () => {
    expect(parseOrigins('https://a.example.org *')).toBe('*')
    expect(parseOrigins('%VITE_PRESSROOM_CORPUS_ORIGINS% data:x javascript:y')).toEqual([])
    expect(parseOrigins(undefined)).toEqual([])
  })
})
