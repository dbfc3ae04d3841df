/**
 * The entities file (`data/entities.json`): the corpus's officials,
 * organisations and topics tables, plus what the importer needs to find them
 * in text: topic keywords by language, the posts people hold, and the words
 * that mark a role or an organisation when a new name turns up.
 *
 * Only the corpus fields of officials, organisations and topics are copied
 * into a corpus; the matching rules stay here.
 */
import type { Official, Organisation, Topic } from '../corpus/types.ts'

/** Words or phrases by language code (`en`, `az`, `ru`). */
export type PhrasesByLanguage = Record<string, string[]>

/** A topic with the words that signal it. */
export interface TopicRule extends Topic {
  /** Keywords and phrases; any language's list applies to any release. */
  keywords: PhrasesByLanguage
  /** Keyword hits a release needs to get the topic (default 1). */
  minHits?: number
}

/** A post at an organisation ("Chief of the State Migration Service") and how texts name it. */
export interface Post {
  id: string
  name: string
  /** Organisation id the post belongs to. */
  affiliation?: string
  phrases: PhrasesByLanguage
}

/** The whole entities file. */
export interface EntitiesFile {
  /** Organisation id of the institution publishing the releases; never listed as a release's partner. */
  institution?: string
  officials: Official[]
  organisations: Organisation[]
  topics: TopicRule[]
  posts: Post[]
  /** Words that introduce or follow a person's name: "chief", "Ambassador", "rəisi", "начальник". */
  roleWords: PhrasesByLanguage
  /** Head words of organisation names: "Club", "Embassy", "Klubu", "Посольство". */
  organisationWords: PhrasesByLanguage
  /** Capitalised words that are never part of a person's name: "The", "Republic", "Baku". */
  notNameWords: PhrasesByLanguage
}

/** A problem in an entities file, located by its JSON path. */
export interface EntitiesProblem {
  path: string
  message: string
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')

function phrases(value: unknown, path: string, problems: EntitiesProblem[]): PhrasesByLanguage {
  if (value === undefined) return {}
  if (!isRecord(value)) {
    problems.push({ path, message: 'must be an object of language code to list of phrases' })
    return {}
  }
  const result: PhrasesByLanguage = {}
  for (const [lang, list] of Object.entries(value)) {
    if (isStringList(list)) result[lang] = list
    else problems.push({ path: `${path}.${lang}`, message: 'must be a list of strings' })
  }
  return result
}

function entries<T extends { id: string }>(
  value: unknown,
  path: string,
  problems: EntitiesProblem[],
  read: (item: Record<string, unknown>, itemPath: string) => T,
): T[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    problems.push({ path, message: 'must be a list' })
    return []
  }
  const seen = new Set<string>()
  const result: T[] = []
  value.forEach((item, i) => {
    const itemPath = `${path}[${i}]`
    if (!isRecord(item) || typeof item.id !== 'string' || !item.id || typeof item.name !== 'string' || !item.name) {
      problems.push({ path: itemPath, message: 'needs a non-empty string "id" and "name"' })
      return
    }
    if (seen.has(item.id)) {
      problems.push({ path: `${itemPath}.id`, message: `"${item.id}" is used twice` })
      return
    }
    if (item.aliases !== undefined && !isStringList(item.aliases)) {
      problems.push({ path: `${itemPath}.aliases`, message: 'must be a list of strings' })
      return
    }
    seen.add(item.id)
    result.push(read(item, itemPath))
  })
  return result
}

function pickStrings<K extends string>(item: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {}
  for (const key of keys) if (typeof item[key] === 'string') out[key] = item[key] as string
  return out
}

/**
 * Reads a parsed entities file, reporting what is wrong instead of throwing.
 * Broken entries are left out; everything else is kept.
 * @example
 * const { entities, problems } = readEntitiesFile(JSON.parse(text))
 */
export function readEntitiesFile(value: unknown): { entities: EntitiesFile; problems: EntitiesProblem[] } {
  const problems: EntitiesProblem[] = []
  const root = isRecord(value) ? value : {}
  if (!isRecord(value)) problems.push({ path: '', message: 'an entities file must be a JSON object' })
  const entities: EntitiesFile = {
    officials: entries(root.officials, 'officials', problems, (item) => ({
      id: item.id as string,
      name: item.name as string,
      ...(item.aliases ? { aliases: item.aliases as string[] } : {}),
      ...pickStrings(item, ['role', 'affiliation'] as const),
    })),
    organisations: entries(root.organisations, 'organisations', problems, (item) => ({
      id: item.id as string,
      name: item.name as string,
      ...(item.aliases ? { aliases: item.aliases as string[] } : {}),
      ...pickStrings(item, ['kind'] as const),
    })),
    topics: entries(root.topics, 'topics', problems, (item, path) => {
      const topic: TopicRule = { id: item.id as string, name: item.name as string, keywords: phrases(item.keywords, `${path}.keywords`, problems) }
      if (isRecord(item.names)) topic.names = Object.fromEntries(Object.entries(item.names).filter((e): e is [string, string] => typeof e[1] === 'string'))
      if (typeof item.minHits === 'number') topic.minHits = item.minHits
      return topic
    }),
    posts: entries(root.posts, 'posts', problems, (item, path) => ({
      id: item.id as string,
      name: item.name as string,
      ...pickStrings(item, ['affiliation'] as const),
      phrases: phrases(item.phrases, `${path}.phrases`, problems),
    })),
    roleWords: phrases(root.roleWords, 'roleWords', problems),
    organisationWords: phrases(root.organisationWords, 'organisationWords', problems),
    notNameWords: phrases(root.notNameWords, 'notNameWords', problems),
  }
  if (typeof root.institution === 'string') entities.institution = root.institution
  const orgIds = new Set(entities.organisations.map((o) => o.id))
  if (entities.institution && !orgIds.has(entities.institution)) {
    problems.push({ path: 'institution', message: `"${entities.institution}" is not an organisation id` })
  }
  entities.officials.forEach((o, i) => {
    if (o.affiliation && !orgIds.has(o.affiliation)) problems.push({ path: `officials[${i}].affiliation`, message: `"${o.affiliation}" is not an organisation id` })
  })
  return { entities, problems }
}

/** Every phrase of a by-language list, in language order then list order. */
export function allPhrases(byLanguage: PhrasesByLanguage): string[] {
  return Object.keys(byLanguage)
    .sort()
    .flatMap((lang) => byLanguage[lang] ?? [])
}

/** The corpus-facing part of a topic rule. */
export function topicOf(rule: TopicRule): Topic {
  return { id: rule.id, name: rule.name, ...(rule.names ? { names: rule.names } : {}) }
}
