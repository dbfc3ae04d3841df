/**
 * Labels of facet values in the interface language (entity names, topic names
 * in the UI language when the corpus has them, translated release types,
 * language names from Intl), and the words a facet's filter box matches them by.
 */
import { computed } from 'vue'
import { useI18n } from '../i18n/plugin.ts'
import type { FacetName } from '../core/search/types.ts'
import { searchableWords } from '../core/ui/nameFilter.ts'
import { useCorpusStore } from '../stores/corpus.ts'

export function useFacetLabels() {
  const corpus = useCorpusStore()
  const { t, te, locale } = useI18n()

  const languageNames = computed(() => {
    try {
      return new Intl.DisplayNames([locale.value, 'en'], { type: 'language' })
    } catch {
      return undefined
    }
  })

  /** Every name of each entity (name, aliases, topic translations), by `facet:id`. */
  const names = computed(() => {
    const table = new Map<string, string[]>()
    const info = corpus.info
    for (const o of info?.officials ?? []) table.set(`officials:${o.id}`, [o.name, ...(o.aliases ?? [])])
    for (const o of info?.organisations ?? []) table.set(`organisations:${o.id}`, [o.name, ...(o.aliases ?? [])])
    for (const topic of info?.topics ?? []) table.set(`topics:${topic.id}`, [topic.name, ...Object.values(topic.names ?? {})])
    return table
  })
  const topicNames = computed(() => new Map((corpus.info?.topics ?? []).map((topic) => [topic.id, topic.names ?? {}])))
  // Made on first use (a filter box), not at setup: every facet panel and result list asks for labels.
  let wordCache = new Map<string, string[]>()
  let wordCacheOf: Map<string, string[]> | undefined

  function languageName(code: string): string {
    let name: string | undefined
    try {
      name = languageNames.value?.of(code)
    } catch {
      name = undefined
    }
    if (!name || name === code) return code.toUpperCase()
    return name.charAt(0).toLocaleUpperCase(locale.value) + name.slice(1)
  }

  /** What people read for a facet value. */
  function label(facet: FacetName, value: string): string {
    switch (facet) {
      case 'type':
        return te(`type.${value}`) ? t(`type.${value}`) : value
      case 'lang':
        return languageName(value)
      case 'topics':
        return topicNames.value.get(value)?.[locale.value] ?? corpus.label(facet, value)
      default:
        return corpus.label(facet, value)
    }
  }

  /** The words the filter box finds a value by: every name in every script, and its label. */
  function wordsOf(facet: FacetName, value: string): string[] {
    const key = `${facet}:${value}:${locale.value}`
    if (wordCacheOf !== names.value) {
      wordCacheOf = names.value
      wordCache = new Map()
    }
    let words = wordCache.get(key)
    if (!words) {
      words = searchableWords([label(facet, value), value, ...(names.value.get(`${facet}:${value}`) ?? [])])
      wordCache.set(key, words)
    }
    return words
  }

  return { label, wordsOf }
}
