/**
 * Message formatting for the interface texts: `{name}` placeholders and
 * plural choices separated by `|`. Two or three choices follow the usual
 * convention (one | many, or zero | one | many); four choices, used for
 * Russian, are zero | one | few | many by the language's plural rules.
 *
 * @example
 * formatMessage('No releases | One release | {n} releases', 'en', 3) // "3 releases"
 * formatMessage('нет | {n} сообщение | {n} сообщения | {n} сообщений', 'ru', 22) // "22 сообщения"
 */
export type MessageParams = Record<string, string | number>

const pluralRules = new Map<string, Intl.PluralRules>()

function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang)
  if (!rules) {
    rules = new Intl.PluralRules(lang)
    pluralRules.set(lang, rules)
  }
  return rules.select(n)
}

/** Index of the choice for `n` among `length` choices. */
export function pluralIndex(lang: string, n: number, length: number): number {
  const count = Math.abs(n)
  if (length === 2) return count === 1 ? 0 : 1
  if (length === 3) return count === 0 ? 0 : count === 1 ? 1 : 2
  if (length === 4) {
    if (count === 0) return 0
    const category = pluralCategory(lang, count)
    return category === 'one' ? 1 : category === 'few' ? 2 : 3
  }
  return Math.min(count, length - 1)
}

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** Formats a message; with `plural`, picks the choice and offers `{n}` and `{count}`. */
export function formatMessage(template: string, lang: string, plural?: number, params: MessageParams = {}): string {
  if (plural === undefined) return interpolate(template, params)
  const choices = template.split('|').map((choice) => choice.trim())
  const choice = choices[pluralIndex(lang, plural, choices.length)] ?? template
  return interpolate(choice, { n: plural, count: plural, ...params })
}
