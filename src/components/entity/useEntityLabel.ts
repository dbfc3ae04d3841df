/**
 * Display names of officials, organisations and topics: the corpus name, and
 * for topics the name in the interface language when the corpus has one.
 */
import { computed } from 'vue'
import { useI18n } from '../../i18n/plugin.ts'
import type { EntityFacet } from '../../core/corpus/types.ts'
import { useCorpusStore } from '../../stores/corpus.ts'

export function useEntityLabel() {
  const corpus = useCorpusStore()
  const { locale } = useI18n()
  const topicNames = computed(() => {
    const names = new Map<string, string>()
    for (const topic of corpus.info?.topics ?? []) names.set(topic.id, topic.names?.[locale.value] ?? topic.name)
    return names
  })
  return (facet: EntityFacet, id: string): string => (facet === 'topics' ? (topicNames.value.get(id) ?? id) : corpus.label(facet, id))
}
