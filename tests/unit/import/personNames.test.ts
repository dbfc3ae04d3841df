import { describe, expect, it } from 'vitest'
import { looksLikeSurname, plainestForm, samePerson } from '../../../src/core/import/personNames.ts'
import { mergeArchive } from '../../../src/core/import/archive.ts'
import { compileGazetteer, readEntitiesFile } from '../../../src/core/import/index.ts'
import { loadEntitiesJson } from './fixtures.ts'

describe('samePerson', () => {
  it('meets spellings, scripts and case endings of one name', () => {
    expect(samePerson('Vusal Huseynov', 'Vüsal Hüseynov')).toBe(true)
    expect(samePerson('Vusal Huseynov', 'Вусалом Гусейновым')).toBe(true)
    expect(samePerson('Vusal Huseynov', 'Вюсал Гусейнов')).toBe(true)
    expect(samePerson('Vusal Huseynov', 'V. Hüseynovun')).toBe(true)
    expect(samePerson('Aynur Səfərova', 'Айнур Сафаровой')).toBe(true)
    expect(samePerson('Aynur Səfərova', 'Aynur Səfərovanın')).toBe(true)
    expect(samePerson('Anna Lindqvist', 'Анной Линдквист')).toBe(true)
    expect(samePerson('Kirsten Holm', 'Кирстен Хольм')).toBe(true)
    expect(samePerson('Telman Aliyev', 'Telman Aliev')).toBe(true)
  })

  it('keeps different people apart', () => {
    expect(samePerson('Rauf Aliyev', 'Rauf Guliyev')).toBe(false)
    expect(samePerson('Anar Mammadov', 'Anna Mammadova')).toBe(false)
    expect(samePerson('Vusal Huseynov', 'Vusal Hasanov')).toBe(false)
  })
})

describe('names in their plainest form', () => {
  it('prefers the nominative and the full first name', () => {
    expect(plainestForm(['Айнур Сафаровой', 'Айнур Сафарова'])).toBe('Айнур Сафарова')
    expect(plainestForm(['Йоханнесом Райтером'])).toBe('Йоханнес Райтер')
    expect(plainestForm(['V. Huseynov', 'Vusal Huseynovun'])).toBe('Vusal Huseynov')
  })

  it('tells surnames by their endings', () => {
    for (const word of ['Huseynov', 'Cəfərli', 'Гусейновым', 'Səfərovanın', 'Beridze']) expect(looksLikeSurname(word), word).toBe(true)
    expect(looksLikeSurname('Council')).toBe(false)
  })
})

describe('mergeArchive', () => {
  const { entities } = readEntitiesFile(loadEntitiesJson())
  const gazetteer = compileGazetteer(entities)
  const person = (name: string, role?: string) => ({ name, start: 0, end: name.length, ...(role ? { role } : {}) })

  it('makes one official of a name introduced by a role in one release and written otherwise in others', () => {
    const archive = mergeArchive(
      [
        { file: 'a', lang: 'en', people: [person('Kirsten Holm', 'UNHCR Representative in Azerbaijan')], organisations: [] },
        { file: 'b', lang: 'ru', people: [person('Кирстен Хольм')], organisations: [] },
      ],
      gazetteer,
    )
    expect(archive.officials).toEqual([{ id: 'kirsten-holm', name: 'Kirsten Holm', aliases: ['Кирстен Хольм'], role: 'UNHCR Representative in Azerbaijan', affiliation: 'unhcr' }])
    expect(archive.names.find('Кирстен Хольм поблагодарила').map((m) => m.value.id)).toEqual(['kirsten-holm'])
  })

  it('sends a bare name seen once to the candidates, and folds a new spelling of a listed official into its curated id', () => {
    const archive = mergeArchive([{ file: 'a', lang: 'en', people: [person('Farid Guliyev'), person('Vusal Guseynov', 'chief')], organisations: [] }], gazetteer)
    expect(archive.officials).toEqual([])
    expect(archive.weakPeople.get('a')?.map((p) => p.name)).toEqual(['Farid Guliyev'])
    expect(archive.names.find('Vusal Guseynov said').map((m) => m.value.id)).toEqual(['vusal-huseynov'])
  })
})
