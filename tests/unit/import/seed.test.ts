import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateCorpus } from '../../../src/core/corpus/validate.ts'
import { compileGazetteer, importReleases, readEntitiesFile } from '../../../src/core/import/index.ts'
import { loadEntitiesJson, realGazetteer, SEED_URL } from './fixtures.ts'

const seed = { path: 'caspian-european-club-meeting.txt', content: readFileSync(SEED_URL, 'utf8') }

describe('the real release (data/seed)', () => {
  it('is held back with the missing date reported', () => {
    const result = importReleases([seed], realGazetteer())
    expect(result.corpus.releases).toEqual([])
    expect(result.heldBack).toEqual([
      { file: seed.path, reason: expect.stringMatching(/^no date: no date in the page; use --date-from-filename or a sidecar/) },
    ])
  })

  it('yields its officials, organisation, topics and type once a sidecar gives the date', () => {
    const result = importReleases([{ ...seed, meta: { date: '2020-10-02' } }], realGazetteer())
    const [release] = result.corpus.releases
    expect(release?.date).toBe('2020-10-02')
    expect(release?.officials).toEqual(['vusal-huseynov', 'telman-aliyev'])
    expect(release?.organisations).toContain('caspian-european-club')
    expect(release?.organisations).not.toContain('sms')
    expect(release?.topics).toEqual(['covid-19', 'legal-residence', 'labour-migration'])
    expect(release?.type).toBe('meeting')
    expect(release?.title).toBe(
      'Meeting of the chief of the State Migration Service with the members of the Caspian European Club via video conferencing',
    )
    expect(release?.body).not.toMatch(/©|All rights reserved|Privacy Policy/)
    expect(release?.body.split('\n\n')).toHaveLength(5)
    const chief = result.corpus.officials.find((o) => o.id === 'vusal-huseynov')
    expect(chief?.role).toBe('Chief of the State Migration Service')
    expect(result.corpus.officials.find((o) => o.id === 'telman-aliyev')?.role).toBe('Chairman and CEO of the Caspian European Club')
    expect(validateCorpus(JSON.parse(JSON.stringify(result.corpus))).errors).toEqual([])
  })

  it('finds both people, their roles and sides by their role patterns when the entities file lists no officials', () => {
    const { entities } = readEntitiesFile(loadEntitiesJson())
    const result = importReleases([{ ...seed, meta: { date: '2020-10-02' } }], compileGazetteer({ ...entities, officials: [] }))
    const officials = result.corpus.officials
    expect(officials.map((o) => o.name).sort()).toEqual(['Telman Aliyev', 'Vusal Huseynov'])
    expect(officials.find((o) => o.name === 'Vusal Huseynov')).toMatchObject({ role: 'Chief of the State Migration Service', affiliation: 'sms' })
    expect(officials.find((o) => o.name === 'Telman Aliyev')).toMatchObject({
      role: 'Chairman and CEO of the Caspian European Club',
      affiliation: 'caspian-european-club',
    })
    expect(result.corpus.releases[0]?.officials).toEqual(officials.filter((o) => o.name !== '').map((o) => o.id).sort((a, b) => (a === 'vusal-huseynov' ? -1 : b === 'vusal-huseynov' ? 1 : 0)))
  })
})
