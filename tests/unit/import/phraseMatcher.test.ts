import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { PhraseMatcher } from '../../../src/core/import/phraseMatcher.ts'

function matcher(entries: Array<[string, string]>): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>()
  for (const [phrase, value] of entries) m.add(phrase, value)
  return m
}

const found = (m: PhraseMatcher<string>, text: string): Array<[string, string]> => m.find(text).map((x) => [x.value, text.slice(x.start, x.end)])

describe('PhraseMatcher', () => {
  const names = matcher([
    ['Vusal Huseynov', 'vh'],
    ['Vüsal Hüseynov', 'vh'],
    ['Вусал Гусейнов', 'vh'],
    ['Анна Линдквист', 'al'],
    ['Dövlət Miqrasiya Xidməti', 'sms'],
    ['Государственная миграционная служба', 'sms'],
    ['EU', 'eu'],
    ['EU Delegation to Azerbaijan', 'eu-delegation'],
    ['ASAN Service', 'asan'],
    ['Xəzər Avropa Klubu', 'cec'],
  ])

  it('finds names through Azerbaijani and Russian case endings', () => {
    expect(found(names, 'Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynovun')).toEqual([
      ['sms', 'Dövlət Miqrasiya Xidmətinin'],
      ['vh', 'Vüsal Hüseynovun'],
    ])
    expect(found(names, 'начальник Государственной миграционной службы Вусал Гусейнов с Анной Линдквист')).toEqual([
      ['sms', 'Государственной миграционной службы'],
      ['vh', 'Вусал Гусейнов'],
      ['al', 'Анной Линдквист'],
    ])
    expect(found(names, 'Xəzər Avropa Klubunun sədri')).toEqual([['cec', 'Xəzər Avropa Klubunun']])
  })

  it('lets the longest phrase win where phrases overlap', () => {
    expect(found(names, 'the EU Delegation to Azerbaijan and the EU')).toEqual([
      ['eu-delegation', 'EU Delegation to Azerbaijan'],
      ['eu', 'EU'],
    ])
  })

  it('matches acronyms only as written', () => {
    expect(found(names, 'It is asan service, but ASAN Service is not')).toEqual([['asan', 'ASAN Service']])
    expect(found(names, 'feu eu Eu')).toEqual([])
  })

  it('does not run a phrase across punctuation', () => {
    expect(found(names, 'Vusal. Huseynov')).toEqual([])
  })

  it('gives offsets that always cut a match out of the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Vusal', 'Huseynov', 'EU', 'Delegation', 'to', 'Azerbaijan', ',', '.', 'xyz', 'Вусал', 'Гусейнова')), (parts) => {
        const text = parts.join(' ')
        return names.find(text).every((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
      }),
    )
  })
})
