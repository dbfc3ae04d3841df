/**
 * UI languages. Release texts keep their own language; only the interface
 * is translated. The chosen language is remembered in localStorage.
 */
import { composeI18n } from './compose.ts'
import search from './messages/search.ts'
import release from './messages/release.ts'
import entity from './messages/entity.ts'
import widget from './messages/widget.ts'
import problems from './messages/problems.ts'
import safety from './messages/safety.ts'

/** Every area's texts; the widget composes its own set without the entity pages' texts (`src/widget/widgetI18n.ts`). */
const APP_AREAS = { search, release, entity, widget, problems, safety }

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

/** The app's interface texts in all three languages. */
export function createPressroomI18n(locale: UiLanguage = 'en') {
  return composeI18n(locale, APP_AREAS)
}
