import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { validateCorpus } from '../../../src/core/corpus/validate.ts'
import { importReleases, numericIdFromUrl, slugOf, type ReleaseFile } from '../../../src/core/import/index.ts'
import { loadReleaseFiles, realGazetteer } from './fixtures.ts'

const gazetteer = realGazetteer()
const files = loadReleaseFiles()
const text = (path: string, content: string, meta?: unknown): ReleaseFile => (meta === undefined ? { path, content } : { path, content, meta })

describe('importReleases over the fixture set', () => {
  const result = importReleases(files, gazetteer, { dateFromFilename: true })

  it('produces a corpus the validator accepts without errors or warnings', () => {
    const report = validateCorpus(JSON.parse(JSON.stringify(result.corpus)))
    expect(report.errors).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report.corpus.releases).toHaveLength(files.length - 4)
  })

  it('gives byte-identical output whatever the order of the input files', () => {
    const once = JSON.stringify(result.corpus)
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: files.length }), (shuffled) => {
        return JSON.stringify(importReleases(shuffled, gazetteer, { dateFromFilename: true }).corpus) === once
      }),
      { numRuns: 5 },
    )
  })

  it('holds back the releases without a full date, saying why', () => {
    expect(result.heldBack.map((h) => h.file)).toEqual(['az-08-no-date.txt', 'az-12-ictimai-sura.txt', 'en-10-no-date.txt', 'ru-06-no-date.txt'])
    expect(result.heldBack[2]?.reason).toContain('only a day and month ("On November 27"), no year')
  })

  it('takes ids from numeric canonical addresses, else from the file name', () => {
    const ids = result.corpus.releases.map((r) => r.id)
    expect(ids).toContain('21001')
    expect(ids).toContain('en-09-statement')
    expect(ids).toContain('2021-03-15-unodc-seminar')
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('links language versions through hreflang alternates', () => {
    const release = result.corpus.releases.find((r) => r.id === '21001')
    expect(release?.translations).toEqual({ az: '21002', ru: '21003' })
    expect(result.corpus.releases.find((r) => r.id === '22040')?.translations).toEqual({ ru: '22041' })
  })

  it('lists only referenced entities, plus the institution and officials\' affiliations', () => {
    const organisationIds = result.corpus.organisations.map((o) => o.id)
    expect(organisationIds).toContain('sms')
    expect(organisationIds).not.toContain('embassy-italy')
    expect(result.corpus.topics.every((t) => result.corpus.releases.some((r) => r.topics?.includes(t.id)))).toBe(true)
    const everything = importReleases(files, gazetteer, { dateFromFilename: true, allEntities: true }).corpus
    expect(everything.organisations.map((o) => o.id)).toContain('embassy-italy')
    expect(everything.topics).toHaveLength(gazetteer.entities.topics.length)
  })

  it('keeps menus, footers and cookie banners out of bodies', () => {
    for (const release of result.corpus.releases) {
      expect(release.body).not.toMatch(/cookies|All rights reserved|Privacy Policy|Bütün hüquqlar|Все права|Share:|Partners/)
    }
    const chromeHeavy = result.corpus.releases.find((r) => r.id === '24007')
    expect(chromeHeavy?.organisations).toEqual(['azerbaijan-red-crescent'])
  })

  it('puts people the entities file lacks on releases, one official for every spelling, script and case form', () => {
    const official = (name: string) => result.corpus.officials.find((o) => o.name === name)
    expect(official('Daniel Whitmore')).toMatchObject({ role: 'Executive Director of AmCham Azerbaijan', affiliation: 'amcham-azerbaijan' })
    expect(official('Aynur Safarova')).toMatchObject({ aliases: ['Aynur Səfərova', 'Айнур Сафарова'], affiliation: 'sms' })
    expect(official('Johannes Reiter')?.aliases).toEqual(['Йоханнес Райтер'])
    const reiter = official('Johannes Reiter')?.id as string
    expect(result.corpus.releases.filter((r) => r.officials?.includes(reiter)).map((r) => r.lang).sort()).toEqual(['en', 'ru'])
    expect(result.corpus.officials.some((o) => /Анной|Райтером|Səfərovanın/.test(JSON.stringify(o)))).toBe(false)
  })

  it('names organisations by pattern and keeps other states\' bodies apart from the Azerbaijani ones', () => {
    const organisation = (name: string) => result.corpus.organisations.find((o) => o.name === name)
    expect(organisation('Norwegian Refugee Council')?.aliases).toEqual(['NRC'])
    const kazakh = organisation('Ministry of Internal Affairs of the Republic of Kazakhstan')
    expect(kazakh?.aliases).toEqual(expect.arrayContaining(['Qazaxıstan Respublikası Daxili İşlər Nazirliyi', 'Министерство внутренних дел Республики Казахстан']))
    const visits = result.corpus.releases.filter((r) => r.organisations?.includes(kazakh?.id as string))
    expect(visits).toHaveLength(3)
    for (const visit of visits) expect(visit.organisations).not.toContain('ministry-internal-affairs')
    const council = organisation('Public Council under the State Migration Service')
    expect(council?.aliases).toContain('Public Council')
    const roundTable = result.corpus.releases.find((r) => r.title.startsWith('Round table on the national action plan'))
    expect(roundTable?.organisations).toHaveLength(10)
    expect(result.candidates.aliases).toContainEqual(expect.objectContaining({ id: 'azerbaijan-red-crescent', alias: 'Red Crescent Society' }))
  })

  it('puts nothing on a report of the staff\'s own event', () => {
    const release = result.corpus.releases.find((r) => r.title === 'Staff of the Service planted trees')
    expect(release?.officials).toBeUndefined()
    expect(release?.organisations).toBeUndefined()
  })
})

