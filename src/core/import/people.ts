/**
 * People named in a release: every run of two to four capitalised words that
 * are not place, organisation or role words, with the evidence that it is a
 * person. Strong evidence is a role introducing the name ("counselor Vusal
 * Huseynov", "начальник … Вусал Гусейнов", "səfiri Ralf Horlemann", "Mr.
 * Johannes Reiter") or following it ("Telman Aliyev, Chairman and CEO of the
 * Caspian European Club"); a bare capitalised run is weak evidence, which
 * other releases may confirm (see `archive.ts`).
 */
import type { Gazetteer } from './gazetteer.ts'
import { monthOf } from './dates.ts'
import { breaksClause, breaksSentence, NAME_CONNECTORS, wordsOf, type Word } from './words.ts'

/** A person's name found in a release. */
export interface DiscoveredPerson {
  name: string
  /** The role phrase that introduced the name, as written; absent for a bare capitalised run. */
  role?: string
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
 * Finds the names of people in `text`, with their role phrase where a role
 * introduces them. Names the gazetteer already knows are skipped, since name
 * matching finds them anyway.
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
    const role = roleBefore(words, first, reachable, text, previousRun + 1) ?? roleAfter(words, last, roleSpans, text)
    const name = text.slice(start, end).replace(/\s+/g, ' ')
    const person: DiscoveredPerson = { name, start, end }
    if (role) {
      person.role = role
      const post = gazetteer.posts.find(role)[0]
      if (post) person.post = post.value
    }
    found.push(person)
  }
  return found
}

interface RoleSpan {
  first: number
  last: number
}

/** The role phrase ending before word `first` in the same sentence, from its role word to the name. */
function roleBefore(words: Word[], first: number, roles: RoleSpan[], text: string, floor: number): string | undefined {
  let best: RoleSpan | undefined
  for (const role of roles) {
    if (role.last >= first || first - role.last > ROLE_REACH) continue
    let crossesSentence = false
    for (let k = role.last + 1; k <= first; k++) if (breaksSentence((words[k] as Word).gap)) crossesSentence = true
    if (crossesSentence || !titleWordsBetween(words, role.last + 1, first, roles)) continue
    if (!best || role.first < best.first) best = role
  }
  if (!best) return undefined
  const from = ownerBefore(words, best.first, floor)
  return text.slice((words[from] as Word).start, (words[first - 1] as Word).end).replace(/\s+/g, ' ').replace(/[,\s]+$/, '')
}

/** Azerbaijani possessive role words: "rəhbəri", "müavini", "sədri". */
const AZERBAIJANI_ROLE = /[əıöüğşç].*[iıuü]$/u
/** Words of the body an Azerbaijani role belongs to, written before it: "Təşkilatının", "(BMqT)", "Azərbaycandakı". */
const AZERBAIJANI_OWNER = /(?:nın|nin|nun|nün|ın|in|un|ün|dakı|dəki)$/u

/**
 * Where an Azerbaijani role phrase starts: the body it belongs to comes
 * before it in the genitive ("Beynəlxalq Miqrasiya Təşkilatının (BMqT)
 * Azərbaycandakı missiyasının rəhbəri"), no further back than `floor`.
 */
function ownerBefore(words: Word[], roleStart: number, floor: number): number {
  if (!AZERBAIJANI_ROLE.test((words[roleStart] as Word).raw)) return roleStart
  let from = roleStart
  for (let k = roleStart - 1; k >= floor && roleStart - k <= 8; k--) {
    const word = words[k] as Word
    const next = words[k + 1] as Word
    if (breaksSentence(next.gap) || /[,;:]/.test(next.gap)) break
    if (!(word.capitalised || word.acronym || /^\p{Lu}/u.test(word.raw) || AZERBAIJANI_OWNER.test(word.raw))) break
    from = k
  }
  return from
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

/** Lower-case words of ranks and titles that may stand between a role word and a name. */
const RANK_WORDS = new Set([
  'rank', 'class', 'state', 'migration', 'service', 'counselor', 'counsellor', 'general', 'major', 'colonel', 'police', 'justice',
  'dərəcəli', 'dövlət', 'miqrasiya', 'xidməti', 'müşaviri', 'ədliyyə', 'polis', 'general-mayor',
  'класса', 'ранга', 'государственный', 'советник', 'миграционной', 'службы', 'юстиции', 'полиции',
])

/** A Russian word form that is a verb (past tense, present, infinitive, reflexive). */
const RUSSIAN_VERB = /(?:л|ла|ло|ли|ет|ют|ит|ят|ть|ся|сь)$/u
/** An Azerbaijani genitive, as in "Təşkilatının … rəhbəri". */
const AZERBAIJANI_GENITIVE = /(?:nın|nin|nun|nün|ın|in|un|ün)$/u

/**
 * True when the words [from, to) between a role word and a name belong to the
 * title: other role words ("Deputy chief of …"), capitalised words, connectors, ranks ("2nd rank state migration
 * service counselor"), Russian non-verbs ("миграционной службы"),
 * Azerbaijani genitives; not a clause that goes on to something else.
 */
function titleWordsBetween(words: Word[], from: number, to: number, roles: RoleSpan[]): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    if (roles.some((r) => r.first <= k && k <= r.last)) continue
    const lower = word.raw.toLocaleLowerCase()
    if (word.capitalised || word.acronym || /^\p{Lu}/u.test(word.raw) || /^\d|^[ivx]+$|^\d+(?:st|nd|rd|th)$/i.test(word.raw)) continue
    if (NAME_CONNECTORS.has(lower) || RANK_WORDS.has(lower)) continue
    if (/[\u0400-\u04ff]/u.test(lower) && (['в', 'во', 'по', 'при'].includes(lower) || (!RUSSIAN_VERB.test(lower) && lower.length > 2))) continue
    if (AZERBAIJANI_GENITIVE.test(lower) && /[əıöüğşç]/u.test(lower)) continue
    return false
  }
  return true
}
