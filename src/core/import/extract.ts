/**
 * Entity extraction for one release: officials and organisations by gazetteer
 * names, topics by keyword rules, the release type by cue words, and the new
 * people and organisations found by role patterns, abbreviation definitions
 * and organisation names, for a person to curate.
 */
import type { ReleaseType } from '../corpus/types.ts'
import type { Gazetteer, NamedEntity } from './gazetteer.ts'
import type { PhraseMatch } from './phraseMatcher.ts'
import { discoverOrganisations, type AliasSuggestion, type DiscoveredOrganisation } from './organisationDiscovery.ts'
import { discoverPeople, type DiscoveredPerson } from './people.ts'
import { classifyReleaseType } from './releaseType.ts'
import { classifyTopics } from './topics.ts'

/** Everything extraction finds in one release. */
export interface Extraction {
  /** The text searched: title and paragraphs joined by blank lines; discovery offsets point into it. */
  text: string
  /** Official ids, in order of first mention. */
  officials: string[]
  /** Organisation ids, in order of first mention, without the publishing institution. */
  organisations: string[]
  /** Topic ids, in the entities file's order. */
  topics: string[]
  type: ReleaseType
  /** People not in the gazetteer, found by role patterns. */
  people: DiscoveredPerson[]
  /** Organisations not in the gazetteer. */
  newOrganisations: DiscoveredOrganisation[]
  /** Known organisations written in a form the gazetteer lacks. */
  aliases: AliasSuggestion[]
}

/** A state body's generic name qualified by another country: "Ministry of Internal Affairs of Uzbekistan". */
const QUALIFIER = /^\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(\p{Lu}[\p{L}-]+)/u

/**
 * True when a match of a government body's name goes on to name another
 * country, so it is that country's body, not the institution's partner.
 */
function namesAnotherState(match: PhraseMatch<NamedEntity>, text: string, gazetteer: Gazetteer): boolean {
  if (match.value.facet !== 'organisations') return false
  const organisation = gazetteer.entities.organisations.find((o) => o.id === match.value.id)
  if (organisation?.kind !== 'government') return false
  const country = QUALIFIER.exec(text.slice(match.end, match.end + 80))?.[1]
  return country !== undefined && !/^Azerbaijan/i.test(country)
}

/** How many opening paragraphs the release type looks at besides the title. */
const OPENING_PARAGRAPHS = 2

/**
 * Extracts the entities of a release from its title and body paragraphs.
 * @example extractEntities('Meeting with IOM', ['The chief met IOM.'], gazetteer).organisations // ['iom']
 */
export function extractEntities(title: string, paragraphs: readonly string[], gazetteer: Gazetteer): Extraction {
  const text = [title, ...paragraphs].join('\n\n')
  const names = gazetteer.names.find(text).filter((m) => !namesAnotherState(m, text, gazetteer))
  const firstMentions = (facet: 'officials' | 'organisations'): string[] => [
    ...new Set(names.filter((m) => m.value.facet === facet).map((m) => m.value.id)),
  ]
  const organisations = firstMentions('organisations').filter((id) => id !== gazetteer.entities.institution)
  const discovered = discoverOrganisations(text, gazetteer, names)
  return {
    text,
    officials: firstMentions('officials'),
    organisations,
    topics: classifyTopics(text, gazetteer),
    type: classifyReleaseType(title, paragraphs.slice(0, OPENING_PARAGRAPHS).join('\n\n')),
    people: discoverPeople(text, gazetteer),
    newOrganisations: discovered.organisations,
    aliases: discovered.aliases,
  }
}
