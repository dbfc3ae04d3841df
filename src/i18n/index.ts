/**
 * UI languages. Release texts keep their own language; only the interface
 * is translated. The chosen language is remembered in localStorage.
 */
import { createI18n } from './plugin.ts'
import en from './languages/en.ts'
import az from './languages/az.ts'
import ru from './languages/ru.ts'

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

/**
 * The app's interface texts in all three languages, loaded from the start (the
 * widget, with a smaller budget, loads az and ru on demand: `src/widget/widgetI18n.ts`).
 */
export function createPressroomI18n(locale: UiLanguage = 'en') {
  return createI18n({ locale, fallbackLocale: 'en', messages: { en, az, ru } })
}
