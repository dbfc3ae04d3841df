import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SearchEngine } from '../../../src/core/search/engine.ts'
import type { FacetCount, SearchResponse } from '../../../src/core/search/types.ts'
import { indexTerms, searchKey } from '../../../src/core/text/index.ts'
import { isStopKey } from '../../../src/core/search/stopwords.ts'
import { fixtureCorpus, fixtureEngine, ids, request } from './fixture.ts'
import { generateCorpus } from '../../../src/core/generate/index.ts'
import { validateSearchRequest, type SearchInput } from '../../../src/core/request/schema.ts'
import { REQUEST_LIMITS } from '../../../src/core/request/limits.ts'

const engine = fixtureEngine()
const corpus = fixtureCorpus()
const byId = new Map(corpus.releases.map((r) => [r.id, r]))

const count = (facet: FacetCount[], value: string): number | undefined => facet.find((f) => f.value === value)?.count
const sorted = (list: string[]): string[] => [...list].sort()

/** Ids of fixture releases satisfying a predicate, for model-based expectations. */
const where = (test: (id: string) => boolean): string[] => sorted(corpus.releases.map((r) => r.id).filter(test))

describe('browse', () => {
  it('lists every release newest first for an empty query', () => {
    const all = ids(engine, '')
    expect(all).toHaveLength(20)
    const dates = all.map((id) => byId.get(id)?.date ?? '')
    expect(dates).toEqual([...dates].sort().reverse())
    expect(engine.search(request('')).hits[0]?.id).toBe('r20')
  })

  it('sorts oldest first on request', () => {
    expect(engine.search(request('', { sort: 'oldest' })).hits[0]?.id).toBe('r01')
  })

  it('pages and clamps out-of-range pages and sizes', () => {
    const first = engine.search(request('', { pageSize: 8 }))
    const third = engine.search(request('', { pageSize: 8, page: 3 }))
    expect(first.hits).toHaveLength(8)
    expect(third.hits).toHaveLength(4)
    expect(engine.search(request('', { pageSize: 8, page: 99 })).page).toBe(3)
    expect(engine.search(request('', { page: -4 })).page).toBe(1)
    expect(engine.search(request('', { pageSize: 100000 })).pageSize).toBe(20)
    const pages = [1, 2, 3].flatMap((page) => engine.search(request('', { pageSize: 8, page })).hits.map((h) => h.id))
    expect(pages).toEqual(ids(engine, ''))
  })
})

describe('facets', () => {
  it('counts every value over the whole result set', () => {
    const response = engine.search(request(''))
    expect(count(response.facets.organisations, 'iom')).toBe(6)
    expect(count(response.facets.type, 'meeting')).toBe(9)
    expect(count(response.facets.lang, 'en')).toBe(18)
    expect(count(response.facets.officials, 'vusal-huseynov')).toBe(7)
  })

  it('ORs values within a facet and ANDs facets', () => {
    const either = ids(engine, '', { filters: { organisations: ['iom', 'unhcr'] } })
    expect(sorted(either)).toEqual(where((id) => ['iom', 'unhcr'].some((o) => byId.get(id)?.organisations?.includes(o))))
    const both = ids(engine, '', { filters: { organisations: ['iom', 'unhcr'], type: ['meeting'] } })
    expect(sorted(both)).toEqual(where((id) => ['iom', 'unhcr'].some((o) => byId.get(id)?.organisations?.includes(o)) && byId.get(id)?.type === 'meeting'))
  })

  it('counts a facet with a selection as if it had none (disjunctive), others within the selection', () => {
    const response = engine.search(request('', { filters: { organisations: ['iom'] } }))
    expect(response.total).toBe(6)
    // Own facet: counts ignore the selection, so UNHCR still shows its full count.
    expect(count(response.facets.organisations, 'unhcr')).toBe(3)
    expect(count(response.facets.organisations, 'cec')).toBe(3)
    expect(response.facets.organisations.find((f) => f.value === 'iom')).toEqual({ value: 'iom', count: 6, selected: true })
    // Other facets: counted within IOM releases.
    expect(count(response.facets.type, 'meeting')).toBe(3)
    expect(count(response.facets.lang, 'ru')).toBe(1)
  })

  it('keeps a selected value listed even with no release left, and puts selections first', () => {
    const response = engine.search(request('trafficking ', { filters: { organisations: ['cec'] } }))
    expect(response.total).toBe(0)
    expect(response.facets.organisations[0]).toEqual({ value: 'cec', count: 0, selected: true })
  })

  it('leaves out facet values this archive does not know, as coded problems', () => {
    const response = engine.search(request('', { filters: { organisations: ['nope'], type: ['meeting'] } }))
    expect(response.total).toBe(9)
    expect(response.problems).toEqual([{ path: 'organisation', code: 'filter.unknownId', params: { value: 'nope' }, severity: 'warning', cost: 'value' }])
    expect(engine.search(request('', { filters: { organisations: ['iom'] } })).problems).toEqual([])
  })
})

