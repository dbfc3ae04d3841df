/**
 * Archive-wide merging of what discovery found release by release: the
 * spellings, scripts and case forms of one person ("Vusal Huseynov", "Vüsal
 * Hüseynovun", "Вусалом Гусейновым") become one official, the forms of one
 * body one organisation. Evidence adds up across releases: a name introduced
 * by a role anywhere, or named in two releases with a surname's shape, is an
 * official; a bare name seen once goes to the candidates file. A person or body
 * the entities file lists keeps its curated id, name and role.
 */
import type { Official, Organisation } from '../corpus/types.ts'
import type { Gazetteer, NamedEntity } from './gazetteer.ts'
import type { DiscoveredOrganisation } from './organisationDiscovery.ts'
import type { DiscoveredPerson } from './people.ts'
import { PhraseMatcher } from './phraseMatcher.ts'
import { looksLikeSurname, nameWords, plainestForm, sameNameWord, samePersonWords, surnameBlock } from './personNames.ts'
import { slugOf } from './slug.ts'
import { nameKey } from '../text/index.ts'

/** What discovery found in one release file. */
export interface ReleaseFindings {
  file: string
  lang: string
  people: DiscoveredPerson[]
  organisations: DiscoveredOrganisation[]
}

/** The entities of the whole archive. */
export interface ArchiveEntities {
  /** People found with enough evidence, not in the entities file. */
  officials: Official[]
  /** Organisations found by name patterns, not in the entities file. */
  organisations: Organisation[]
  /** The entities file's names plus every form discovered, each tied to its entity. */
  names: PhraseMatcher<NamedEntity>
  /** Person names seen without enough evidence, by file: the candidates file's people. */
  weakPeople: Map<string, DiscoveredPerson[]>
}

interface PersonMention {
  file: string
  lang: string
  person: DiscoveredPerson
  words: string[]
}

interface Cluster<T> {
  members: T[]
}

