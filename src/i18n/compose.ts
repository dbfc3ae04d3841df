/**
 * One interface language's texts: the base texts (`en.ts`, `az.ts`, `ru.ts`)
 * with each area's texts (`messages/<area>.ts` in English, `messages/az/…`,
 * `messages/ru/…`) under the area's name. Each language is its own module so
 * that the widget can load Azerbaijani and Russian only when a page asks for them.
 */
import type { Messages } from './plugin.ts'

export function languageTexts(base: Messages, areas: Record<string, Messages>): Messages {
  return { ...base, ...areas }
}
