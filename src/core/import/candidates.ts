/**
 * The candidates report: people and organisations discovered across a run that
 * the entities file does not know, and new spellings of known organisations,
 * each with a count and a few example contexts, for a person to curate into
 * the entities file. Ordered by count, then name, so runs compare cleanly.
 */
import type { AliasSuggestion, DiscoveredOrganisation } from './organisationDiscovery.ts'
import type { DiscoveredPerson } from './people.ts'
import { nameKey } from '../text/index.ts'

/** Where a candidate was seen: the file and the sentence around it. */
export interface CandidateExample {
  file: string
  context: string
}

/** A person to consider adding to `officials`. */
export interface PersonCandidate {
  name: string
  /** Other spellings seen for the same name key. */
  variants: string[]
  /** Files mentioning the person. */
  count: number
  /** Role phrases seen with the name. */
  roles: string[]
  /** Post ids the roles name. */
  posts: string[]
  examples: CandidateExample[]
}

/** An organisation to consider adding to `organisations`. */
export interface OrganisationCandidate {
  name: string
  variants: string[]
  abbreviations: string[]
  count: number
  examples: CandidateExample[]
}

/** A new alias to consider for a known organisation. */
export interface AliasCandidate {
  id: string
  alias: string
  count: number
  examples: CandidateExample[]
}

/** The `--candidates` file. */
export interface CandidatesReport {
  people: PersonCandidate[]
  organisations: OrganisationCandidate[]
  aliases: AliasCandidate[]
}

/** Examples kept per candidate. */
const MAX_EXAMPLES = 3
/** Characters of context either side of a mention. */
const CONTEXT = 90

/** The sentence-ish window around [start, end) of `text`, on one line. */
export function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT)
  const to = Math.min(text.length, end + CONTEXT)
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`
}

interface Entry<T> {
  value: T
  files: Set<string>
  names: Set<string>
  examples: CandidateExample[]
}

/** Collects discoveries file by file and writes the report. */
export class CandidatesCollector {
  private readonly people = new Map<string, Entry<{ roles: Set<string>; posts: Set<string> }>>()
  private readonly organisations = new Map<string, Entry<{ abbreviations: Set<string> }>>()
  private readonly aliases = new Map<string, Entry<AliasSuggestion>>()

  /** Records what one file yielded; `text` is the text the offsets point into. */
  add(file: string, text: string, people: DiscoveredPerson[], organisations: DiscoveredOrganisation[], aliases: AliasSuggestion[]): void {
    for (const person of people) {
      const entry = this.entry(this.people, nameKey(person.name), () => ({ roles: new Set<string>(), posts: new Set<string>() }))
      this.note(entry, file, person.name, contextOf(text, person.start, person.end))
      if (person.role) entry.value.roles.add(person.role)
      if (person.post) entry.value.posts.add(person.post)
    }
    for (const organisation of organisations) {
      const entry = this.entry(this.organisations, nameKey(organisation.name), () => ({ abbreviations: new Set<string>() }))
      this.note(entry, file, organisation.name, contextOf(text, organisation.start, organisation.end))
      if (organisation.abbreviation) entry.value.abbreviations.add(organisation.abbreviation)
    }
    for (const alias of aliases) {
      const entry = this.entry(this.aliases, `${alias.id}\u0000${nameKey(alias.alias)}`, () => alias)
      const at = text.indexOf(alias.alias)
      this.note(entry, file, alias.alias, contextOf(text, Math.max(0, at), Math.max(0, at) + alias.alias.length))
    }
  }

  /** The report, most frequent first. */
  report(): CandidatesReport {
    const ordered = <T>(map: Map<string, Entry<T>>): Array<Entry<T> & { name: string }> =>
      [...map.values()]
        .map((e) => ({ ...e, name: [...e.names][0] as string }))
        .sort((a, b) => b.files.size - a.files.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    return {
      people: ordered(this.people).map((e) => ({
        name: e.name,
        variants: [...e.names].slice(1),
        count: e.files.size,
        roles: [...e.value.roles],
        posts: [...e.value.posts],
        examples: e.examples,
      })),
      organisations: ordered(this.organisations).map((e) => ({
        name: e.name,
        variants: [...e.names].slice(1),
        abbreviations: [...e.value.abbreviations],
        count: e.files.size,
        examples: e.examples,
      })),
      aliases: ordered(this.aliases).map((e) => ({ id: e.value.id, alias: e.value.alias, count: e.files.size, examples: e.examples })),
    }
  }

  /** Number of candidates of each kind so far. */
  counts(): { people: number; organisations: number; aliases: number } {
    return { people: this.people.size, organisations: this.organisations.size, aliases: this.aliases.size }
  }

  private entry<T>(map: Map<string, Entry<T>>, key: string, create: () => T): Entry<T> {
    let entry = map.get(key)
    if (!entry) {
      entry = { value: create(), files: new Set(), names: new Set(), examples: [] }
      map.set(key, entry)
    }
    return entry
  }

  private note<T>(entry: Entry<T>, file: string, name: string, context: string): void {
    entry.names.add(name)
    if (!entry.files.has(file) && entry.examples.length < MAX_EXAMPLES) entry.examples.push({ file, context })
    entry.files.add(file)
  }
}
