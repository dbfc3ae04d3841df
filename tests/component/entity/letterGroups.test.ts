import { describe, expect, it } from 'vitest'
import { firstLetter, groupByKind, groupByLetter, indexEntry, matchesFilter } from '../../../src/components/entity/letterGroups.ts'

const entries = [
  indexEntry('iom', 'International Organization for Migration', ['IOM', 'МОМ', 'BMqT'], 57, 'international'),
  indexEntry('cec', 'Caspian European Club', [], 12, 'business'),
  indexEntry('emb-de', 'Embassy of Germany', [], 4, 'embassy'),
  indexEntry('ilo', 'International Labour Organization', ['ILO'], 0, 'international'),
  indexEntry('club', '"Bridge" association', [], 2),
  indexEntry('c2', '3rd Sector Forum', [], 1, 'ngo'),
  indexEntry('az', 'Əmək Nazirliyi', [], 3, 'government'),
]

describe('firstLetter', () => {
  it('skips quotes, upper-cases in the locale and files digits under #', () => {
    expect(firstLetter('"Bridge" association', 'en')).toBe('B')
    expect(firstLetter('əmək', 'az')).toBe('Ə')
    expect(firstLetter('istanbul', 'az')).toBe('İ')
    expect(firstLetter('3rd Sector Forum', 'en')).toBe('#')
    expect(firstLetter('', 'en')).toBe('#')
  })
})

describe('groupByLetter', () => {
  it('sorts names and letters in the locale order with # last', () => {
    const groups = groupByLetter(entries, 'az')
    expect(groups.map((g) => g.key)).toEqual(['B', 'C', 'E', 'Ə', 'I', '#'])
    expect(groups.find((g) => g.key === 'I')?.entries.map((e) => e.id)).toEqual(['ilo', 'iom'])
  })
})

it('keeps letters with marks apart from their base letter, in order', () => {
  const names = ['Şəki forum', 'Sumqayıt', 'Çay evi', 'Cəmiyyət', 'Sabah'].map((name, i) => indexEntry(String(i), name, [], 1))
  expect(groupByLetter(names, 'az').map((g) => g.key)).toEqual(['C', 'Ç', 'S', 'Ş'])
  expect(groupByLetter(names, 'az').find((g) => g.key === 'S')?.entries.map((e) => e.name)).toEqual(['Sabah', 'Sumqayıt'])
})

describe('groupByKind', () => {
  it('follows the given kind order and puts entries without a kind under the fallback', () => {
    const groups = groupByKind(entries, ['international', 'embassy', 'government', 'business', 'ngo', 'other'], 'en')
    expect(groups.map((g) => g.key)).toEqual(['international', 'embassy', 'government', 'business', 'ngo', 'other'])
    expect(groups[0]?.entries.map((e) => e.id)).toEqual(['ilo', 'iom'])
  })
})

describe('matchesFilter', () => {
  const iom = entries[0]!
  it('matches word starts of names and aliases across scripts', () => {
    expect(matchesFilter(iom, 'migr')).toBe(true)
    expect(matchesFilter(iom, 'мом')).toBe(true)
    expect(matchesFilter(iom, 'IOM')).toBe(true)
    expect(matchesFilter(iom, 'internat organ')).toBe(true)
    expect(matchesFilter(iom, 'labour')).toBe(false)
    expect(matchesFilter(iom, '')).toBe(true)
  })
})