describe('dates and histogram', () => {
  it('filters by an inclusive date range', () => {
    const inRange = ids(engine, '', { from: '2023-02-14', to: '2023-11-03' })
    expect(sorted(inRange)).toEqual(['r07', 'r08', 'r09', 'r10'])
  })

  it('accepts a year or a month as a range end', () => {
    expect(ids(engine, '', { from: '2024', to: '2024' })).toHaveLength(5)
    expect(sorted(ids(engine, '', { from: '2024-06', to: '2024-06' }))).toEqual(['r13', 'r14'])
  })

  it('searches the range the schema made of invalid and reversed dates', () => {
    expect(engine.search(request('', { from: '2020-13-01', to: 'soon' })).total).toBe(20)
    expect(engine.search(request('', { from: '2023-12-31', to: '2023-01-01' })).total).toBe(4)
  })

  it('counts the result set by year and month, ignoring the date range but not the facets', () => {
    const response = engine.search(request('', { filters: { type: ['meeting'] }, from: '2025-01-01' }))
    expect(response.total).toBe(3)
    const years = Object.fromEntries(response.histogram.years.map((b) => [b.key, b.count]))
    expect(years).toEqual({ '2020': 1, '2021': 1, '2022': 1, '2023': 0, '2024': 3, '2025': 2, '2026': 1 })
    expect(response.histogram.months[0]).toEqual({ key: '2020-10', count: 1 })
    expect(response.histogram.months.at(-1)).toEqual({ key: '2026-01', count: 1 })
    expect(response.histogram.months).toHaveLength(64)
    expect(response.histogram.months.reduce((sum, b) => sum + b.count, 0)).toBe(9)
  })
})

