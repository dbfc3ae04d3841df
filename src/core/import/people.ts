/**
 * Discovery of people the gazetteer does not know yet, by the way releases
 * introduce them: after a role ("counselor Vusal Huseynov", "начальник …
 * Вусал Гусейнов", "səfiri Ralf Horlemann") or before one ("Telman Aliyev,
 * Chairman and CEO of the Caspian European Club", "Telman Əliyev, Xəzər Avropa
 * Klubunun sədri"). A name is two to four capitalised words that are not place,
 * organisation or role words.
 */
import type { Gazetteer } from './gazetteer.ts'
import { monthOf } from './dates.ts'
import { breaksClause, breaksSentence, wordsOf, type Word } from './words.ts'

/** A person found by a role pattern. */
export interface DiscoveredPerson {
  name: string
  /** The role phrase that introduced the name, as written. */
  role: string
  /** Id of the post the role phrase names, when the entities file knows it. */
  post?: string
  start: number
  end: number
}

/** How many words may separate a role word from the name it introduces. */
const ROLE_REACH = 16
/** How many words after "Name," may hold the role ("…, Chairman and CEO of…"). */
const TRAILING_ROLE_REACH = 8

function isNameWord(word: Word, gazetteer: Gazetteer, cueStarts: Set<number>): boolean {
  if (!(word.capitalised || word.initial)) return false
  if (gazetteer.notNameKeys.has(word.key) || cueStarts.has(word.start) || monthOf(word.raw) > 0) return false
  return word.raw.length >= 2 || word.initial
}

/**
 * Runs of 2–4 adjacent name words inside one clause, as [first, last] word
 * indexes. `cueStarts` are the offsets of role and organisation words in any
 * inflection ("Səfirliyinin"), which never belong to a name.
 */
function nameRuns(words: Word[], gazetteer: Gazetteer, cueStarts: Set<number>): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  const isNameWordAt = (word: Word): boolean => isNameWord(word, gazetteer, cueStarts)
  let i = 0
  while (i < words.length) {
    if (!isNameWordAt(words[i] as Word)) {
      i++
      continue
    }
    let j = i
    while (j + 1 < words.length) {
      const next = words[j + 1] as Word
      const current = words[j] as Word
      const joined = current.initial ? /^\.\s*$/.test(next.gap) : /^[\s-]+$/.test(next.gap) && !/\n/.test(next.gap)
      if (!joined || !isNameWordAt(next)) break
      j++
    }
    const length = j - i + 1
    const lastIsInitial = (words[j] as Word).initial
    if (length >= 2 && length <= 4 && !lastIsInitial) runs.push([i, j])
    i = j + 1
  }
  return runs
}

/** Index of the word containing character `offset`, or of the next one. */
function wordAt(words: Word[], offset: number): number {
  const index = words.findIndex((w) => w.end > offset)
  return index === -1 ? words.length : index
}

/**
 * Finds people introduced by role patterns in `text`. Names the gazetteer
 * already knows are skipped, since name matching finds them anyway.
 */
export function discoverPeople(text: string, gazetteer: Gazetteer): DiscoveredPerson[] {
  const words = wordsOf(text)
  const known = gazetteer.names.find(text)
  const roleMatches = gazetteer.roleWords.find(text)
  const roleSpans = roleMatches.map((m) => ({ first: wordAt(words, m.start), last: wordAt(words, m.end - 1) }))
  const cueStarts = new Set([...roleMatches, ...gazetteer.organisationWords.find(text)].map((m) => m.start))
  const found: DiscoveredPerson[] = []
  const runs = nameRuns(words, gazetteer, cueStarts)
  for (const [first, last] of runs) {
    const start = (words[first] as Word).start
    const end = (words[last] as Word).end
    if (known.some((m) => m.start < end && m.end > start)) continue
    const previousRun = runs.filter(([, l]) => l < first).at(-1)?.[1] ?? -1
    const reachable = roleSpans.filter((r) => r.first > previousRun)
    const role = roleBefore(words, first, reachable, text) ?? roleAfter(words, last, roleSpans, text)
    if (!role) continue
    const name = text.slice(start, end).replace(/\s+/g, ' ')
    const person: DiscoveredPerson = { name, role, start, end }
    const post = gazetteer.posts.find(role)[0]
    if (post) person.post = post.value
    found.push(person)
  }
  return found
}

interface RoleSpan {
  first: number
  last: number
}

/** The role phrase ending before word `first` in the same sentence, from its role word to the name. */
function roleBefore(words: Word[], first: number, roles: RoleSpan[], text: string): string | undefined {
  let best: RoleSpan | undefined
  for (const role of roles) {
    if (role.last >= first || first - role.last > ROLE_REACH) continue
    let crossesSentence = false
    for (let k = role.last + 1; k <= first; k++) if (breaksSentence((words[k] as Word).gap)) crossesSentence = true
    if (crossesSentence) continue
    if (!best || role.first < best.first) best = role
  }
  if (!best) return undefined
  return text.slice((words[best.first] as Word).start, (words[first - 1] as Word).end).replace(/\s+/g, ' ').replace(/[,\s]+$/, '')
}

/** The role phrase right after "Name," in the same clause: "Chairman and CEO of the Caspian European Club". */
function roleAfter(words: Word[], last: number, roles: RoleSpan[], text: string): string | undefined {
  const next = words[last + 1]
  if (!next || !/^\s*,\s*$/.test(next.gap)) return undefined
  let end = last + 1
  while (end + 1 < words.length && !breaksClause((words[end + 1] as Word).gap)) end++
  const role = roles.find((r) => r.first > last && r.first <= Math.min(end, last + TRAILING_ROLE_REACH))
  if (!role) return undefined
  return text.slice(next.start, (words[end] as Word).end).replace(/\s+/g, ' ')
}
