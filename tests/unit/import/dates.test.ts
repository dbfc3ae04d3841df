import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dateFromFileName, findDates, findReleaseDate, parseDateValue } from '../../../src/core/import/dates.ts'

const doc = (paragraphs: string[], declaredDates: string[] = [], title = 'Title') => ({ title, paragraphs, declaredDates, alternates: {} })

describe('findDates', () => {
  it.each([
    ['2019-11-27', '2019-11-27'],
    ['27.11.2019', '2019-11-27'],
    ['27/11/2019', '2019-11-27'],
    ['27 November 2019', '2019-11-27'],
    ['27th of November, 2019', '2019-11-27'],
    ['November 27, 2019', '2019-11-27'],
    ['Nov. 27, 2019', '2019-11-27'],
    ['27 noyabr 2019', '2019-11-27'],
    ['27 noyabr 2019-cu il', '2019-11-27'],
    ['2019-cu il 27 noyabr', '2019-11-27'],
    ['Bakı, 8 aprel 2023-cü il', '2023-04-08'],
    ['27 ноября 2019 года', '2019-11-27'],
    ['2 октября 2020 г.', '2020-10-02'],
    ['1 мая 2021', '2021-05-01'],
  ])('reads %s', (text, iso) => {
    expect(findDates(text)[0]?.date).toBe(iso)
  })

  it.each(['On November 27', 'Noyabrın 27-də', '27 ноября состоялась встреча'])('reports the yearless %s without a date', (text) => {
    const [match] = findDates(text)
    expect(match).toBeDefined()
    expect(match?.date).toBeUndefined()
  })

  it('rejects dates that are not on the calendar, and words that only look like months', () => {
    expect(findDates('31.02.2020')).toEqual([])
    expect(findDates('Sofia Martens, 12 members')).toEqual([])
    expect(findDates('Article 12 of the law')).toEqual([])
  })

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => Array.isArray(findDates(text))))
  })
})

describe('findReleaseDate', () => {
  it('prefers a declared date, keeping the written day of a timestamp', () => {
    expect(findReleaseDate(doc(['Baku, 1 May 2021'], ['2020-09-25T23:30:00-05:00']))).toMatchObject({ date: '2020-09-25', source: 'declared' })
  })

  it('takes a short dateline paragraph and says which one', () => {
    expect(findReleaseDate(doc(['Baku, 14 March 2022', 'The Service…']))).toEqual({ date: '2022-03-14', source: 'dateline', text: '14 March 2022', paragraph: 0 })
  })

  it('takes a full date in the opening sentence but not one deeper in the text', () => {
    const lead = 'On 5 April 2020, the State Migration Service informs foreigners that their permits are extended until the end of the regime.'
    expect(findReleaseDate(doc([lead]))).toMatchObject({ date: '2020-04-05', source: 'lead' })
    const deep = 'The State Migration Service informs foreigners about new rules for permits. The law of 1 January 2020 applies to all of them.'
    expect(findReleaseDate(doc([deep]))).toEqual({ reason: 'no date in the page' })
  })

  it('explains a yearless date instead of guessing the year', () => {
    const finding = findReleaseDate(doc(['On November 27, deputy chief of the State Migration Service met with experts of the ILO.']))
    expect(finding).toEqual({ reason: 'only a day and month ("On November 27"), no year' })
  })
})

describe('parseDateValue and dateFromFileName', () => {
  it('reads ISO values and text values', () => {
    expect(parseDateValue('2021-04-14T09:00:00Z')).toBe('2021-04-14')
    expect(parseDateValue('12.09.2019')).toBe('2019-09-12')
    expect(parseDateValue('2021-02-30')).toBeUndefined()
  })

  it('reads a leading YYYY-MM-DD from a file name only', () => {
    expect(dateFromFileName('2021-03-15-unodc-seminar.txt')).toBe('2021-03-15')
    expect(dateFromFileName('seminar-2021-03-15.txt')).toBeUndefined()
    expect(dateFromFileName('2021-13-15-x.txt')).toBeUndefined()
  })
})
