/**
 * Builds the interface translator from the base texts and a set of areas
 * (`messages/<area>.ts`, each with en, az and ru side by side). The app uses
 * every area; the widget leaves out what it never shows, to stay in its budget.
 */
import { createI18n, type Messages } from './plugin.ts'
import en from './en.ts'
import az from './az.ts'
import ru from './ru.ts'

type Language = 'en' | 'az' | 'ru'

/** Areas of texts by name, each with its three languages. */
export type MessageAreas = Record<string, Record<Language, Messages>>

export function composeI18n(locale: Language, areas: MessageAreas) {
  const messagesFor = (lang: Language, base: Messages): Messages => {
    const merged: Messages = { ...base }
    for (const [name, texts] of Object.entries(areas)) merged[name] = texts[lang]
    return merged
  }
  return createI18n({
    locale,
    fallbackLocale: 'en',
    messages: { en: messagesFor('en', en), az: messagesFor('az', az), ru: messagesFor('ru', ru) },
  })
}