describe('query language', () => {
  it('lists releases with every word in date order, and ranks them first by relevance', () => {
    expect(sorted(ids(engine, 'caspian workers ', { sort: 'newest' }))).toEqual(['r11', 'r19'])
    const response = engine.search(request('caspian workers '))
    expect(response.allWords).toBe(2)
    expect(sorted(response.hits.slice(0, 2).map((h) => h.id))).toEqual(['r11', 'r19'])
    // Then releases with one of the two words: every Caspian European Club release, every one about workers.
    const either = where((id) => /caspian|workers/i.test(`${byId.get(id)?.title} ${byId.get(id)?.body}`) || byId.get(id)?.organisations?.includes('cec') === true)
    expect(sorted(response.hits.map((h) => h.id))).toEqual(either)
    expect(response.total).toBe(either.length)
  })

  it('needs no top-up when many releases hold every word', () => {
    const response = engine.search(request('iom ', { pageSize: 5 }))
    expect(response.allWords).toBeUndefined()
  })

  it('falls back to any word when no release holds them all, and says so', () => {
    const response = engine.search(request('caspian trafficking '))
    expect(response.fallback).toBe('any-word')
    expect(sorted(response.hits.map((h) => h.id))).toEqual(['r01', 'r11', 'r15', 'r19'])
    expect(engine.search(request('caspian club ')).fallback).toBeUndefined()
  })

  it('verifies phrases against the text', () => {
    expect(sorted(ids(engine, '"work permits"'))).toEqual(['r08', 'r12'])
    // Both words occur in r11 and r17 but not next to each other.
    expect(sorted(ids(engine, 'work permits '))).toEqual(expect.arrayContaining(['r08', 'r11', 'r12']))
    expect(ids(engine, '"permits work"')).toEqual([])
  })

  it('excludes words and phrases', () => {
    const withPermits = ids(engine, 'permits ')
    expect(withPermits).toContain('r08')
    expect(ids(engine, 'permits -germany')).not.toContain('r08')
    expect(ids(engine, 'permits -"work permits"')).not.toContain('r12')
    expect(ids(engine, 'permits -"work permits"')).toContain('r11')
    // Exclusions are exact: leaving out "permit" keeps releases that only say "permits".
    expect(ids(engine, 'residence -permit')).toContain('r07')
    expect(ids(engine, 'permits -permit')).not.toContain('r11')
  })

  it('browses everything indexed minus the exclusions for a query of exclusions only', () => {
    expect(ids(engine, '-iom')).toHaveLength(14)
  })

  it('ORs words and groups', () => {
    expect(sorted(ids(engine, 'trafficking OR statelessness '))).toEqual(['r15', 'r16'])
    expect(sorted(ids(engine, '(trafficking OR statelessness) unhcr ', { sort: 'newest' }))).toEqual(['r16'])
    expect(ids(engine, '(trafficking OR statelessness) unhcr ')[0]).toBe('r16')
  })

  it('matches the word being typed as a prefix', () => {
    expect(ids(engine, 'traffick')).toEqual(['r15'])
    expect(ids(engine, 'traffick ')).toEqual([])
  })

  it('matches the word being typed as a prefix from its third letter, whole words before', () => {
    const entityNames = (id: string): string[] => {
      const r = byId.get(id)
      const names: string[] = []
      for (const o of corpus.officials) if (r?.officials?.includes(o.id)) names.push(o.name, ...(o.aliases ?? []))
      for (const o of corpus.organisations) if (r?.organisations?.includes(o.id)) names.push(o.name, ...(o.aliases ?? []))
      for (const t of corpus.topics) if (r?.topics?.includes(t.id)) names.push(t.name, ...Object.values(t.names ?? {}))
      return names
    }
    for (const typed of ['t', 'tr', 'Гу', 'q', 'tra', 'Гус', 'migr', 'xxxxx']) {
      const typedKey = searchKey(typed)
      const expected = where((id) => {
        const r = byId.get(id)
        const text = [r?.title, r?.body, r?.summary, r?.place, ...entityNames(id)].join(' ')
        return indexTerms(text).some((key) => (typedKey.length >= 3 ? key.startsWith(typedKey) : key === typedKey))
      })
      // Translations of a match join it: the same release in another language.
      const translations = expected.flatMap((id) => corpus.releases.filter((r) => r.id === id || Object.values(r.translations ?? {}).includes(id)).flatMap((r) => [r.id, ...Object.values(r.translations ?? {})]))
      const withTranslations = typedKey.length < 3 && isStopKey(typedKey) ? [] : sorted([...new Set([...expected, ...translations])])
      expect(sorted(ids(engine, typed))).toEqual(withTranslations)
    }
  })

  it('does not match the whole archive for a word of nonsense letters', () => {
    // "xxxxx" has the key "x" (runs of one letter collapse): a whole word, not a prefix of everything.
    expect(engine.search(request('xxxxx')).total).toBe(0)
    expect(engine.search(request('xxxxx ')).total).toBe(0)
    const sample = fixtureEngine(generateCorpus({ count: 300, seed: 2026 }))
    for (const q of ['xxxxx', 'xxxxx ', 'qqqq', 'zzzzzz ']) expect(sample.search(request(q)).total, q).toBe(0)
    // One or two letters match whole words only: a few releases, never all of them.
    for (const q of ['x', 'xx', 'q']) expect(sample.search(request(q)).total, q).toBeLessThan(30)
  })

  it('tolerates one typo in longer words', () => {
    expect(ids(engine, 'trafficing ')).toEqual(['r15'])
    expect(ids(engine, 'statelesness ')).toEqual(['r16'])
  })

  it('finds releases by entity aliases in any script', () => {
    const iom = sorted(ids(engine, 'IOM '))
    expect(iom).toEqual(where((id) => byId.get(id)?.organisations?.includes('iom') ?? false))
    expect(sorted(ids(engine, 'МОМ '))).toEqual(iom)
    expect(sorted(ids(engine, 'BMqT '))).toEqual(iom)
    expect(sorted(ids(engine, '"International Organization for Migration"'))).toEqual(iom)
  })

  it('finds a name across scripts and spellings', () => {
    const huseynov = where((id) => byId.get(id)?.officials?.includes('vusal-huseynov') ?? false)
    for (const spelling of ['Huseynov ', 'Гусейнов ', 'Hüseynov ', 'Huseinov ']) expect(sorted(ids(engine, spelling))).toEqual(huseynov)
    expect(sorted(ids(engine, 'Халилов '))).toEqual(where((id) => byId.get(id)?.officials?.includes('javid-khalilov') ?? false))
  })

  it('highlights matches in titles and snippets as ranges', () => {
    const hit = engine.search(request('"work permits"')).hits.find((h) => h.id === 'r08')
    expect(hit?.title.ranges.map(([a, b]) => hit.title.text.slice(a, b))).toEqual(['work', 'permits'])
    expect(hit?.snippet.ranges.length).toBeGreaterThan(0)
    const ru = engine.search(request('Huseynov ')).hits.find((h) => h.id === 'r14')
    expect(ru?.title.ranges.map(([a, b]) => ru.title.text.slice(a, b))).toEqual(['Гусейнов'])
  })

  it('finds the snippet of a long body around its matches, wherever they are', () => {
    const filler = (n: number): string => Array.from({ length: n }, (_, i) => `Sentence ${i} repeats plain filler words about nothing.`).join(' ')
    const long = {
      ...corpus,
      releases: [
        { id: 'a', date: '2024-01-01', title: 'Long', body: `${filler(40)} The zebra crossing opened near the office. ${filler(40)}` },
        { id: 'b', date: '2024-01-02', title: 'Long', body: `${filler(80)} A zebra appeared at the end.` },
        { id: 'c', date: '2024-01-03', title: 'Long', body: `A zebra at the start. ${filler(80)}` },
      ],
    }
    const longEngine = fixtureEngine(long)
    for (const q of ['zebra ', 'zeb', 'zebra crossing ']) {
      const response = longEngine.search(request(q))
      expect(response.total).toBeGreaterThan(0)
      for (const hit of response.hits) {
        const marked = hit.snippet.ranges.map(([a, b]) => hit.snippet.text.slice(a, b).toLowerCase())
        expect(marked).toContain('zebra')
        const body = long.releases.find((r) => r.id === hit.id)?.body ?? ''
        expect(hit.snippet.text.startsWith('…')).toBe(!body.startsWith(hit.snippet.text.slice(0, 10)))
      }
    }
  })

  it('reports the words and highlight terms it used', () => {
    const response = engine.search(request('iom visi'))
    expect(response.terms).toEqual(['iom', 'visi'])
    expect(response.highlight.at(-1)).toMatchObject({ prefix: true })
  })

  it('sorts matches by date on request', () => {
    const newest = ids(engine, 'iom ', { sort: 'newest' })
    expect(newest.map((id) => byId.get(id)?.date)).toEqual(newest.map((id) => byId.get(id)?.date).sort().reverse())
    expect(ids(engine, 'iom ', { sort: 'oldest' })).toEqual([...newest].reverse())
  })
})

