/**
 * Topics by keyword rules: a release gets a topic when its title and body hold
 * at least the topic's `minHits` keyword occurrences (one by default), in any
 * of the three languages.
 */
import type { Gazetteer } from './gazetteer.ts'

/**
 * Topic ids for a text, in the entities file's order.
 * @example classifyTopics('Residence permits during the pandemic', gazetteer) // ['covid-19', 'legal-residence']
 */
export function classifyTopics(text: string, gazetteer: Gazetteer): string[] {
  const hits = new Map<string, number>()
  for (const match of gazetteer.topics.find(text)) hits.set(match.value, (hits.get(match.value) ?? 0) + 1)
  return gazetteer.entities.topics.filter((t) => (hits.get(t.id) ?? 0) >= (t.minHits ?? 1)).map((t) => t.id)
}
