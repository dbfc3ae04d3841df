import { beforeAll, describe, expect, it } from 'vitest'
import { RELEASE_TYPES, type Corpus, type Release } from '../../../src/core/corpus/types.ts'
import { validateCorpus } from '../../../src/core/corpus/validate.ts'
import { generateCorpus } from '../../../src/core/generate/index.ts'
import { countWords } from '../../../src/core/generate/phrasing.ts'

const AZ_LETTERS = /[əıişçğöüƏİŞÇĞÖÜ]/
const AZ_SPECIFIC = /[əƏ]/
const CYRILLIC = /\p{Script=Cyrillic}/u

let corpus: Corpus
let byId: Map<string, Release>

beforeAll(() => {
  corpus = generateCorpus({ count: 2000, seed: 42 })
  byId = new Map(corpus.releases.map((r) => [r.id, r]))
})

describe('generateCorpus determinism', () => {
  it('gives byte-identical JSON for the same seed and count', () => {
    expect(JSON.stringify(generateCorpus({ count: 2000, seed: 42 }))).toBe(JSON.stringify(corpus))
    expect(JSON.stringify(generateCorpus({ count: 300, seed: 'press' }))).toBe(JSON.stringify(generateCorpus({ count: 300, seed: 'press' })))
  })

  it('gives a different archive for a different seed', () => {
    const other = generateCorpus({ count: 2000, seed: 43 })
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(corpus))
    expect(other.releases.map((r) => r.title)).not.toEqual(corpus.releases.map((r) => r.title))
  })

  it('produces exactly the requested number of releases', () => {
    expect(corpus.releases).toHaveLength(2000)
    expect(generateCorpus({ count: 1, seed: 1 }).releases).toHaveLength(1)
    expect(generateCorpus({ count: 37, seed: 5 }).releases).toHaveLength(37)
  })
})

