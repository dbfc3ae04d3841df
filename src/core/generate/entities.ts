/**
 * The fixed cast of the synthetic archive: organisations, officials and topics,
 * built once from the data tables. The cast does not depend on the seed, so
 * archives of different seeds share ids and can be compared.
 */
import type { Official, Organisation, Topic } from '../corpus/types.ts'
import { COUNTRIES, type CountryEntry, type Gender } from './data/countries.ts'
import { azToPlainLatin, feminineSurname, GIVEN_NAMES, SURNAMES } from './data/names.ts'
import { OFFICIAL_ROWS, type OfficialGroup, type OfficialRow } from './data/officials.ts'
import { AGENCY, ORGANISATION_ROWS, type OrganisationEntry } from './data/organisations.ts'
import { TOPICS, type TopicEntry } from './data/topics.ts'
import { Rng } from './prng.ts'

/** A language the generator writes in. */
export type Lang = 'en' | 'az' | 'ru'

/** An organisation with its names in each language. */
export interface OrgRecord extends OrganisationEntry {
  aliases: string[]
  /** The country, for embassies. */
  country?: CountryEntry
}

/** A person with everything the templates need to introduce them in each language. */
export interface PersonRecord {
  id: string
  group: OfficialGroup
  gender: Gender
  affiliation: string
  from: number
  to: number
  /** Name as written in each language's text. */
  name: Record<Lang, string>
  /** Surname in each language, for second mentions. */
  surname: Record<Lang, string>
  role: Record<Lang, string>
  rank?: Record<Lang, string>
  /** Whether the role names the affiliation, so mentioning the person names the organisation too. */
  roleNamesOrg: boolean
  aliases: string[]
  country?: CountryEntry
  region?: string
  focus: readonly string[]
}

/** The whole cast. */
export interface Cast {
  organisations: OrgRecord[]
  orgById: Map<string, OrgRecord>
  people: PersonRecord[]
  /** People by affiliation id. */
  peopleByOrg: Map<string, PersonRecord[]>
  topics: readonly TopicEntry[]
}

/** Turns a name into an id: "Hélène Marchand" → "helene-marchand". */
export function slugify(text: string): string {
  return text
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[ıİ]/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function initials(fullName: string): string {
  const parts = fullName.split(' ')
  if (parts.length < 2) return fullName
  const last = parts.slice(1).join(' ')
  return `${(parts[0] as string).charAt(0)}. ${last}`
}

function unique(items: string[], exclude: string): string[] {
  return [...new Set(items)].filter((item) => item !== exclude)
}

function buildOrganisations(): OrgRecord[] {
  const embassies: OrgRecord[] = COUNTRIES.map((country) => {
    const en = `Embassy of ${country.en} in Azerbaijan`
    const az = `${azGenitive(country.az)} Azərbaycandakı Səfirliyi`
    const ru = `Посольство ${country.ruGen} в Азербайджане`
    return {
      id: `embassy-${country.slug}`,
      kind: 'embassy',
      en,
      az,
      ru,
      focus: ['international-cooperation'],
      weight: country.weight,
      aliases: unique([`Embassy of ${country.en}`, az, ru], en),
      country,
    }
  })
  const listed: OrgRecord[] = [AGENCY, ...ORGANISATION_ROWS].map((row) => ({
    ...row,
    aliases: unique(
      [
        ...(row.id === 'sms' ? ['State Migration Service', 'Dövlət Miqrasiya Xidməti', 'Государственная миграционная служба'] : []),
        row.enShort ?? '',
        row.az,
        row.azShort ?? '',
        row.ru,
        row.ruShort ?? '',
      ].filter(Boolean),
      row.en,
    ),
  }))
  const [agency, ...others] = listed
  return [agency as OrgRecord, ...others, ...embassies]
}

/** Azerbaijani genitive by vowel harmony: "Almaniya" → "Almaniyanın", "Gürcüstan" → "Gürcüstanın". */
export function azGenitive(word: string): string {
  const vowels = 'aıoueəiöü'
  let last = ''
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = (word[i] as string).toLowerCase()
    if (vowels.includes(ch)) {
      last = ch
      break
    }
  }
  const harmony = 'aı'.includes(last) ? 'ın' : 'eəi'.includes(last) ? 'in' : 'ou'.includes(last) ? 'un' : 'ün'
  const endsInVowel = vowels.includes((word[word.length - 1] ?? '').toLowerCase())
  return `${word}${endsInVowel ? 'n' : ''}${harmony}`
}

interface NameParts {
  az: string
  ru: string
  gender: Gender
  azSurname: string
  ruSurname: string
}