describe('progressive indexing', () => {
  it('searches the newest indexed releases only until indexing completes', () => {
    const partial = SearchEngine.fromCorpus(corpus)
    expect(partial.search(request('iom ')).total).toBe(0)
    expect(partial.search(request('')).total).toBe(20)
    expect(partial.indexChunk(8)).toEqual({ indexed: 8, total: 20 })
    const response = partial.search(request('iom '))
    expect(response.indexed).toBe(8)
    expect(response.releases).toBe(20)
    const newestEight = new Set(ids(engine, '').slice(0, 8))
    expect(response.hits.map((h) => h.id).every((id) => newestEight.has(id))).toBe(true)
    expect(sorted(response.hits.map((h) => h.id))).toEqual(['r13', 'r14', 'r19'])
    while (!partial.isFullyIndexed) partial.indexChunk(5)
    expect(partial.search(request('iom ')).total).toBe(6)
    expect(partial.indexedCount).toBe(20)
  })
})

describe('serialised index', () => {
  const queries = ['iom ', 'Гусейнов', '"work permits"', 'permits -germany', 'trafficing ', 'migr', 'caspian trafficking ', '']

  it('restores to identical results, from the buffer and from a view of it', () => {
    const fromBuffer = SearchEngine.fromCorpusWithIndex(corpus, engine.serializeIndex())
    const fromView = SearchEngine.fromCorpusWithIndex(corpus, new Uint8Array(engine.serializeIndex()))
    expect(fromBuffer.isFullyIndexed).toBe(true)
    const strip = (r: SearchResponse): unknown => ({ ...r, tookMs: 0 })
    for (const q of queries) {
      expect(strip(fromBuffer.search(request(q)))).toEqual(strip(engine.search(request(q))))
      expect(strip(fromView.search(request(q)))).toEqual(strip(engine.search(request(q))))
    }
    expect(fromBuffer.related('r02')).toEqual(engine.related('r02'))
  })

  it('rejects an index made for another corpus or damaged', () => {
    const other = { ...corpus, releases: corpus.releases.slice(1) }
    expect(() => SearchEngine.fromCorpusWithIndex(other, engine.serializeIndex())).toThrow(/another corpus/)
    const cut = new Uint8Array(engine.serializeIndex()).slice(0, 200)
    expect(() => SearchEngine.fromCorpusWithIndex(corpus, cut)).toThrow(/not usable/)
    const flipped = new Uint8Array(engine.serializeIndex())
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] as number) ^ 1
    expect(() => SearchEngine.fromCorpusWithIndex(corpus, flipped)).toThrow(/damaged/)
    expect(() => SearchEngine.fromCorpusWithIndex(corpus, new TextEncoder().encode('garbage'))).toThrow(/not usable/)
  })
})

