/**
 * Which feed fits a search: when the filters select exactly one official,
 * organisation or topic (and nothing else narrows by entity), its feed is the
 * one to offer on the search page.
 */
import { ENTITY_FACETS } from '../corpus/types.ts'
import type { FacetName } from '../search/types.ts'
import { FEEDS_DIR, feedPath, hasFeedFile, type FeedSubject } from './atom.ts'

/**
 * The single entity a search is filtered by, or undefined.
 *
 * @example
 * feedSubjectOf({ organisations: ['iom'], type: ['meeting'] }) // { facet: 'organisations', id: 'iom' }
 * feedSubjectOf({ organisations: ['iom'], officials: ['vusal-huseynov'] }) // undefined
 */
export function feedSubjectOf(filters: Partial<Record<FacetName, readonly string[]>>): FeedSubject | undefined {
  const chosen = ENTITY_FACETS.flatMap((facet) => (filters[facet] ?? []).map((id) => ({ facet, id })))
  return chosen.length === 1 ? chosen[0] : undefined
}

/**
 * The feed's address below the app's base path (`/feeds/organisations/iom.xml`),
 * or undefined when there is no feed file for it.
 */
export function feedHref(base: string, subject: FeedSubject): string | undefined {
  if (!hasFeedFile(subject.id)) return undefined
  return `${base.endsWith('/') ? base : `${base}/`}${FEEDS_DIR}/${feedPath(subject)}`
}
