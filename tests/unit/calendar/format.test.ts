import { describe, expect, it } from 'vitest'
import { formatApaDay, formatDay, formatMonth, formatMonthName } from '../../../src/core/calendar/format.ts'

describe('formatDay', () => {
  it('writes a day in each interface language', () => {
    expect(formatDay('2020-10-02', 'en')).toBe('2 October 2020')
    expect(formatDay('2020-10-02', 'az')).toBe('2 oktyabr 2020')
    expect(formatDay('2020-10-02', 'ru')).toBe('2 октября 2020 г.')
  })

  it('writes Azerbaijani month names in lower case, dotted İ as plain i', () => {
    expect(formatDay('2021-06-15', 'az')).toBe('15 iyun 2021')
    expect(formatDay('2021-07-01', 'az')).toBe('1 iyul 2021')
  })

  it('takes language tags, and English for a language it has no forms for', () => {
    expect(formatDay('2020-10-02', 'ru-RU')).toBe('2 октября 2020 г.')
    expect(formatDay('2020-10-02', 'az-Latn-AZ')).toBe('2 oktyabr 2020')
    expect(formatDay('2020-10-02', 'en-GB')).toBe('2 October 2020')
    expect(formatDay('2020-10-02', 'de')).toBe('2 October 2020')
  })

  it('keeps text that is not a calendar date as it is', () => {
    expect(formatDay('2021-02-29', 'en')).toBe('2021-02-29')
    expect(formatDay('not a date', 'az')).toBe('not a date')
  })
})

describe('formatMonth and formatMonthName', () => {
  it('writes a month key short, with and without its year', () => {
    expect(formatMonth('2020-10', 'en')).toBe('Oct 2020')
    expect(formatMonth('2020-06', 'az')).toBe('iyun 2020')
    expect(formatMonth('2020-10', 'ru')).toBe('окт. 2020 г.')
    expect(formatMonthName('2020-03', 'en')).toBe('Mar')
    expect(formatMonthName('2020-08', 'az')).toBe('avq')
    expect(formatMonthName('2020-10', 'ru')).toBe('окт.')
  })

  it('keeps a key that is not a month', () => {
    expect(formatMonth('2020-13', 'en')).toBe('2020-13')
    expect(formatMonthName('x', 'ru')).toBe('x')
  })
})

describe('formatApaDay', () => {
  it('writes the two APA orders in English', () => {
    expect(formatApaDay('2020-10-02', 'year-first')).toBe('2020, October 2')
    expect(formatApaDay('2026-11-28', 'month-first')).toBe('November 28, 2026')
    expect(formatApaDay('sometime', 'year-first')).toBe('sometime')
  })
})
