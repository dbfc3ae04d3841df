/**
 * The pen a template writes with. Every mention of a person, organisation or
 * topic goes through it, so the release lists exactly what its text names.
 */
import type { Lang, OrgRecord, PersonRecord } from './entities.ts'
import type { TopicEntry } from './data/topics.ts'
import { TOPIC_BY_ID } from './data/topics.ts'
import type { Rng } from './prng.ts'

const EN_PRONOUNS = { m: { he: 'he', his: 'his', him: 'him' }, f: { he: 'she', his: 'her', him: 'her' } } as const

/** Short English ways to refer back to someone already introduced. */
const EN_BACKREF: Record<string, readonly string[]> = {
  chief: ['the chief of the Service', 'the head of the Service'],
  'first-deputy': ['the first deputy chief', 'the first deputy chief of the Service'],
  deputy: ['the deputy chief', 'the deputy chief of the Service'],
  department: ['the head of department'],
  regional: ['the head of the regional department'],
  ambassador: ['the Ambassador', 'the diplomat'],
  international: ['the guest', 'the head of the mission'],
  'foreign-agency': ['the guest', 'the head of the delegation'],
  government: ['the guest'],
  business: ['the guest'],
  academic: ['the rector'],
  ngo: ['the guest'],
  media: ['the guest'],
}

/** "IOM", "AmCham", "UN Women": an abbreviation that reads without an article. */
function isAcronym(short: string): boolean {
  const first = short.split(' ')[0] as string
  return first.length >= 2 && first.length <= 8 && /^[A-Z]/.test(first) && /[A-Z].*[A-Z]/.test(first) && first !== first.toLowerCase()
}

/** Records mentions while a template writes one release in one language. */
export class Writer {
  readonly officials: string[] = []
  readonly organisations: string[] = []
  readonly topics: string[] = []
  private readonly used = new Map<string, Set<number>>()

  constructor(
    readonly lang: Lang,
    readonly rng: Rng,
    private readonly orgs: ReadonlyMap<string, OrgRecord>,
  ) {}

  private note(list: string[], id: string): void {
    if (!list.includes(id)) list.push(id)
  }

  /** Records a person (and their organisation when the role names it) without writing anything. */
  notePerson(person: PersonRecord, withRole: boolean): void {
    this.note(this.officials, person.id)
    if (withRole && person.roleNamesOrg) this.note(this.organisations, person.affiliation)
  }

  /** "Chief of the State Migration Service, III rank … Vusal Huseynov": role, rank and name. */
  full(person: PersonRecord): string {
    this.notePerson(person, true)
    const rank = person.rank ? `, ${person.rank[this.lang]}` : ''
    return `${person.role[this.lang]}${rank} ${person.name[this.lang]}`
  }

  /** Role and name without the rank. */
  titled(person: PersonRecord): string {
    this.notePerson(person, true)
    return `${person.role[this.lang]} ${person.name[this.lang]}`
  }

  /** The role alone ("UNHCR Representative in Azerbaijan"); names the organisation, not the person. */
  roleOnly(person: PersonRecord): string {
    if (person.roleNamesOrg) this.note(this.organisations, person.affiliation)
    return person.role[this.lang]
  }

  /** The person's name. */
  name(person: PersonRecord): string {
    this.notePerson(person, false)
    return person.name[this.lang]
  }

  /** A second mention in English: the name or a short description ("the Ambassador"). */
  again(person: PersonRecord): string {
    if (this.lang !== 'en' || this.rng.chance(0.55)) return this.name(person)
    return this.rng.pick(EN_BACKREF[person.group] ?? ['the guest'])
  }

  /** English pronouns for a person. */
  he(person: PersonRecord): string {
    return EN_PRONOUNS[person.gender].he
  }

  his(person: PersonRecord): string {
    return EN_PRONOUNS[person.gender].his
  }

  /** An organisation's full name in this language. */
  org(org: OrgRecord | string): string {
    const record = typeof org === 'string' ? this.orgs.get(org) : org
    if (!record) throw new Error(`unknown organisation ${String(org)}`)
    this.note(this.organisations, record.id)
    return this.lang === 'en' ? record.en : this.lang === 'az' ? record.az : record.ru
  }

  /**
   * An organisation as running text refers to it: its abbreviation when it has
   * a real one ("IOM", "AmCham"), else its name, with "the" in English where
   * the name takes it ("the Caspian European Club", but "Khazar University").
   */
  orgShort(org: OrgRecord | string): string {
    const record = typeof org === 'string' ? this.orgs.get(org) : org
    if (!record) throw new Error(`unknown organisation ${String(org)}`)
    this.note(this.organisations, record.id)
    const short = this.lang === 'en' ? record.enShort : this.lang === 'az' ? record.azShort : record.ruShort
    if (short && (this.lang !== 'en' || isAcronym(short))) return short
    return this.lang === 'en' ? this.theOrg(record) : this.org(record)
  }

  /** The organisation's full English name with "the" where it takes one. */
  theOrg(org: OrgRecord | string): string {
    const name = this.org(org)
    if (this.lang !== 'en') return name
    return /University$/.test(name) && !name.includes(' of ') ? name : `the ${name}`
  }

  /** The agency in English: "the State Migration Service" or "the SMS". */
  agency(short = false): string {
    this.note(this.organisations, 'sms')
    return short ? 'the SMS' : 'the State Migration Service'
  }

  /** Records the agency as named by `text` (any language or case form) and returns the text. */
  agencyAs(text: string): string {
    this.note(this.organisations, 'sms')
    return text
  }

  /** A topic's name in this language (records it). */
  topicName(id: string): string {
    const topic = this.topic(id)
    return this.lang === 'en' ? topic.name : this.lang === 'az' ? topic.az : topic.ru
  }

  /** Up to `count` talking points of a topic not yet used in this release (records the topic). */
  points(topicId: string, count: number): string[] {
    const topic = this.topic(topicId)
    const chosen: string[] = []
    for (let tries = 0; chosen.length < Math.min(count, topic.points.length) && tries < 4 * topic.points.length; tries++) {
      const point = this.fresh(`point:${topicId}`, topic.points)
      if (!chosen.includes(point)) chosen.push(point)
    }
    return chosen
  }

  /** One talking point of a topic not yet used in this release. */
  point(topicId: string): string {
    return this.points(topicId, 1)[0] as string
  }

  /** Records a topic and returns its entry. */
  topic(id: string): TopicEntry {
    const topic = TOPIC_BY_ID.get(id)
    if (!topic) throw new Error(`unknown topic ${id}`)
    this.note(this.topics, id)
    return topic
  }

  /** Picks one of several fixed phrasings. */
  pick<T>(items: readonly T[]): T {
    return this.rng.pick(items)
  }

  /** Picks a phrasing not yet used under `key` in this release, so sentences do not repeat. */
  fresh<T>(key: string, items: readonly T[]): T {
    let used = this.used.get(key)
    if (!used) this.used.set(key, (used = new Set()))
    if (used.size >= items.length) used.clear()
    let index = this.rng.int(0, items.length - 1)
    while (used.has(index)) index = (index + 1) % items.length
    used.add(index)
    return items[index] as T
  }

  /**
   * Writes one of several phrasings, evaluating only the chosen one, so that
   * only the mentions it actually makes are recorded.
   */
  choose(options: ReadonlyArray<() => string>): string {
    return this.rng.pick(options)()
  }
}
