/**
 * Entity extraction, in two passes around the archive-wide merge
 * (`archive.ts`): first each release's topics, type and the names of people and
 * organisations discovery finds in it; then, with every form the archive
 * gathered, the officials and organisations each release names.
 */
import type { ReleaseType } from '../corpus/types.ts'
import type { Gazetteer, NamedEntity } from './gazetteer.ts'
import type { PhraseMatch, PhraseMatcher } from './phraseMatcher.ts'
import { discoverOrganisations, type AliasSuggestion, type DiscoveredOrganisation } from './organisationDiscovery.ts'
import { discoverPeople, type DiscoveredPerson } from './people.ts'
import { mergeArchive } from './archive.ts'
import { classifyReleaseType } from './releaseType.ts'
import { classifyTopics } from './topics.ts'

/** What one release yields before the archive is merged: its text, topics and type, and the names discovery found. */
export interface Findings {
  /** The text searched: title and paragraphs joined by blank lines; discovery offsets point into it. */
  text: string
  /** Topic ids, in the entities file's order. */
  topics: string[]
  type: ReleaseType
  /** Names of people the entities file lacks, with the role that introduced them where one did. */
  people: DiscoveredPerson[]
  /** Organisations the entities file lacks. */
  newOrganisations: DiscoveredOrganisation[]
  /** Known organisations written in a form the entities file lacks. */
  aliases: AliasSuggestion[]
}

/** The officials and organisations of one release, by id, in order of first mention. */
export interface ReleaseEntities {
  officials: string[]
  /** Without the publishing institution. */
  organisations: string[]
}

/** Everything extraction finds in one release on its own. */
export interface Extraction extends Findings, ReleaseEntities {}

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
 * The first pass over a release: topics, type and the names discovery finds.
 * @example findInRelease('Meeting with IOM', ['The chief met Ms. Anna Novak of IOM.'], gazetteer).people[0]?.name // 'Anna Novak'
 */
export function findInRelease(title: string, paragraphs: readonly string[], gazetteer: Gazetteer): Findings {
  const text = [title, ...paragraphs].join('\n\n')
  const known = gazetteer.names.find(text)
  const discovered = discoverOrganisations(text, gazetteer, known)
  return {
    text,
    topics: classifyTopics(text, gazetteer),
    type: classifyReleaseType(title, paragraphs.slice(0, OPENING_PARAGRAPHS).join('\n\n')),
    people: discoverPeople(text, gazetteer),
    newOrganisations: discovered.organisations,
    aliases: discovered.aliases,
  }
}

/**
 * The second pass: the officials and organisations a release names, by the
 * archive's names (the entities file's and every discovered form).
 */
export function entitiesIn(text: string, names: PhraseMatcher<NamedEntity>, gazetteer: Gazetteer): ReleaseEntities {
  const matches = names.find(text).filter((m) => !namesAnotherState(m, text, gazetteer))
  const firstMentions = (facet: 'officials' | 'organisations'): string[] => [...new Set(matches.filter((m) => m.value.facet === facet).map((m) => m.value.id))]
  return {
    officials: firstMentions('officials'),
    organisations: firstMentions('organisations').filter((id) => id !== gazetteer.entities.institution),
  }
}

/**
 * Extracts the entities of one release on its own, as if it were the whole archive.
 * @example extractEntities('Meeting with IOM', ['The chief met IOM.'], gazetteer).organisations // ['iom']
 */
export function extractEntities(title: string, paragraphs: readonly string[], gazetteer: Gazetteer): Extraction {
  const findings = findInRelease(title, paragraphs, gazetteer)
  const archive = mergeArchive([{ file: '', lang: '', people: findings.people, organisations: findings.newOrganisations }], gazetteer)
  return { ...findings, ...entitiesIn(findings.text, archive.names, gazetteer) }
}
