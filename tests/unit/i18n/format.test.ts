import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatMessage, interpolate, pluralIndex } from '../../../src/i18n/format.ts'
import en from '../../../src/i18n/languages/en.ts'
import az from '../../../src/i18n/languages/az.ts'
import ru from '../../../src/i18n/languages/ru.ts'
import widgetEn from '../../../src/widget/languages/en.ts'
import widgetAz from '../../../src/widget/languages/az.ts'
import widgetRu from '../../../src/widget/languages/ru.ts'

describe('formatMessage', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(interpolate('Page {page} of {pages}', { page: 2, pages: 9 })).toBe('Page 2 of 9')
    expect(interpolate('{missing} stays', {})).toBe('{missing} stays')
  })

  it('picks zero | one | many', () => {
    const msg = 'No releases | One release | {n} releases'
    expect([0, 1, 2, 5].map((n) => formatMessage(msg, 'en', n))).toEqual(['No releases', 'One release', '2 releases', '5 releases'])
  })

  it('picks one | many', () => {
    expect(formatMessage('{count} item | {count} items', 'en', 1)).toBe('1 item')
    expect(formatMessage('{count} item | {count} items', 'en', 0)).toBe('0 items')
  })

  it('follows Russian plural rules with four choices', () => {
    const msg = 'нет сообщений | {n} сообщение | {n} сообщения | {n} сообщений'
    expect([0, 1, 2, 5, 11, 21, 22, 25, 101].map((n) => formatMessage(msg, 'ru', n))).toEqual([
      'нет сообщений', '1 сообщение', '2 сообщения', '5 сообщений', '11 сообщений', '21 сообщение', '22 сообщения', '25 сообщений', '101 сообщение',
    ])
  })

  it('always picks an existing choice', () => {
    fc.assert(fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom('en', 'az', 'ru'), (n, length, lang) => {
      const index = pluralIndex(lang, n, length)
      expect(index).toBeGreaterThanOrEqual(0)
      expect(index).toBeLessThan(length)
    }))
  })
})

type Tree = { [key: string]: string | Tree }
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))
}
function placeholders(tree: Tree, key: string): string[] {
  const value = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree)
  return typeof value === 'string' ? [...new Set(value.match(/\{\w+\}/g) ?? [])].sort() : []
}

describe('interface texts', () => {
  const languages = { en, az, ru } as unknown as Record<'en' | 'az' | 'ru', Tree>
  // Each top-level key is an area (`search`, `problems`, …) or a group of the base texts (`app`, `load`, …).
  const areas = Object.fromEntries(
    Object.keys(languages.en).map((area) => [area, { en: languages.en[area], az: languages.az[area] ?? {}, ru: languages.ru[area] ?? {} }]),
  ) as Record<string, Record<'en' | 'az' | 'ru', Tree>>
  it('has the same areas in every language', () => {
    expect(Object.keys(az).sort()).toEqual(Object.keys(en).sort())
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort())
  })
  it("the widget's languages are the app's without the entity pages' texts", () => {
    for (const [app, widget] of [[en, widgetEn], [az, widgetAz], [ru, widgetRu]] as const) {
      const { entity, ...rest } = app as Record<string, unknown>
      expect(entity).toBeDefined()
      expect(widget).toEqual(rest)
    }
  })
  for (const [area, langs] of Object.entries(areas)) {
    it(`${area}: az and ru have every English key, with the same placeholders`, () => {
      const english = keys(langs.en)
      for (const lang of ['az', 'ru'] as const) {
        expect(keys(langs[lang]).sort()).toEqual([...english].sort())
        for (const key of english) {
          const expected = placeholders(langs.en, key).filter((p) => p !== '{n}' && p !== '{count}')
          const actual = placeholders(langs[lang], key).filter((p) => p !== '{n}' && p !== '{count}')
          expect(actual, `${lang} ${area}.${key}`).toEqual(expected)
        }
      }
    })
  }
})

describe('createI18n with languages loaded on demand', async () => {
  const { createI18n } = await import('../../../src/i18n/plugin.ts')
  const load = async (locale: string) => (locale === 'az' ? { hello: 'Salam' } : locale === 'ru' ? { hello: 'Привет' } : undefined)

  it('shows the fallback until the language has loaded, then switches', async () => {
    const { global } = createI18n({ locale: 'en', fallbackLocale: 'en', messages: { en: { hello: 'Hello' } }, loadMessages: load })
    const switching = global.setLocale('az')
    expect(global.t('hello')).toBe('Hello')
    await switching
    expect(global.locale.value).toBe('az')
    expect(global.t('hello')).toBe('Salam')
  })

  it('keeps the last language asked for when loads finish out of order', async () => {
    const { global } = createI18n({ locale: 'en', fallbackLocale: 'en', messages: { en: { hello: 'Hello' } }, loadMessages: load })
    await Promise.all([global.setLocale('ru'), global.setLocale('az')])
    expect(global.locale.value).toBe('az')
    await global.setLocale('en')
    expect(global.t('hello')).toBe('Hello')
  })

  it('stays in the current language when one cannot be loaded', async () => {
    const failing = async () => Promise.reject(new Error('offline'))
    const { global } = createI18n({ locale: 'en', fallbackLocale: 'en', messages: { en: { hello: 'Hello' } }, loadMessages: failing })
    await global.setLocale('az')
    expect(global.locale.value).toBe('en')
  })
})

describe('createI18n', async () => {
  const { createI18n } = await import('../../../src/i18n/plugin.ts')
  const i18n = createI18n({
    locale: 'ru',
    fallbackLocale: 'en',
    messages: {
      en: { count: 'No releases | One release | {n} releases', page: 'Page {page}', only: 'English only' },
      ru: { count: 'нет | {n} сообщение | {n} сообщения | {n} сообщений', page: 'Страница {page}' },
    },
  })
  const { t, te, locale } = i18n.global

  it('accepts the argument orders components use', () => {
    expect(t('count', 3)).toBe('3 сообщения')
    expect(t('count', { n: '3,0' }, 3)).toBe('3,0 сообщения')
    expect(t('count', 5, { named: { n: 'пять' } })).toBe('пять сообщений')
    expect(t('page', { page: 2 })).toBe('Страница 2')
  })

  it('falls back to English, then to the key', () => {
    expect(t('only')).toBe('English only')
    expect(te('only')).toBe(true)
    expect(t('missing.key')).toBe('missing.key')
    expect(te('missing.key')).toBe(false)
  })

  it('follows the locale', () => {
    locale.value = 'en'
    expect(t('count', 1)).toBe('One release')
    locale.value = 'ru'
  })
})
