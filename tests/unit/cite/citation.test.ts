import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { apaCitation, citationText, plainCitation } from '../../../src/core/cite/citation.ts'

const release = { title: 'Chief of the Service met the head of the IOM mission', date: '2020-10-02' }
const context = { publisher: 'State Migration Service', permalink: 'https://pressroom.example/releases/13452', accessed: '2026-11-28' }

describe('apaCitation', () => {
  it('follows the APA press-release pattern with the permalink and access date', () => {
    expect(citationText(apaCitation(release, context))).toBe(
      'State Migration Service. (2020, October 2). Chief of the Service met the head of the IOM mission [Press release]. ' +
        'Retrieved November 28, 2026, from https://pressroom.example/releases/13452',
    )
  })

  it('marks only the title as italic', () => {
    const parts = apaCitation(release, context)
    expect(parts.filter((p) => p.italic).map((p) => p.text)).toEqual([release.title])
  })

  it('does not double the full stop after a publisher ending in one', () => {
    expect(citationText(apaCitation(release, { ...context, publisher: 'Migration Service Inc.' }))).toMatch(/^Migration Service Inc\. \(2020/)
  })

  it('puts corpus text on one line', () => {
    const text = citationText(apaCitation({ ...release, title: 'Two\n\nlines  here' }, context))
    expect(text).toContain('Two lines here [Press release]')
    expect(text).not.toMatch(/\n/)
  })

  it('keeps a date it cannot read as written', () => {
    expect(citationText(apaCitation({ ...release, date: 'sometime' }, context))).toContain('(sometime)')
  })
})

describe('plainCitation', () => {
  it('reads in English by default', () => {
    expect(citationText(plainCitation(release, context))).toBe(
      'State Migration Service. \u201cChief of the Service met the head of the IOM mission\u201d. Press release, 2 October 2020. ' +
        'https://pressroom.example/releases/13452 (Accessed 28 November 2026).',
    )
  })

  it('uses the words, quotes and dates of another language', () => {
    const text = citationText(
      plainCitation(release, context, { locale: 'ru-RU', pressRelease: 'Пресс-релиз', accessed: 'дата обращения: {date}', quotes: ['«', '»'] }),
    )
    expect(text).toContain('«Chief of the Service met the head of the IOM mission»')
    expect(text).toContain('Пресс-релиз, 2 октября 2020 г. https://')
    expect(text).toContain('(дата обращения: 28 ноября 2026')
  })

  it('writes Azerbaijani dates from the bundled calendar, not the runtime locale data', () => {
    const text = citationText(plainCitation(release, context, { locale: 'az-Latn-AZ', pressRelease: 'Press-reliz', accessed: 'baxılıb: {date}', quotes: ['«', '»'] }))
    expect(text).toContain('Press-reliz, 2 oktyabr 2020. https://')
    expect(text).toContain('(baxılıb: 28 noyabr 2026)')
  })

  it('always holds the permalink and the title, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (title) => {
        const text = citationText(plainCitation({ ...release, title }, context))
        expect(text).toContain(context.permalink)
        expect(text).toContain(title.replace(/\s+/g, ' ').trim())
      }),
    )
  })
})