/** Institution words in a role phrase that make its holder the institution's own staff. */
const INSTITUTION_IN_ROLE = /\b(?:the Service|Service's|SMS)\b|Xidmət|Служб/u

/**
 * Merges the findings of every release into the archive's entities.
 * @example const archive = mergeArchive(findings, gazetteer); archive.names.find(text)
 */
export function mergeArchive(findings: readonly ReleaseFindings[], gazetteer: Gazetteer): ArchiveEntities {
  const names = new PhraseMatcher<NamedEntity>()
  for (const official of gazetteer.entities.officials) {
    for (const name of [official.name, ...(official.aliases ?? [])]) names.add(name, { facet: 'officials', id: official.id })
  }
  for (const organisation of gazetteer.entities.organisations) {
    for (const name of [organisation.name, ...(organisation.aliases ?? [])]) names.add(name, { facet: 'organisations', id: organisation.id })
  }
  const usedIds = new Set([...gazetteer.entities.officials, ...gazetteer.entities.organisations].map((e) => e.id))
  const uniqueId = (name: string): string => {
    const base = slugOf(name)
    let id = base
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`
    usedIds.add(id)
    return id
  }

  const organisations = mergeOrganisations(findings, names, uniqueId)
  const roleOrganisations = new PhraseMatcher<string>()
  for (const organisation of organisations) for (const form of [organisation.name, ...(organisation.aliases ?? [])]) roleOrganisations.add(form, organisation.id)

  const curated = gazetteer.entities.officials.flatMap((o) => [o.name, ...(o.aliases ?? [])].map((n) => ({ id: o.id, words: nameWords(n) })))
  const officials: Official[] = []
  const weakPeople = new Map<string, DiscoveredPerson[]>()
  for (const cluster of clusterPeople(findings)) {
    const forms = cluster.members.map((m) => m.person.name)
    const curatedId = curated.find((c) => cluster.members.some((m) => samePersonWords(c.words, m.words)))?.id
    if (curatedId) {
      for (const form of new Set(forms)) names.add(form, { facet: 'officials', id: curatedId })
      continue
    }
    const files = new Set(cluster.members.map((m) => m.file))
    const surnamed = cluster.members.some((m) => looksLikeSurname(m.person.name.split(' ').at(-1) ?? ''))
    const strong = cluster.members.some((m) => m.person.role !== undefined) || (files.size >= 2 && surnamed)
    if (!strong) {
      if (surnamed || files.size >= 2) for (const m of cluster.members) weakPeople.set(m.file, [...(weakPeople.get(m.file) ?? []), m.person])
      continue
    }
    const official = officialOf(cluster, gazetteer, roleOrganisations, uniqueId)
    officials.push(official)
    for (const form of new Set(forms)) names.add(form, { facet: 'officials', id: official.id })
  }
  return { officials, organisations, names, weakPeople }
}

/** Groups the person names of every release into one cluster per person. */
function clusterPeople(findings: readonly ReleaseFindings[]): Array<Cluster<PersonMention>> {
  const byBlock = new Map<string, Array<Cluster<PersonMention>>>()
  const all: Array<Cluster<PersonMention>> = []
  for (const { file, lang, people } of findings) {
    for (const person of people) {
      const words = nameWords(person.name)
      if (words.length < 2) continue
      const mention: PersonMention = { file, lang, person, words }
      const block = surnameBlock(words)
      const clusters = byBlock.get(block) ?? []
      const matching = clusters.filter((c) => c.members.some((m) => samePersonWords(m.words, words)))
      const [cluster, ...others] = matching
      if (cluster) {
        cluster.members.push(mention)
        for (const other of others) {
          cluster.members.push(...other.members)
          clusters.splice(clusters.indexOf(other), 1)
          all.splice(all.indexOf(other), 1)
        }
      } else {
        const created = { members: [mention] }
        clusters.push(created)
        all.push(created)
        byBlock.set(block, clusters)
      }
    }
  }
  return all
}

/** Forms of a name, most frequent first. */
function byFrequency(forms: string[]): string[] {
  const counts = new Map<string, number>()
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1)
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))
}

/** The official a cluster of names stands for: its plainest name per language, its role and its side. */
function officialOf(cluster: Cluster<PersonMention>, gazetteer: Gazetteer, roleOrganisations: PhraseMatcher<string>, uniqueId: (name: string) => string): Official {
  const formsIn = (lang: string): string[] => byFrequency(cluster.members.filter((m) => m.lang === lang).map((m) => m.person.name))
  const plainest = ['en', 'az', 'ru']
    .map((lang) => formsIn(lang))
    .filter((forms) => forms.length > 0)
    .map((forms) => plainestForm(forms))
  const others = byFrequency(cluster.members.filter((m) => !['en', 'az', 'ru'].includes(m.lang)).map((m) => m.person.name))
  if (others.length) plainest.push(plainestForm(others))
  const name = plainest[0] as string
  const aliases = [...new Set(plainest.slice(1))].filter((a) => a !== name)
  const official: Official = { id: uniqueId(name), name }
  if (aliases.length) official.aliases = aliases
  const withRole = [...cluster.members].sort((a, b) => Number(b.lang === 'en') - Number(a.lang === 'en')).filter((m) => m.person.role)
  const introduced = withRole.find((m) => m.person.post) ?? withRole[0]
  if (introduced?.person.role) {
    const post = gazetteer.entities.posts.find((p) => p.id === introduced.person.post)
    official.role = post?.name ?? introduced.person.role
    const affiliation = post?.affiliation ?? affiliationIn(introduced.person.role, gazetteer, roleOrganisations)
    if (affiliation) official.affiliation = affiliation
  }
  return official
}

/** The organisation a role phrase names: the institution for "of the Service", else the first body named. */
function affiliationIn(role: string, gazetteer: Gazetteer, roleOrganisations: PhraseMatcher<string>): string | undefined {
  const known = gazetteer.names.find(role).find((m) => m.value.facet === 'organisations')
  if (known) return known.value.id
  if (INSTITUTION_IN_ROLE.test(role)) return gazetteer.entities.institution
  return roleOrganisations.find(role)[0]?.value
}

interface OrganisationMention {
  file: string
  lang: string
  organisation: DiscoveredOrganisation
  words: string[]
}

/** True when two organisation names are the same but for case endings. */
function sameOrganisation(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => sameNameWord(w, b[i] as string))
}

/** A body's kind, from its head word. */
function kindOf(name: string): string {
  if (/embass|səfirl|посольств|consulat|konsull|консульств/iu.test(name)) return 'embassy'
  if (/universit|университет|academ|akademiy|академи|institut|институт/iu.test(name)) return 'academic'
  if (/club|klub|клуб|chamber|palata|палат|compan|şirkət|компани|association|assosiasiya|ассоциаци/iu.test(name)) return 'business'
  if (/ministr|nazirli|министерств|committee|komitə|комитет|executive|icra|исполнительн|service|xidmət|служб|agency|agentliy|агентств|headquarters|qərargah|штаб|council|şura|совет/iu.test(name)) return 'government'
  return 'other'
}

/**
 * A release's organisation names with short forms replaced by the full name
 * the same release gives ("the Public Council" after "the Public Council under
 * the State Migration Service"); `shortForms` collects them, by full name.
 */
function withFullNames(found: readonly DiscoveredOrganisation[], shortForms: Map<string, Set<string>>): DiscoveredOrganisation[] {
  const wordsOf = found.map((o) => nameWords(o.name))
  return found.map((organisation, i) => {
    const words = wordsOf[i] as string[]
    const full = found.find((other, j) => j !== i && (wordsOf[j] as string[]).length > words.length && words.every((w, k) => sameNameWord(w, (wordsOf[j] as string[])[k] as string)))
    if (!full) return organisation
    shortForms.set(full.name, (shortForms.get(full.name) ?? new Set()).add(organisation.name))
    return { ...organisation, name: full.name }
  })
}

/** Merges discovered organisation names across releases into organisations, and registers every form with `names`. */
function mergeOrganisations(findings: readonly ReleaseFindings[], names: PhraseMatcher<NamedEntity>, uniqueId: (name: string) => string): Organisation[] {
  const clusters: Array<Cluster<OrganisationMention>> = []
  const shortForms = new Map<string, Set<string>>()
  for (const { file, lang, organisations: found } of findings) {
    for (const organisation of withFullNames(found, shortForms)) {
      const words = nameWords(organisation.name)
      if (words.length === 0) continue
      const mention = { file, lang, organisation, words }
      const cluster = clusters.find((c) =>
        c.members.some(
          (m) =>
            sameOrganisation(m.words, words) ||
            (m.organisation.abbreviation !== undefined && m.organisation.abbreviation === organisation.abbreviation) ||
            (m.organisation.sameAs !== undefined && m.organisation.sameAs === organisation.sameAs),
        ),
      )
      if (cluster) cluster.members.push(mention)
      else clusters.push({ members: [mention] })
    }
  }
  return clusters.map((cluster) => {
    const english = byFrequency(cluster.members.filter((m) => m.lang === 'en').map((m) => m.organisation.name))
    const all = byFrequency(cluster.members.map((m) => m.organisation.name))
    const longest = (forms: string[]): string | undefined => forms.reduce<string | undefined>((best, f) => (best === undefined || f.length > best.length ? f : best), undefined)
    const topOf = (forms: string[]): string | undefined => {
      const counts = forms.length ? cluster.members.filter((m) => m.organisation.name === forms[0]).length : 0
      return longest(forms.filter((f) => cluster.members.filter((m) => m.organisation.name === f).length === counts))
    }
    const name = topOf(english) ?? (topOf(all) as string)
    const seenKeys = new Set([nameKey(name)])
    const aliases: string[] = []
    for (const form of all) {
      const key = nameKey(form)
      if (seenKeys.has(key)) continue
      seenKeys.add(key)
      aliases.push(form)
    }
    for (const m of cluster.members) if (m.organisation.abbreviation && !aliases.includes(m.organisation.abbreviation)) aliases.push(m.organisation.abbreviation)
    for (const m of cluster.members) for (const short of shortForms.get(m.organisation.name) ?? []) if (!aliases.includes(short)) aliases.push(short)
    const organisation: Organisation = { id: uniqueId(name), name, kind: kindOf(name) }
    if (aliases.length) organisation.aliases = aliases
    for (const form of [name, ...aliases]) names.add(form, { facet: 'organisations', id: organisation.id })
    return organisation
  })
}
