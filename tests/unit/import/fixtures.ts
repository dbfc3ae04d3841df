/**
 * Loading of the importer's labelled fixture sets (tests/fixtures/import) and
 * of the entities file they are scored with: data/entities.json alone.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { compileGazetteer, readEntitiesFile, type Gazetteer, type ReleaseFile } from '../../../src/core/import/index.ts'

const FIXTURES = new URL('../../fixtures/import/', import.meta.url)
export const ENTITIES_URL = new URL('../../../data/entities.json', import.meta.url)
/** The one real release the product began from, kept in the repository. */
export const SEED_URL = new URL('../../../data/seed/caspian-european-club-meeting.txt', import.meta.url)

/** What a person expects from one fixture release. */
export interface Label {
  lang: string
  /** null: the release must be held back for want of a date. */
  date: string | null
  type: string
  /** Every person taking part, by name. */
  officials: string[]
  /** Ids of data/entities.json, or names of organisations it lacks. */
  organisations: string[]
  topics: string[]
  id?: string
  translations?: Record<string, string>
}

/** The two labelled sets: `releases` (the rules were tuned on it) and `holdout` (never tuned on). */
export type FixtureSet = 'releases' | 'holdout'

/** The labels of a set, by file name. */
export function loadLabels(set: FixtureSet = 'releases'): Record<string, Label> {
  const file = set === 'releases' ? 'labels.json' : 'holdout-labels.json'
  return (JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as { releases: Record<string, Label> }).releases
}

/** Every release file of a set, sorted by name. */
export function loadReleaseFiles(set: FixtureSet = 'releases'): ReleaseFile[] {
  const folder = new URL(`${set}/`, FIXTURES)
  return readdirSync(folder)
    .filter((name) => !name.endsWith('.meta.json'))
    .sort()
    .map((name) => ({ path: name, content: readFileSync(new URL(name, folder), 'utf8') }))
}

/** The entities file as the CLI reads it. */
export function loadEntitiesJson(): unknown {
  return JSON.parse(readFileSync(ENTITIES_URL, 'utf8'))
}

/** The gazetteer of data/entities.json alone. */
export function realGazetteer(): Gazetteer {
  const { entities, problems } = readEntitiesFile(loadEntitiesJson())
  if (problems.length) throw new Error(JSON.stringify(problems))
  return compileGazetteer(entities)
}
