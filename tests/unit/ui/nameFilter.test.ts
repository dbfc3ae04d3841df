import { describe, expect, it } from 'vitest'
import { filterByName, matchesWords, searchableWords, typedWords } from '../../../src/core/ui/nameFilter.ts'

const huseynov = searchableWords(['Vusal Huseynov', 'V. Huseynov', 'Вусал Гусейнов'])
const iom = searchableWords(['International Organization for Migration', 'IOM', 'МОМ', 'BMqT'])

describe('name filter', () => {
  it.each(['Huse', 'hüs', 'гусей', 'Вусал Гус', 'vusal h'])('finds Vusal Huseynov by "%s"', (text) => {
    expect(matchesWords(huseynov, typedWords(text))).toBe(true)
  })

  it.each(['мом', 'iom', 'org', 'migr', 'bmqt'])('finds IOM by "%s"', (text) => {
    expect(matchesWords(iom, typedWords(text))).toBe(true)
  })

  it('needs every typed word to start a name word', () => {
    expect(matchesWords(huseynov, typedWords('vusal iom'))).toBe(false)
    expect(matchesWords(iom, typedWords('ration'))).toBe(false)
  })

  it('keeps every item when nothing is typed', () => {
    const items = [{ value: 'a' }, { value: 'b' }]
    expect(filterByName(items, '  ', () => [])).toEqual(items)
  })

  it('filters items by their names', () => {
    const words = new Map([
      ['vusal-huseynov', huseynov],
      ['iom', iom],
    ])
    const items = [{ value: 'vusal-huseynov' }, { value: 'iom' }]
    expect(filterByName(items, 'Гусейнов', (v) => words.get(v) ?? [])).toEqual([{ value: 'vusal-huseynov' }])
  })
})
