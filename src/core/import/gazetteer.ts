/**
 * The entities file compiled into matchers: one for names of officials and
 * organisations (so the longest name wins where they overlap: "EU Delegation"
 * over "EU"), one per kind of cue word, and one for topic keywords.
 */
import { allPhrases, type EntitiesFile } from './entities.ts'
import { PhraseMatcher } from './phraseMatcher.ts'
import { searchKey } from '../text/index.ts'

/** A name in the gazetteer: an official or an organisation. */
export interface NamedEntity {
  facet: 'officials' | 'organisations'
  id: string
}

/** Matchers built once per entities file and shared by every release. */
export interface Gazetteer {
  entities: EntitiesFile
  names: PhraseMatcher<NamedEntity>
  topics: PhraseMatcher<string>
  posts: PhraseMatcher<string>
  roleWords: PhraseMatcher<true>
  organisationWords: PhraseMatcher<true>
  /** Search keys of capitalised words that never belong to a person's name. */
  notNameKeys: Set<string>
}

/**
 * Builds the matchers for an entities file.
 * @example compileGazetteer(readEntitiesFile(json).entities).names.find(text)
 */
export function compileGazetteer(entities: EntitiesFile): Gazetteer {
  const names = new PhraseMatcher<NamedEntity>()
  const notNameKeys = new Set<string>()
  for (const official of entities.officials) {
    for (const name of [official.name, ...(official.aliases ?? [])]) names.add(name, { facet: 'officials', id: official.id })
  }
  for (const organisation of entities.organisations) {
    for (const name of [organisation.name, ...(organisation.aliases ?? [])]) {
      names.add(name, { facet: 'organisations', id: organisation.id })
      for (const word of name.split(/[^\p{L}\p{N}]+/u)) if (word) notNameKeys.add(searchKey(word))
    }
  }
  const topics = new PhraseMatcher<string>()
  for (const topic of entities.topics) for (const keyword of allPhrases(topic.keywords)) topics.add(keyword, topic.id)
  const posts = new PhraseMatcher<string>()
  for (const post of entities.posts) for (const phrase of allPhrases(post.phrases)) posts.add(phrase, post.id)
  const roleWords = new PhraseMatcher<true>()
  for (const word of allPhrases(entities.roleWords)) {
    roleWords.add(word, true)
    notNameKeys.add(searchKey(word))
  }
  const organisationWords = new PhraseMatcher<true>()
  for (const word of allPhrases(entities.organisationWords)) {
    organisationWords.add(word, true)
    notNameKeys.add(searchKey(word))
  }
  for (const word of allPhrases(entities.notNameWords)) notNameKeys.add(searchKey(word))
  return { entities, names, topics, posts, roleWords, organisationWords, notNameKeys }
}
