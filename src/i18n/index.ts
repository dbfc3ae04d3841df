/**
 * UI languages. Release texts keep their own language; only the interface
 * is translated. The chosen language is remembered in localStorage.
 */
import { createI18n } from './plugin.ts'
import en from './en.ts'
import az from './az.ts'
import ru from './ru.ts'
import search from './messages/search.ts'
import release from './messages/release.ts'
import entity from './messages/entity.ts'
import widget from './messages/widget.ts'
import problems from './messages/problems.ts'
import safety from './messages/safety.ts'

/** Each area's texts live in their own module under messages/; they are merged here. */
const areas = { search, release, entity, widget, problems, safety }

function messagesFor<L extends 'en' | 'az' | 'ru'>(lang: L, base: typeof en) {
  return { ...base, search: areas.search[lang], release: areas.release[lang], entity: areas.entity[lang], widget: areas.widget[lang], problems: areas.problems[lang], safety: areas.safety[lang] }
}

export const UI_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'az', label: 'Azərbaycanca' },
  { code: 'ru', label: 'Русский' },
] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]['code']

const STORAGE_KEY = 'pressroom.lang'

export function isUiLanguage(value: unknown): value is UiLanguage {
  return UI_LANGUAGES.some((l) => l.code === value)
}

/** The remembered language, else the browser's, else English. */
export function initialLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    if (isUiLanguage(stored)) return stored
  } catch {
    // storage can be blocked; fall through
  }
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language.slice(0, 2)
  return isUiLanguage(browser) ? browser : 'en'
}

export function rememberLanguage(lang: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // not remembered; the choice still applies to this visit
  }
}

export function createPressroomI18n(locale: UiLanguage = 'en') {
  return createI18n({
    locale,
    fallbackLocale: 'en',
    messages: { en: messagesFor('en', en), az: messagesFor('az', az), ru: messagesFor('ru', ru) },
  })
}
