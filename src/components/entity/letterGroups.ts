/**
 * The A–Z index of entities: entries sorted by name in the interface
 * language's order, grouped by first letter (or by organisation kind), and a
 * filter that matches names and aliases across scripts and spellings.
 * Framework-free; unit-tested in tests/component/entity.
 */
import { indexTerms } from '../../core/text/tokenize.ts'

/** One line of the index. */
export interface IndexEntry {
  id: string
  name: string
  /** Releases naming it. */
  count: number
  /** Organisation kind, when the entity has one. */
  kind?: string
  /** Search keys of its name and aliases, for the filter. */
  keys: string[]
}

/** A group of entries under a heading (a letter or a kind). */
export interface IndexGroup {
  key: string
  entries: IndexEntry[]
}

/** Heading for names that do not start with a letter. */
export const OTHER_LETTER = '#'

/** Builds an entry, computing its filter keys once. */
export function indexEntry(id: string, name: string, aliases: readonly string[], count: number, kind?: string): IndexEntry {
  return { id, name, count, kind, keys: indexTerms([name, ...aliases].join(' ')) }
}

/** The first letter of a name, upper-cased in `locale`, ignoring leading quotes and punctuation; `#` when none. */
export function firstLetter(name: string, locale: string): string {
  const match = /[\p{L}\p{N}]/u.exec(name)
  if (!match || !/\p{L}/u.test(match[0])) return OTHER_LETTER
  return match[0].toLocaleUpperCase(locale)
}

/** True when every word typed is the start of some word of the entry's name or aliases (any script). */
export function matchesFilter(entry: IndexEntry, filter: string): boolean {
  const wanted = indexTerms(filter)
  return wanted.every((key) => entry.keys.some((own) => own.startsWith(key)))
}

/** Entries sorted by name and grouped by first letter, letters in the locale's order and `#` last. */
export function groupByLetter(entries: readonly IndexEntry[], locale: string): IndexGroup[] {
  const collator = new Intl.Collator(locale, { numeric: true })
  const groups = new Map<string, IndexEntry[]>()
  for (const entry of [...entries].sort((a, b) => collator.compare(a.name, b.name))) {
    const letter = firstLetter(entry.name, locale)
    const list = groups.get(letter)
    if (list) list.push(entry)
    else groups.set(letter, [entry])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === OTHER_LETTER ? 1 : b === OTHER_LETTER ? -1 : collator.compare(a, b)))
    .map(([key, list]) => ({ key, entries: list }))
}

/** Entries grouped by kind in `order` (unknown kinds after, then entries without one), each sorted by name. */
export function groupByKind(entries: readonly IndexEntry[], order: readonly string[], locale: string, none = 'other'): IndexGroup[] {
  const collator = new Intl.Collator(locale, { numeric: true })
  const groups = new Map<string, IndexEntry[]>()
  for (const entry of [...entries].sort((a, b) => collator.compare(a.name, b.name))) {
    const kind = entry.kind ?? none
    const list = groups.get(kind)
    if (list) list.push(entry)
    else groups.set(kind, [entry])
  }
  const rank = (kind: string) => {
    const i = order.indexOf(kind)
    return i < 0 ? order.length : i
  }
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || collator.compare(a, b)).map(([key, list]) => ({ key, entries: list }))
}