describe('related releases', () => {
  it('puts releases sharing the most entities first and leaves out translations', () => {
    const related = engine.related('r02', 10).map((h) => h.id)
    expect(related).not.toContain('r02')
    // r13 translates r02, and r14 translates r13: both are the same announcement.
    expect(related).not.toContain('r13')
    expect(related).not.toContain('r14')
    // r09 shares the chief and IOM; r03 and r19 share IOM; r05 only the readmission topic.
    expect(related[0]).toBe('r09')
    expect(sorted(related.slice(1, 3))).toEqual(['r03', 'r19'])
    expect(related).toContain('r05')
    expect(related.indexOf('r05')).toBeGreaterThan(related.indexOf('r06'))
    expect(engine.related('r02', 2)).toHaveLength(2)
  })

  it('returns nothing for an unknown release', () => {
    expect(engine.related('nope')).toEqual([])
  })
})

describe('suggestions', () => {
  it('suggests entities from a prefix in any script', () => {
    expect(engine.suggest('гусей')[0]).toMatchObject({ facet: 'officials', value: 'vusal-huseynov', count: 7 })
    expect(engine.suggest('Hüse')[0]?.value).toBe('vusal-huseynov')
    expect(engine.suggest('мом')[0]).toMatchObject({ facet: 'organisations', value: 'iom', count: 6 })
    expect(engine.suggest('caspian eu').map((s) => s.value)).toEqual(['cec'])
    expect(engine.suggest('trudovaya').map((s) => s.value)).toEqual(['labour-migration'])
    expect(engine.suggest('')).toEqual([])
  })
})

describe('bad input', () => {
  it('never throws on any request the schema lets through', () => {
    const anything = fc.anything({ maxDepth: 2 })
    fc.assert(
      fc.property(
        fc.record({
          q: fc.oneof(fc.string({ maxLength: 200 }), anything),
          filters: fc.oneof(fc.dictionary(fc.constantFrom('officials', 'organisations', 'topics', 'type', 'lang', 'x'), fc.oneof(fc.array(fc.constantFrom('iom', 'meeting', 'en', 'bogus')), anything)), anything),
          from: fc.oneof(fc.constantFrom('2021', '2023-02-30', '2024-06-12', ''), anything),
          to: fc.oneof(fc.constantFrom('2025', '1999-01-01', 'x'), anything),
          sort: fc.oneof(fc.constantFrom('relevance', 'newest', 'oldest'), anything),
          page: fc.oneof(fc.integer(), fc.double(), anything),
          pageSize: fc.oneof(fc.integer(), anything),
        }),
        (raw) => {
          const { request: valid } = validateSearchRequest(raw as SearchInput)
          const response = engine.search(valid)
          expect(response.hits.length).toBeLessThanOrEqual(response.pageSize)
          expect(response.total).toBeGreaterThanOrEqual(response.hits.length)
          engine.allIds(valid)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('survives a corpus that skipped validation', () => {
    const odd = {
      ...corpus,
      releases: [
        { id: 'x', date: 'not a date', title: 42, body: null, officials: ['ghost'], type: 7 },
        { id: 'y', date: '2024-02-30', title: 'Fine', body: 'A fine release' },
      ],
    } as never
    const oddEngine = fixtureEngine(odd)
    expect(oddEngine.search(request('fine ')).hits.map((h) => h.id)).toEqual(['y'])
    expect(oddEngine.search(request('')).total).toBe(2)
  })

  it('handles a 10 kB query of odd Unicode', () => {
    const q = '\u0000\ud800"(-OR 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ə ı İ ﷽ '.repeat(400)
    const { request: valid, problems } = validateSearchRequest({ q })
    expect(problems.map((p) => [p.path, p.code])).toEqual([['q', 'param.tooLong']])
    expect(Array.from(valid.q)).toHaveLength(REQUEST_LIMITS.queryLength)
    expect(engine.search(valid).problems.map((p) => [p.path, p.code, p.params.max])).toEqual([['q', 'query.tooManyWords', REQUEST_LIMITS.queryWords]])
  })
})