describe('generated archive', () => {
  it('passes validation with no errors and no warnings', () => {
    const report = validateCorpus(JSON.parse(JSON.stringify(corpus)))
    expect(report.errors).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report.corpus.releases).toHaveLength(2000)
    // The service publishes every release: the normalised corpus never lists it as a partner.
    expect(corpus.releases.filter((r) => r.organisations?.includes('sms')).length).toBeGreaterThan(1000)
    expect(report.corpus.releases.filter((r) => r.organisations?.includes('sms'))).toEqual([])
  })

  it('is marked as synthetic and describes its source', () => {
    expect(corpus.schema).toBe('announcements/v1')
    expect(corpus.source.synthetic).toBe(true)
    expect(corpus.source.languages).toEqual(['en', 'az', 'ru'])
    expect(corpus.source.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/)
    expect(corpus.source.institution).toBe('sms')
  })

  it('has about 200 officials, 300 organisations and 40 topics, with unique ids', () => {
    expect(corpus.officials.length).toBeGreaterThanOrEqual(180)
    expect(corpus.officials.length).toBeLessThanOrEqual(240)
    expect(corpus.organisations.length).toBeGreaterThanOrEqual(260)
    expect(corpus.organisations.length).toBeLessThanOrEqual(330)
    expect(corpus.topics.length).toBeGreaterThanOrEqual(35)
    expect(corpus.topics.length).toBeLessThanOrEqual(45)
    for (const table of [corpus.officials, corpus.organisations, corpus.topics]) {
      expect(new Set(table.map((e) => e.id)).size).toBe(table.length)
      for (const e of table) expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('models the agency, its kinds of partners and their names in three languages', () => {
    const orgs = new Map(corpus.organisations.map((o) => [o.id, o]))
    expect(orgs.get('sms')?.kind).toBe('agency')
    expect(orgs.get('iom')?.aliases).toEqual(expect.arrayContaining(['IOM', 'BMqT', 'МОМ']))
    expect(orgs.get('unhcr')?.aliases).toEqual(expect.arrayContaining(['BMT QAK', 'УВКБ ООН']))
    expect(orgs.get('embassy-germany')?.name).toBe('Embassy of Germany in Azerbaijan')
    const kinds = new Set(corpus.organisations.map((o) => o.kind))
    for (const kind of ['agency', 'international', 'embassy', 'government', 'business', 'ngo', 'academic', 'media']) expect(kinds).toContain(kind)
    expect(corpus.organisations.filter((o) => o.kind === 'embassy').length).toBeGreaterThanOrEqual(70)
    for (const o of corpus.organisations) {
      expect(o.aliases?.some((a) => AZ_LETTERS.test(a) || /[A-Za-z]/.test(a))).toBe(true)
      expect(o.aliases?.some((a) => CYRILLIC.test(a))).toBe(true)
    }
    for (const t of corpus.topics) {
      expect(t.names?.az).toBeTruthy()
      expect(t.names?.ru).toMatch(CYRILLIC)
    }
  })

  it('gives officials roles, resolvable affiliations, initials, Azerbaijani and Cyrillic spellings', () => {
    const orgIds = new Set(corpus.organisations.map((o) => o.id))
    for (const official of corpus.officials) {
      expect(orgIds.has(official.affiliation ?? '')).toBe(true)
      expect(official.role).toBeTruthy()
      expect(official.aliases?.some((a) => CYRILLIC.test(a))).toBe(true)
      expect(official.aliases?.some((a) => /^\p{Lu}\. /u.test(a))).toBe(true)
    }
    const chief = corpus.officials.find((o) => o.id === 'vusal-huseynov')
    expect(chief?.aliases).toEqual(expect.arrayContaining(['V. Huseynov', 'Vüsal Hüseynov', 'Вусал Гусейнов']))
    const local = corpus.officials.filter((o) => o.aliases?.some((a) => AZ_SPECIFIC.test(a)))
    expect(local.length).toBeGreaterThan(40)
    const own = corpus.officials.filter((o) => o.affiliation === 'sms')
    expect(own.length).toBeGreaterThanOrEqual(25)
    expect(corpus.officials.filter((o) => o.role?.startsWith('Ambassador Extraordinary and Plenipotentiary')).length).toBeGreaterThanOrEqual(70)
  })

  it('refers only to existing entities, and every release names someone or something', () => {
    const known = {
      officials: new Set(corpus.officials.map((o) => o.id)),
      organisations: new Set(corpus.organisations.map((o) => o.id)),
      topics: new Set(corpus.topics.map((t) => t.id)),
    }
    for (const r of corpus.releases) {
      for (const facet of ['officials', 'organisations', 'topics'] as const) {
        const ids = r[facet] ?? []
        expect(new Set(ids).size).toBe(ids.length)
        for (const id of ids) expect(known[facet].has(id), `${r.id} ${facet} ${id}`).toBe(true)
      }
      expect(r.topics?.length).toBeGreaterThan(0)
      expect(RELEASE_TYPES).toContain(r.type)
    }
  })

  it('is written newest first, with unique, numeric-looking ids that grow with the date, and matching URLs', () => {
    const ids = corpus.releases.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (let i = 1; i < corpus.releases.length; i++) {
      const [a, b] = [corpus.releases[i - 1]!, corpus.releases[i]!]
      expect(a.date >= b.date).toBe(true)
      // Within a day in the order published; a newer day has higher ids.
      if (a.date === b.date) expect(Number(b.id)).toBeGreaterThan(Number(a.id))
      else expect(Number(a.id)).toBeGreaterThan(Number(b.id))
    }
    for (const r of corpus.releases) {
      expect(r.id).toMatch(/^\d+$/)
      expect(r.url).toBe(`https://migration.example.gov.az/${r.lang}/news/${r.id}`)
    }
  })

  it('spreads dates over 2008–2026 with growth and few weekend releases', () => {
    const years = new Map<number, number>()
    for (const r of corpus.releases) years.set(Number(r.date.slice(0, 4)), (years.get(Number(r.date.slice(0, 4))) ?? 0) + 1)
    for (let y = 2008; y <= 2026; y++) expect(years.get(y) ?? 0, `year ${y}`).toBeGreaterThan(0)
    const sum = (from: number, to: number) => [...years].filter(([y]) => y >= from && y <= to).reduce((n, [, c]) => n + c, 0)
    expect(sum(2021, 2026)).toBeGreaterThan(2 * sum(2008, 2013))
    const weekend = corpus.releases.filter((r) => [0, 6].includes(new Date(`${r.date}T00:00:00Z`).getUTCDay())).length
    expect(weekend / corpus.releases.length).toBeLessThan(0.05)
    expect(corpus.releases[0]!.date >= '2008-01-01').toBe(true)
    expect(corpus.releases.at(-1)!.date <= '2026-11-27').toBe(true)
  })

  it('is mostly English, with Azerbaijani and Russian versions linked both ways', () => {
    const langs = corpus.releases.map((r) => r.lang)
    const share = (lang: string) => langs.filter((l) => l === lang).length / langs.length
    expect(share('en')).toBeGreaterThan(0.7)
    expect(share('en')).toBeLessThan(0.9)
    expect(share('az')).toBeGreaterThan(0.04)
    expect(share('ru')).toBeGreaterThan(0.04)
    let linked = 0
    for (const r of corpus.releases) {
      for (const [lang, id] of Object.entries(r.translations ?? {})) {
        const other = byId.get(id)
        expect(other, `${r.id} → ${id}`).toBeDefined()
        expect(other!.lang).toBe(lang)
        expect(other!.translations?.[r.lang as string]).toBe(r.id)
        expect(other!.date).toBe(r.date)
        expect(other!.type).toBe(r.type)
        linked++
      }
      if (r.lang !== 'en') expect(Object.keys(r.translations ?? {})).toContain('en')
    }
    expect(linked).toBeGreaterThan(500)
  })

  it('writes Azerbaijani releases in Azerbaijani letters and Russian ones in Cyrillic', () => {
    for (const r of corpus.releases) {
      const letters = `${r.title} ${r.body}`.match(/\p{L}/gu) ?? []
      const cyrillic = letters.filter((ch) => CYRILLIC.test(ch)).length
      if (r.lang === 'az') {
        expect(r.body).toMatch(AZ_SPECIFIC)
        expect(cyrillic).toBe(0)
      } else if (r.lang === 'ru') {
        expect(cyrillic / letters.length).toBeGreaterThan(0.9)
      } else {
        expect(cyrillic).toBe(0)
        expect(r.body).not.toMatch(AZ_SPECIFIC)
      }
    }
  })

  it('has multi-paragraph bodies of press-release length', () => {
    let words = 0
    for (const r of corpus.releases) {
      const paragraphs = r.body.split('\n\n')
      expect(paragraphs.length, r.id).toBeGreaterThanOrEqual(3)
      for (const p of paragraphs) expect(p.trim().length).toBeGreaterThan(0)
      expect(r.body).not.toMatch(/\n{3,}|undefined|NaN|\$\{/)
      words += countWords(r.body)
    }
    const average = words / corpus.releases.length
    expect(average).toBeGreaterThan(250)
    expect(average).toBeLessThan(500)
  })

  it('varies its titles and has summaries and places on some releases', () => {
    const distinct = new Set(corpus.releases.map((r) => r.title)).size
    expect(distinct / corpus.releases.length).toBeGreaterThan(0.6)
    expect(corpus.releases.filter((r) => r.summary).length).toBeGreaterThan(50)
    const places = new Set(corpus.releases.map((r) => r.place).filter(Boolean))
    expect(places).toContain('Baku')
    expect(places).toContain('video conference')
    expect(places.size).toBeGreaterThan(5)
    const types = new Set(corpus.releases.map((r) => r.type))
    expect(types.size).toBe(RELEASE_TYPES.length)
  })

  it('uses the COVID-19 topic only in 2020–2022', () => {
    const covid = corpus.releases.filter((r) => r.topics?.includes('covid-19'))
    expect(covid.length).toBeGreaterThan(0)
    for (const r of covid) expect(Number(r.date.slice(0, 4))).toBeGreaterThanOrEqual(2020)
    for (const r of covid) expect(Number(r.date.slice(0, 4))).toBeLessThanOrEqual(2022)
  })

  it('lists every official named in a release, in the release language’s spelling', () => {
    const officials = new Map(corpus.officials.map((o) => [o.id, o]))
    for (const r of corpus.releases) {
      const text = `${r.title}\n${r.body}`
      for (const id of r.officials ?? []) {
        const o = officials.get(id)!
        const spellings = [o.name, ...(o.aliases ?? [])].filter((a) => !/^\p{Lu}\. /u.test(a))
        expect(spellings.some((s) => text.includes(s)), `${r.id} (${r.lang}) lists ${id}`).toBe(true)
      }
    }
  })

  it('names in English text exactly the organisations and officials it lists', () => {
    expect(namingProblems(corpus, corpus.releases.filter((r) => r.lang === 'en')).slice(0, 20)).toEqual([])
  }, 60_000)

  it('has a naming check that catches a missing or an extra reference', () => {
    const release = corpus.releases.find((r) => r.lang === 'en' && r.organisations?.includes('sms') && (r.officials?.length ?? 0) > 0)!
    const missing = { ...release, organisations: release.organisations!.filter((id) => id !== 'sms') }
    expect(namingProblems(corpus, [missing]).join('\n')).toContain('names sms')
    const extra = { ...release, organisations: [...release.organisations!, 'embassy-malta'] }
    expect(namingProblems(corpus, [extra]).join('\n')).toContain('lists embassy-malta but does not name it')
    const person = { ...release, officials: release.officials!.slice(1) }
    expect(namingProblems(corpus, [person]).join('\n')).toContain(`names ${release.officials![0]} without listing it`)
  })
})

/** Organisations and officials an English release names but does not list, or lists but does not name. */
function namingProblems(corpus: Corpus, releases: readonly Release[]): string[] {
  const problems: string[] = []
  const { organisations: orgs, officials } = corpus
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const patterns = new Map<string, RegExp>()
  const mentions = (text: string, name: string) => {
    if (name.length < 3 || !text.includes(name)) return false
    let pattern = patterns.get(name)
    if (!pattern) patterns.set(name, (pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(name)}($|[^\\p{L}\\p{N}])`, 'u')))
    return pattern.test(text)
  }
  for (const r of releases) {
    const full = `${r.title}\n${r.body}`
    const listedOrgs = new Set(r.organisations)
    const listedPeople = new Set(r.officials)
    for (const o of orgs.filter((x) => listedOrgs.has(x.id))) {
      if (![o.name, ...(o.aliases ?? [])].some((n) => full.includes(n))) problems.push(`${r.id}: lists ${o.id} but does not name it`)
    }
    // Remove what is listed, longest names first, then look for anything else.
    let rest = full
    const listedNames = [
      ...orgs.filter((x) => listedOrgs.has(x.id)).flatMap((o) => [o.name, ...(o.aliases ?? [])]),
      ...officials.filter((x) => listedPeople.has(x.id)).flatMap((o) => [o.name, o.role ?? '']),
    ]
      .filter(Boolean)
      .sort((a, b) => b.length - a.length)
    for (const name of listedNames) rest = rest.split(name).join(' ')
    for (const o of orgs) {
      if (listedOrgs.has(o.id)) continue
      const hit = [o.name, ...(o.aliases ?? [])].find((n) => mentions(rest, n))
      if (hit) problems.push(`${r.id}: names ${o.id} ("${hit}") without listing it`)
    }
    for (const o of officials) {
      if (!listedPeople.has(o.id) && rest.includes(o.name)) problems.push(`${r.id}: names ${o.id} without listing it`)
    }
  }
  return problems
}
