/**
 * Entity suggestions for a typed prefix, across scripts: "гусей", "huse" and
 * "Hüse" all suggest Vusal Huseynov; "iom" and "мом" suggest the International
 * Organization for Migration.
 */
import type { Catalog, EntityNames } from './catalog.ts'
import { foldText, searchKey, tokenize, transliterate } from '../text/index.ts'

/** One suggestion: a facet value to filter by, with its label and release count. */
export interface Suggestion {
  facet: 'officials' | 'organisations' | 'topics'
  value: string
  label: string
  count: number
}

interface SuggestEntry {
  entity: EntityNames
  /** Every word of every name, as search key and as folded Latin text. */
  words: string[]
  count: number
}

/** Word forms a typed word may start: its search key and its folded, transliterated text. */
function forms(word: string): string[] {
  const latin = foldText(transliterate(word))
  const key = searchKey(word)
  return key && key !== latin ? [key, latin] : [latin]
}

/** The entity table searched by {@link suggestEntities}; built once per catalog. */
export function buildSuggestTable(catalog: Catalog): SuggestEntry[] {
  return catalog.entities.map((entity) => {
    const words = new Set<string>()
    for (const name of entity.names) {
      if (typeof name !== 'string') continue
      for (const token of tokenize(name)) for (const form of forms(name.slice(token.start, token.end))) words.add(form)
    }
    const table = catalog.facets[entity.facet]
    const v = table.valueIndex.get(entity.id)
    return { entity, words: [...words], count: v === undefined ? 0 : (table.postings[v]?.length ?? 0) }
  })
}

/** Entities whose names hold a word starting with each typed word, most used first. */
export function suggestEntities(table: readonly SuggestEntry[], prefix: string, limit: number): Suggestion[] {
  if (typeof prefix !== 'string') return []
  const typed = tokenize(prefix.slice(0, 200))
    .slice(0, 8)
    .map((token) => forms(prefix.slice(token.start, token.end)))
  if (typed.length === 0 || limit <= 0) return []
  const out: Suggestion[] = []
  for (const entry of table) {
    const matches = typed.every((alternatives) => alternatives.some((form) => entry.words.some((word) => word.startsWith(form))))
    if (matches) out.push({ facet: entry.entity.facet, value: entry.entity.id, label: entry.entity.label, count: entry.count })
  }
  return out.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, limit)
}