describe('importReleases, one file at a time', () => {
  const gazetteer = realGazetteer()
  const body = 'The chief of the State Migration Service met a delegation of the International Labour Organization.'

  it('takes a date from the file name only when asked', () => {
    const file = text('2020-02-03-ilo.txt', `ILO meeting\n\n${body}`)
    expect(importReleases([file], gazetteer).heldBack).toHaveLength(1)
    const imported = importReleases([file], gazetteer, { dateFromFilename: true })
    expect(imported.corpus.releases[0]?.date).toBe('2020-02-03')
    expect(imported.imported[0]?.dateSource).toBe('filename')
  })

  it('lets a sidecar set the date, id, title, language and address, and notes what it ignores', () => {
    const file = text('x.txt', `ILO meeting\n\n${body}`, { date: '2020-02-04', id: 'custom', lang: 'en', url: 'https://x.az/1', colour: 'red' })
    const result = importReleases([file], gazetteer)
    expect(result.corpus.releases[0]).toMatchObject({ id: 'custom', date: '2020-02-04', url: 'https://x.az/1', organisations: ['ilo'] })
    expect(result.notes).toEqual([{ file: 'x.txt', message: 'sidecar field "colour" ignored (known: date, id, title, lang, url)' }])
    const bad = importReleases([text('y.txt', `T\n\n${body}`, { date: '2020-02-30' })], gazetteer)
    expect(bad.heldBack).toHaveLength(1)
    expect(bad.notes[0]?.message).toMatch(/not a calendar date/)
  })

  it('resolves relative addresses against --base-url and drops them without one', () => {
    const page = '<html><head><link rel="canonical" href="/en/news/77"><meta name="date" content="2021-01-01"></head><body><h1>T</h1><p>Text.</p></body></html>'
    const withBase = importReleases([text('a.html', page)], gazetteer, { baseUrl: 'https://migration.example.az/' })
    expect(withBase.corpus.releases[0]).toMatchObject({ id: '77', url: 'https://migration.example.az/en/news/77' })
    const without = importReleases([text('a.html', page)], gazetteer)
    expect(without.corpus.releases[0]?.url).toBeUndefined()
    expect(without.notes[0]?.message).toMatch(/give --base-url/)
  })

  it('makes duplicate ids unique and says so', () => {
    const a = text('a/same.txt', `One\n\n1 May 2021\n\n${body}`)
    const b = text('b/same.txt', `Two\n\n2 May 2021\n\n${body}`)
    const result = importReleases([a, b], gazetteer)
    // Newest first: the second file (2 May) took the new id.
    expect(result.corpus.releases.map((r) => r.id)).toEqual(['same-2', 'same'])
    expect(result.notes[0]?.message).toBe('id "same" already taken; using "same-2"')
  })

  it('removes the dateline paragraph from the body and never emits generatedAt unless given', () => {
    const result = importReleases([text('d.txt', `Title\n\nBaku, 14 March 2022\n\n${body}`)], gazetteer)
    expect(result.corpus.releases[0]?.body).toBe(body)
    expect(result.corpus.source.generatedAt).toBeUndefined()
    expect(importReleases([], gazetteer, { generatedAt: '2026-01-01T00:00:00Z' }).corpus.source.generatedAt).toBe('2026-01-01T00:00:00Z')
  })
})

describe('ids', () => {
  it('reads numeric ids from addresses', () => {
    expect(numericIdFromUrl('https://migration.gov.az/en/news/13452')).toBe('13452')
    expect(numericIdFromUrl('/en/news/13452-meeting-with-iom')).toBe('13452')
    expect(numericIdFromUrl('https://x.az/news.php?id=99')).toBe('99')
    expect(numericIdFromUrl('https://x.az/en/news/meeting')).toBeUndefined()
  })

  it('slugs file names in any script', () => {
    expect(slugOf('2020-10-02 Visit to IOM')).toBe('2020-10-02-visit-to-iom')
    expect(slugOf('Встреча с МОМ')).toBe('vstrecha-s-mom')
  })
})
