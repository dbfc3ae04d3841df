/**
 * The widget's interface texts. English is in the entry module; Azerbaijani and
 * Russian are chunks loaded when a `ui-lang` asks for them, which keeps the
 * widget's initial JavaScript within its budget (docs/DECISIONS.md).
 */
import { createI18n, type Messages } from '../i18n/plugin.ts'
import en from './languages/en.ts'

async function loadLanguage(locale: string): Promise<Messages | undefined> {
  if (locale === 'az') return (await import('./languages/az.ts')).default
  if (locale === 'ru') return (await import('./languages/ru.ts')).default
  return undefined
}

export function createWidgetI18n() {
  return createI18n({ locale: 'en', fallbackLocale: 'en', messages: { en }, loadMessages: loadLanguage })
}
