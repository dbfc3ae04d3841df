import { describe, expect, it } from 'vitest'
import { PROBLEM_CODES, PROBLEM_TEXTS } from '../../../src/core/problems.ts'
import { table as az } from '../../../src/i18n/messages/az/problems.ts'
import { table as ru } from '../../../src/i18n/messages/ru/problems.ts'
import { createPressroomI18n } from '../../../src/i18n/index.ts'

const PROBLEM_TEXTS_BY_LANGUAGE = { en: PROBLEM_TEXTS, az, ru }
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort()

describe('problem texts', () => {
  it('has a text for every code in az, en and ru, with the English placeholders', () => {
    expect(PROBLEM_CODES.length).toBeGreaterThan(40)
    for (const lang of ['en', 'az', 'ru'] as const) {
      const texts = PROBLEM_TEXTS_BY_LANGUAGE[lang]
      expect(Object.keys(texts).sort(), lang).toEqual([...PROBLEM_CODES].sort())
      for (const code of PROBLEM_CODES) {
        expect(texts[code].trim(), `${lang} ${code}`).not.toBe('')
        expect(placeholders(texts[code]), `${lang} ${code}`).toEqual(placeholders(PROBLEM_TEXTS[code]))
      }
    }
  })

  it('translates a coded problem through the interface translator, never falling back to the key', () => {
    for (const lang of ['en', 'az', 'ru'] as const) {
      const { t } = createPressroomI18n(lang).global
      for (const code of PROBLEM_CODES) {
        const text = t(`problems.code.${code}`, { value: '"x"', count: 2, max: 50, line: 3, column: 4, from: '2020-01-01', allowed: 'a, b', supported: '"announcements/v1"', source: 'u', table: 'topics', first: 'releases[0].id', scheme: 'data:', origin: 'o', url: 'u', status: 404, seconds: 30, detail: 'd' })
        expect(text, `${lang} ${code}`).not.toContain('problems.code')
        expect(text, `${lang} ${code}`).not.toMatch(/\{\w+\}/)
      }
    }
    expect(createPressroomI18n('az').global.t('problems.code.date.notCalendar', { value: '"2020-13-01"' })).toBe('"2020-13-01" təqvim tarixi deyil')
    expect(createPressroomI18n('ru').global.t('problems.cost.release')).toBe('сообщение пропущено')
  })

  it('keeps az and ru apart from English', () => {
    const same = PROBLEM_CODES.filter((code) => PROBLEM_TEXTS_BY_LANGUAGE.az[code] === PROBLEM_TEXTS[code] || PROBLEM_TEXTS_BY_LANGUAGE.ru[code] === PROBLEM_TEXTS[code])
    expect(same).toEqual([])
  })
})
