import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldText, nameKey, searchKey, transliterate } from '../../../src/core/text/index.ts'
import { anyText, relevantWord, unicodeText } from './arbitraries.ts'

/** Spellings of one name that must share a key: Azerbaijani Latin, English, Russian. */
const SAME_NAME: readonly string[][] = [
  ['Hüseynov', 'Huseynov', 'Huseinov', 'Гусейнов'],
  ['Əliyev', 'Aliyev', 'Aliev', 'Алиев'],
  ['Məmmədov', 'Mammadov', 'Мамедов'],
  ['Cavid', 'Javid', 'Джавид'],
  ['Xəlilov', 'Khalilov', 'Халилов'],
  ['Qasımov', 'Gasimov', 'Гасымов'],
  ['Şərifov', 'Sharifov'],
  ['МОМ', 'MOM'],
  ['Vüsal', 'Vusal', 'Вусал'],
  ['Beynəlxalq', 'Beynelxalq'],
]

/** Independent, slow statement of the phonetic rules documented in searchKey.ts. */
function referenceKey(word: string): string {
  const DIGRAPHS: Record<string, string> = { kh: 'x', sh: 's', ch: 'c', gh: 'g' }
  const CLASSES: Record<string, string> = { e: 'a', y: 'i', q: 'g', j: 'c' }
  return transliterate(foldText(word))
    .replace(/[^\p{L}\p{N}\p{M}]|[ʼʻʽ]/gu, '')
    .replace(/[kscg]h/g, (pair) => DIGRAPHS[pair] as string)
    .replace(/^h/, 'g')
    .replace(/h/g, 'x')
    .replace(/[eyqj]/g, (letter) => CLASSES[letter] as string)
    .replace(/([a-z])\1+/g, '$1')
}

describe('searchKey across scripts and spellings', () => {
  for (const spellings of SAME_NAME) {
    it(`gives ${spellings.join(' / ')} one key`, () => {
      const keys = spellings.map(searchKey)
      expect(new Set(keys).size, keys.join(', ')).toBe(1)
    })
  }

  it('matches whole names across scripts with nameKey', () => {
    expect(nameKey('Вусал Гусейнов')).toBe(nameKey('Vüsal Hüseynov'))
    expect(nameKey('Vusal Huseynov')).toBe(nameKey('Vüsal Hüseynov'))
    expect(nameKey('МОМ')).toBe(nameKey('MOM'))
    expect(nameKey('Beynəlxalq Miqrasiya Təşkilatı')).toBe(nameKey('Beynelxalq Miqrasiya Teşkilati'))
    expect(nameKey('Telman  Aliyev')).toBe('talman aliav')
    expect(nameKey('Vusal Huseynov')).not.toBe(nameKey('Telman Aliyev'))
  })

  it('keeps different names apart', () => {
    const names = ['Hüseynov', 'Həsənov', 'Əliyev', 'Məmmədov', 'Xəlilov', 'Qasımov', 'Şərifov', 'Cəfərov', 'Quliyev', 'Kərimov']
    expect(new Set(names.map(searchKey)).size).toBe(names.length)
  })
})

describe('searchKey rules', () => {
  it('applies the digraph, h, class and doubling rules', () => {
    expect(searchKey('Khan')).toBe('xan')
    expect(searchKey('shelter')).toBe('saltar')
    expect(searchKey('chief')).toBe('ciaf')
    expect(searchKey('Ghana')).toBe('gana')
    expect(searchKey('Hasan')).toBe('gasan')
    expect(searchKey('Əhməd')).toBe(searchKey('Ахмед'))
    expect(searchKey('committee')).toBe('comita')
  })

  it('keeps digits as they are', () => {
    expect(searchKey('2020')).toBe('2020')
    expect(searchKey('1100')).toBe('1100')
    expect(searchKey('COVID19')).toBe('covid19')
  })

  it('returns an empty key for a word without letters or digits', () => {
    expect(searchKey('')).toBe('')
    expect(searchKey('—')).toBe('')
    expect(searchKey('ь')).toBe('')
    expect(searchKey('\u0301')).toBe('')
  })

  it('keeps common English words of the domain distinct', () => {
    const words = [
      'residence', 'resident', 'permit', 'migration', 'migrant', 'council', 'counsel', 'citizen',
      'citizenship', 'visa', 'visit', 'embassy', 'delegation', 'agreement', 'cooperation', 'refugee',
      'border', 'labour', 'employer', 'employee', 'foreigner', 'stateless', 'registration', 'service',
      'chief', 'deputy', 'meeting', 'conference', 'training', 'statement', 'operation', 'statistics',
    ]
    const keys = words.map(searchKey)
    expect(new Set(keys).size).toBe(words.length)
  })

  it('matches the slow statement of the rules on every word', () => {
    fc.assert(fc.property(relevantWord, (word) => searchKey(word) === referenceKey(word)), { numRuns: 2000 })
  })
})

describe('searchKey properties', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(relevantWord, (word) => searchKey(searchKey(word)) === searchKey(word)), { numRuns: 1000 })
    fc.assert(fc.property(unicodeText, (text) => searchKey(searchKey(text)) === searchKey(text)), { numRuns: 1000 })
  })

  it('never throws on any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        searchKey(text)
        nameKey(text)
      }),
      { numRuns: 1000 },
    )
  })

  const asciiWord = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 14 })

  it('turns prefixes of ASCII words without "kh" into prefixes of the word key', () => {
    fc.assert(
      fc.property(asciiWord, (word) => {
        fc.pre(!word.includes('kh'))
        const whole = searchKey(word)
        for (let length = 1; length < word.length; length++) {
          if (!whole.startsWith(searchKey(word.slice(0, length)))) return false
        }
        return true
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps prefix keys as prefixes for nearly all ASCII words, "kh" included', () => {
    const words = fc.sample(asciiWord, { numRuns: 3000, seed: 42 })
    let pairs = 0
    let kept = 0
    for (const word of words) {
      const whole = searchKey(word)
      for (let length = 1; length < word.length; length++) {
        pairs++
        if (whole.startsWith(searchKey(word.slice(0, length)))) kept++
      }
    }
    expect(kept / pairs).toBeGreaterThan(0.99)
    expect(kept).toBeLessThan(pairs) // the k|h boundary is the known exception
  })
})
