/**
 * Choosing who and what appears in a story: officials in office on the date,
 * partner organisations by weight, topics that fit, and the place.
 */
import { REGIONS } from '../data/officials.ts'
import { TOPIC_BY_ID, TOPICS } from '../data/topics.ts'
import type { Cast, OrgRecord, PersonRecord } from '../entities.ts'
import type { OfficialGroup } from '../data/officials.ts'
import type { Rng } from '../prng.ts'
import type { Place, Plan } from './types.ts'

/** Baku and the regional centres, in three languages. */
export const PLACES: Record<string, Place> = {
  Baku: { en: 'Baku', az: 'Bakı', ru: 'Баку' },
  Ganja: { en: 'Ganja', az: 'Gəncə', ru: 'Гянджа' },
  Sumgait: { en: 'Sumgait', az: 'Sumqayıt', ru: 'Сумгайыт' },
  Lankaran: { en: 'Lankaran', az: 'Lənkəran', ru: 'Ленкорань' },
  Shaki: { en: 'Shaki', az: 'Şəki', ru: 'Шеки' },
  Mingachevir: { en: 'Mingachevir', az: 'Mingəçevir', ru: 'Мингечевир' },
  Guba: { en: 'Guba', az: 'Quba', ru: 'Губа' },
  Shirvan: { en: 'Shirvan', az: 'Şirvan', ru: 'Ширван' },
  Nakhchivan: { en: 'Nakhchivan', az: 'Naxçıvan', ru: 'Нахчыван' },
  Barda: { en: 'Barda', az: 'Bərdə', ru: 'Барда' },
  Khachmaz: { en: 'Khachmaz', az: 'Xaçmaz', ru: 'Хачмаз' },
  Online: { en: 'video conference', az: 'videokonfrans', ru: 'видеоконференция', online: true },
}

/** Foreign migration bodies and the city where they sit, for visits abroad. */
export const FOREIGN_AGENCY_CITIES: Record<string, string> = {
  bamf: 'Nuremberg',
  'turkiye-migration': 'Ankara',
  'russia-migration': 'Moscow',
  'georgia-psda': 'Tbilisi',
  'ukraine-migration': 'Kyiv',
  'belarus-citizenship': 'Minsk',
  'kazakhstan-migration': 'Astana',
  'uzbekistan-labour-migration': 'Tashkent',
  'lithuania-migration': 'Vilnius',
  'estonia-ppa': 'Tallinn',
  'sweden-migration': 'Norrköping',
  'netherlands-ind': 'The Hague',
  'poland-foreigners': 'Warsaw',
  'korea-immigration': 'Seoul',
  'moldova-migration': 'Chișinău',
  'kyrgyzstan-migration': 'Bishkek',
}

/** Regional centres with a department of the agency. */
export const REGION_NAMES: readonly string[] = REGIONS.map(([en]) => en)

/** True when someone held their post in `year`. */
export function inOffice(person: PersonRecord, year: number): boolean {
  return person.from <= year && year <= person.to
}

/** A person of one of the groups, in office in `year`, or undefined. */
export function pickPerson(
  rng: Rng,
  cast: Cast,
  year: number,
  groups: readonly OfficialGroup[],
  where: (p: PersonRecord) => boolean = () => true,
): PersonRecord | undefined {
  const pool = cast.people.filter((p) => groups.includes(p.group) && inOffice(p, year) && where(p))
  return pool.length ? rng.pick(pool) : undefined
}

/** The agency official who leads a story: usually the chief, sometimes a deputy. */
export function pickHost(rng: Rng, cast: Cast, year: number, chiefShare = 0.6): PersonRecord {
  const roll = rng.next()
  const groups: OfficialGroup[] = roll < chiefShare ? ['chief'] : roll < chiefShare + 0.12 ? ['first-deputy'] : ['deputy']
  const person = pickPerson(rng, cast, year, groups) ?? pickPerson(rng, cast, year, ['chief'])
  if (!person) throw new Error(`no chief in office in ${year}`)
  return person
}

/** An organisation chosen by weight among those that pass `where`. */
export function pickOrg(rng: Rng, cast: Cast, where: (o: OrgRecord) => boolean): OrgRecord | undefined {
  const pool = cast.organisations.filter(where)
  return pool.length ? rng.weighted(pool, (o) => o.weight) : undefined
}

/** True when the topic may appear in `year` (COVID-19 only in 2020–2022). */
export function topicFits(id: string, year: number): boolean {
  const years = TOPIC_BY_ID.get(id)?.years
  return !years || (years[0] <= year && year <= years[1])
}

/**
 * Up to `count` distinct topics: first from `preferred` (in random order),
 * then from the whole list, skipping topics that do not fit the year.
 */
export function pickTopics(rng: Rng, preferred: readonly string[], year: number, count: number): string[] {
  const chosen: string[] = []
  for (const id of rng.sample(preferred, preferred.length)) {
    if (chosen.length >= count) break
    if (topicFits(id, year) && !chosen.includes(id)) chosen.push(id)
  }
  while (chosen.length < count) {
    const id = rng.pick(TOPICS).id
    if (topicFits(id, year) && !chosen.includes(id)) chosen.push(id)
  }
  return chosen
}

/** True in the years when most meetings moved online. */
export function pandemicYear(year: number): boolean {
  return year === 2020 || year === 2021
}

/** Baku, or a video conference during the pandemic. */
export function meetingPlace(rng: Rng, year: number): Place {
  return pandemicYear(year) && rng.chance(0.6) ? (PLACES.Online as Place) : (PLACES.Baku as Place)
}

/** An empty plan for `date`, to be filled by a theme. */
export function emptyPlan(rng: Rng, date: string): Plan {
  const [year, month] = date.split('-').map(Number) as [number, number]
  return { date, year, month, staff: [], guests: [], partners: [], topics: [], place: PLACES.Baku as Place, figures: [], variant: rng.int(0, 999) }
}
