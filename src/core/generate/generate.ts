/**
 * The synthetic archive generator: a realistic, deterministic `announcements/v1`
 * corpus of a migration service's press releases, for demos, tests and benchmarks.
 *
 * @example
 * const corpus = generateCorpus({ count: 3000, seed: 2026 })
 * corpus.releases.length // 3000, identical for every run with seed 2026
 */
import { SCHEMA_VERSION, type Corpus, type Release } from '../corpus/types.ts'
import { sampleDates } from './calendar.ts'
import { AGENCY } from './data/organisations.ts'
import { castTables, getCast, type Cast, type Lang } from './entities.ts'
import { Rng } from './prng.ts'
import { THEMES } from './themes/index.ts'
import type { Plan, Theme } from './themes/types.ts'
import { Writer } from './writer.ts'

/** Bump when the output for a given seed changes. */
export const GENERATOR_VERSION = '1.0.0'

/** Options of {@link generateCorpus}. */
export interface GenerateOptions {
  /** Number of releases, translations included. */
  count: number
  /** Any number or text; the same seed always gives the same corpus. */
  seed: number | string
}

/** Defaults of the generator, in one place. */
export const GENERATOR_DEFAULTS = {
  /** Share of stories that also get an Azerbaijani / a Russian release. */
  azShare: 0.16,
  ruShare: 0.12,
  firstId: 10_000,
  site: 'https://migration.example.gov.az',
  generatedAt: '2026-11-28T00:00:00Z',
  sourceName: 'State Migration Service of the Republic of Azerbaijan (synthetic sample)',
} as const

/** Release types that carry a place. */
const PLACED_TYPES = new Set(['meeting', 'visit', 'conference', 'training', 'agreement', 'operation'])

const fittingThemes = new Map<string, readonly Theme[]>()

/** Themes that can occur in `year` and be written in every one of `langs`. */
function themesFor(year: number, langs: readonly Lang[]): readonly Theme[] {
  const key = `${year}:${langs.join(',')}`
  let fits = fittingThemes.get(key)
  if (!fits) fittingThemes.set(key, (fits = THEMES.filter((t) => t.weight(year) > 0 && langs.every((lang) => t.write[lang]))))
  return fits
}

function chooseStory(rng: Rng, date: string, langs: readonly Lang[], cast: Cast): { theme: Theme; plan: Plan } {
  const year = Number(date.slice(0, 4))
  const fits = themesFor(year, langs)
  for (let attempt = 0; attempt < 20; attempt++) {
    const theme = rng.weighted(fits, (t) => t.weight(year))
    const plan = theme.plan(rng, date, cast)
    if (plan) return { theme, plan }
  }
  throw new Error(`no theme could be planned for ${date}`)
}

/** Language versions of each story, adding up to exactly `count` releases. */
function storyLanguages(rng: Rng, count: number): Lang[][] {
  const stories: Lang[][] = []
  let total = 0
  while (total < count) {
    const langs: Lang[] = ['en']
    if (rng.chance(GENERATOR_DEFAULTS.azShare)) langs.push('az')
    if (rng.chance(GENERATOR_DEFAULTS.ruShare)) langs.push('ru')
    const room = count - total
    stories.push(langs.slice(0, room))
    total += Math.min(langs.length, room)
  }
  return stories
}

/** Generates a corpus of `count` releases from `seed`. Pure and deterministic. */
export function generateCorpus(options: GenerateOptions): Corpus {
  const count = Math.max(0, Math.floor(options.count))
  const rng = new Rng(options.seed)
  const cast = getCast()
  const stories = storyLanguages(rng.fork('languages'), count)
  const dates = sampleDates(rng.fork('dates'), stories.length)
  const releases: Release[] = []
  let nextId = GENERATOR_DEFAULTS.firstId

  stories.forEach((langs, index) => {
    const date = dates[index] as string
    const { theme, plan } = chooseStory(rng, date, langs, cast)
    const withPlace = PLACED_TYPES.has(theme.type) && rng.chance(0.75)
    const ids = langs.map(() => String((nextId += rng.int(1, 2))))
    nextId += rng.int(0, 3)
    langs.forEach((lang, i) => {
      const writer = new Writer(lang, rng, cast.orgById)
      const draft = (theme.write[lang] ?? theme.write.en)(writer, plan)
      const id = ids[i] as string
      const release: Release = { id, lang, date, title: draft.title, body: draft.paragraphs.join('\n\n') }
      if (draft.summary) release.summary = draft.summary
      release.url = `${GENERATOR_DEFAULTS.site}/${lang}/news/${id}`
      release.type = theme.type
      if (withPlace) release.place = plan.place[lang]
      release.officials = writer.officials
      release.organisations = writer.organisations
      release.topics = writer.topics
      if (langs.length > 1) {
        release.translations = Object.fromEntries(langs.flatMap((other, j) => (other === lang ? [] : [[other, ids[j] as string]])))
      }
      releases.push(release)
    })
  })
  // Newest first, as an archive should be written: the app shows a corpus in this order
  // while it is still downloading. Releases of one day keep their order.
  releases.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))

  return {
    schema: SCHEMA_VERSION,
    source: {
      name: GENERATOR_DEFAULTS.sourceName,
      url: GENERATOR_DEFAULTS.site,
      languages: ['en', 'az', 'ru'],
      generatedAt: GENERATOR_DEFAULTS.generatedAt,
      synthetic: true,
      // The service publishes every release; it is not its own partner.
      institution: AGENCY.id,
    },
    ...castTables(cast),
    releases,
  }
}