function composeNames(rows: readonly OfficialRow[]): NameParts[] {
  const rng = new Rng('synthetic-cast-names')
  const used = new Set<string>()
  return rows.map((row) => {
    if (row.name.startsWith('=')) {
      const [az, ru, gender] = row.name.slice(1).split(';') as [string, string, string]
      used.add(az)
      return { az, ru, gender: gender === 'f' ? 'f' : 'm', azSurname: az.split(' ')[1] ?? az, ruSurname: ru.split(' ')[1] ?? ru }
    }
    if (!row.name.startsWith('@')) {
      const [latin, ru, gender] = row.name.split(';') as [string, string, string]
      const surname = (s: string) => s.split(' ').slice(1).join(' ') || s
      return { az: latin, ru, gender: gender === 'f' ? 'f' : 'm', azSurname: surname(latin), ruSurname: surname(ru) }
    }
    const gender: Gender = row.name === '@f' ? 'f' : 'm'
    const givens = GIVEN_NAMES.filter((g) => g[2] === gender)
    for (;;) {
      const given = rng.pick(givens)
      const base = rng.pick(SURNAMES)
      const [azS, ruS] = gender === 'f' ? feminineSurname(base) : base
      const az = `${given[0]} ${azS}`
      if (used.has(az)) continue
      used.add(az)
      return { az, ru: `${given[1]} ${ruS}`, gender, azSurname: azS, ruSurname: ruS }
    }
  })
}

function roleMentions(role: string, org: OrgRecord | undefined): boolean {
  if (!org) return false
  return [org.en, ...org.aliases].some((name) => role.includes(name))
}

function buildPeople(orgById: Map<string, OrgRecord>): PersonRecord[] {
  const envoyRows: OfficialRow[] = []
  const envoyCountries: CountryEntry[] = []
  for (const country of COUNTRIES) {
    for (const envoy of country.envoys) {
      envoyRows.push({
        group: 'ambassador',
        affiliation: `embassy-${country.slug}`,
        name: `${envoy.name};${envoy.cyrillic};${envoy.gender}`,
        from: envoy.from,
        to: envoy.to,
        roleEn: `Ambassador Extraordinary and Plenipotentiary of ${country.en} to the Republic of Azerbaijan`,
        roleAz: `${azGenitive(country.az)} Azərbaycan Respublikasındakı Fövqəladə və Səlahiyyətli Səfiri`,
        roleRu: `Чрезвычайный и Полномочный Посол ${country.ruGen} в Азербайджанской Республике`,
      })
      envoyCountries.push(country)
    }
  }
  const rows = [...OFFICIAL_ROWS, ...envoyRows]
  const names = composeNames(rows)
  const seen = new Set<string>()
  return rows.map((row, index) => {
    const parts = names[index] as NameParts
    const localName = row.name.startsWith('@') || row.name.startsWith('=')
    const en = localName ? azToPlainLatin(parts.az) : parts.az
    const enSurname = localName ? azToPlainLatin(parts.azSurname) : parts.azSurname
    let id = slugify(en)
    while (seen.has(id)) id = `${id}-2`
    seen.add(id)
    const aliases = unique(
      [initials(en), parts.az, localName ? initials(parts.az) : '', parts.ru, initials(parts.ru)].filter(Boolean),
      en,
    )
    const org = orgById.get(row.affiliation)
    return {
      id,
      group: row.group,
      gender: parts.gender,
      affiliation: row.affiliation,
      from: row.from,
      to: row.to,
      name: { en, az: parts.az, ru: parts.ru },
      surname: { en: enSurname, az: parts.azSurname, ru: parts.ruSurname },
      role: { en: row.roleEn, az: row.roleAz, ru: row.roleRu },
      rank: row.rank,
      roleNamesOrg: roleMentions(row.roleEn, org),
      aliases,
      country: row.group === 'ambassador' ? envoyCountries[index - OFFICIAL_ROWS.length] : undefined,
      region: row.region,
      focus: row.focus ?? org?.focus ?? [],
    }
  })
}

let cached: Cast | undefined

/** The cast, built on first use. */
export function getCast(): Cast {
  if (cached) return cached
  const organisations = buildOrganisations()
  const orgById = new Map(organisations.map((o) => [o.id, o]))
  const people = buildPeople(orgById)
  const peopleByOrg = new Map<string, PersonRecord[]>()
  for (const person of people) {
    const list = peopleByOrg.get(person.affiliation)
    if (list) list.push(person)
    else peopleByOrg.set(person.affiliation, [person])
  }
  cached = { organisations, orgById, people, peopleByOrg, topics: TOPICS }
  return cached
}

/** The cast as the corpus's entity tables. */
export function castTables(cast: Cast): { officials: Official[]; organisations: Organisation[]; topics: Topic[] } {
  return {
    officials: cast.people.map((p) => ({ id: p.id, name: p.name.en, aliases: p.aliases, role: p.role.en, affiliation: p.affiliation })),
    organisations: cast.organisations.map((o) => ({ id: o.id, name: o.en, aliases: o.aliases, kind: o.kind })),
    topics: cast.topics.map((t) => ({ id: t.id, name: t.name, names: { az: t.az, ru: t.ru } })),
  }
}
