/**
 * Discovery of organisations the gazetteer does not know yet: from
 * abbreviation definitions ("International Organization for Migration (IOM)",
 * "Международная организация по миграции (МОМ)") and from capitalised names
 * built around an organisation word ("Norwegian Refugee Council", "Embassy of
 * the Kingdom of the Netherlands", "Qadın Sahibkarlar Assosiasiyası").
 */
import type { Gazetteer, NamedEntity } from './gazetteer.ts'
import type { PhraseMatch } from './phraseMatcher.ts'
import { nameKey, searchKey } from '../text/index.ts'
import { breaksClause, breaksSentence, NAME_CONNECTORS, wordsOf, type Word } from './words.ts'

/** An organisation name found in a text, with the abbreviation it was given, if any. */
export interface DiscoveredOrganisation {
  name: string
  abbreviation?: string
  /** Names with the same key are one body however written: another state's body by the generic body and the state. */
  sameAs?: string
  start: number
  end: number
}

/** A known organisation written in a way the gazetteer lacks ("… (IOM)" after an unknown long form). */
export interface AliasSuggestion {
  id: string
  alias: string
}

/** What organisation discovery finds in one text. */
export interface OrganisationFindings {
  organisations: DiscoveredOrganisation[]
  aliases: AliasSuggestion[]
}

const ABBREVIATION = /\(\s*([\p{Lu}][\p{L}]{0,2}[\p{Lu}][\p{L}]{0,7})\s*\)/gu

/**
 * Finds organisations in `text` the gazetteer's names do not cover.
 * `known` are the gazetteer matches already found in the same text.
 */
export function discoverOrganisations(text: string, gazetteer: Gazetteer, known: PhraseMatch<NamedEntity>[]): OrganisationFindings {
  const words = wordsOf(text)
  const findings: OrganisationFindings = { organisations: [], aliases: [] }
  const isKnown = (start: number, end: number): boolean =>
    known.some((m) => m.value.facet === 'organisations' && m.start < end && m.end > start)

  for (const match of text.matchAll(ABBREVIATION)) {
    const abbreviation = match[1] as string
    const long = longForm(words, match.index, abbreviation)
    if (!long) continue
    const name = text.slice(long.start, long.end)
    const abbreviationStart = match.index + match[0].indexOf(abbreviation)
    const byAbbreviation = known.find((m) => m.start === abbreviationStart && m.value.facet === 'organisations')
    const byName = known.find((m) => m.value.facet === 'organisations' && m.start < long.end && m.end > long.start)
    if (byAbbreviation && !byName) findings.aliases.push({ id: byAbbreviation.value.id, alias: name })
    else if (!byAbbreviation && !byName) findings.organisations.push({ name, abbreviation, start: long.start, end: long.end })
  }

  const headMatches = gazetteer.organisationWords.find(text)
  const headWords = headMatches.map((m) => m.start)
  const headEnds = headMatches.map((m) => m.end)
  const isHead = (index: number): boolean => headWords.includes((words[index] as Word).start) || headEnds.includes((words[index] as Word).end)
  const knownNames = knownOrganisationKeys(gazetteer)
  const chains = capitalisedChains(words)
  const overlapsFound = (start: number, end: number): boolean => findings.organisations.some((o) => o.start < end && o.end > start)

  for (const body of otherStatesBodies(text, words, known, gazetteer)) findings.organisations.push(body)
  for (const body of russianNames(text, words, headMatches, known, gazetteer)) if (!overlapsFound(body.start, body.end)) findings.organisations.push(body)

  for (const chain of chains) {
    for (const piece of splitAtKnown(chain, words, known)) {
      for (const part of splitAtAnd(piece, words, headWords)) {
        let [first, last] = trimChain(part, words, gazetteer)
        if (last - first < 1 || !isNamedOrganisation(words, first, last, isHead)) continue
        ;[first, last] = withParentBody(first, last, words, chains)
        if (last - first < 2 && (first === 0 || breaksSentence((words[first] as Word).gap))) continue
        const start = (words[first] as Word).start
        const end = (words[last] as Word).end
        const subordinate = last > part[1] || first < part[0]
        if ((!subordinate && isKnown(start, end)) || overlapsFound(start, end)) continue
        const name = nominativeName(text.slice(start, end).replace(/\s+/g, ' '))
        const within = subordinate ? undefined : knownNames.find(([key]) => key.includes(nameKey(name)))
        if (within) findings.aliases.push({ id: within[1], alias: name })
        else findings.organisations.push({ name, start, end })
      }
    }
  }
  findings.organisations.sort((a, b) => a.start - b.start)
  return findings
}

/** Words that attach a body to the one it serves: "Public Council under the State Migration Service". */
const UNDER = new Set(['under', 'at'])

/**
 * Extends an organisation name over the body it belongs to: "Operational
 * Headquarters" + "under the Cabinet of Ministers"; "Dövlət Miqrasiya Xidməti
 * yanında" + "İctimai Şura".
 */
function withParentBody(first: number, last: number, words: Word[], chains: Array<[number, number]>): [number, number] {
  let k = last + 1
  if (UNDER.has(words[k]?.raw ?? '') && !breaksClause((words[k] as Word).gap)) {
    k++
    if (words[k]?.raw.toLowerCase() === 'the') k++
    const parent = chains.find(([from]) => from === k)
    if (parent) last = parent[1]
  }
  const before = words[first - 1]
  if (before?.raw === 'yanında' && !breaksClause((words[first] as Word).gap)) {
    const parent = chains.find(([, to]) => to === first - 2)
    if (parent) first = parent[0]
  }
  return [first, last]
}

/** Azerbaijani case endings on the last word of a name, after a vowel: "Şuranın" → "Şura", "Nazirliyinə" → "Nazirliyi". */
const AZERBAIJANI_CASE = /(?<=[aıoueəiöü])(?:n[ıiuü]n|n[aə]|nd[aə]n?)$/u

/** An organisation name with the case ending of its last word taken off (Azerbaijani). */
export function nominativeName(name: string): string {
  if (!/[əıöüğşç]/iu.test(name)) return name
  return name.replace(/(\S+)$/u, (word) => (word.length > 5 ? word.replace(AZERBAIJANI_CASE, '') : word))
}

/** Azerbaijani words that mark a foreign state before its body: "Qazaxıstan Respublikası", "Danimarka Krallığının". */
const STATE_WORDS = /^(?:Respublikası|Respublikasının|Krallığı|Krallığının|Federasiyası|Federasiyasının|Dövləti|Dövlətinin)$/u
/** Names of the institution's own country, in the three languages. */
const OWN_COUNTRY = /^(?:Azerbaijan|Azərbaycan|Азербайджан)/iu
/** "of the Republic of Kazakhstan", "of Uzbekistan" after a government body's name. */
const ENGLISH_QUALIFIER = /^\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|Federation|State|Islamic Republic|Federal Republic)\s+of\s+)?(\p{Lu}[\p{L}-]+)/u
/** "Республики Казахстан", "Казахстана" after a government body's name. */
const RUSSIAN_QUALIFIER = /^\s+((?:Республики|Королевства|Федерации)\s+)?(\p{Lu}[\p{L}-]+)/u

/**
 * Government bodies of other states, written with the generic name of an
 * Azerbaijani body: "Ministry of Internal Affairs of the Republic of
 * Kazakhstan", "Qazaxıstan Respublikası Daxili İşlər Nazirliyi",
 * "Министерство внутренних дел Республики Казахстан". Each becomes a body of
 * its own, named in the nominative, and never the Azerbaijani one.
 */
function otherStatesBodies(text: string, words: Word[], known: PhraseMatch<NamedEntity>[], gazetteer: Gazetteer): DiscoveredOrganisation[] {
  const found: DiscoveredOrganisation[] = []
  for (const match of known) {
    if (match.value.facet !== 'organisations') continue
    const kind = gazetteer.entities.organisations.find((o) => o.id === match.value.id)?.kind
    if (kind !== 'government') continue
    const after = text.slice(match.end, match.end + 80)
    const english = ENGLISH_QUALIFIER.exec(after)
    if (english && /^[A-Za-z]/.test(match.phrase) && !OWN_COUNTRY.test(english[1] as string)) {
      const end = match.end + english[0].length
      found.push({ name: `${match.phrase}${english[0].replace(/\s+/g, ' ')}`, start: match.start, end, sameAs: stateKey(match, english[1] as string) })
      continue
    }
    const russian = RUSSIAN_QUALIFIER.exec(after)
    if (russian && /[\u0400-\u04ff]/u.test(match.phrase) && !OWN_COUNTRY.test(russian[2] as string)) {
      const qualifierWord = words.find((w) => w.start === match.end + russian[0].indexOf(russian[2] as string))
      if (qualifierWord && !breaksClause(qualifierWord.gap) && !isCue(qualifierWord, gazetteer)) {
        const end = match.end + russian[0].length
        found.push({ name: `${match.phrase}${russian[0].replace(/\s+/g, ' ')}`, start: match.start, end, sameAs: stateKey(match, russian[2] as string) })
        continue
      }
    }
    const index = words.findIndex((w) => w.start === match.start)
    const previous = words[index - 1]
    const country = words[index - 2]
    if (index >= 2 && previous && country && STATE_WORDS.test(previous.raw) && !breaksClause(previous.gap) && !breaksClause((words[index] as Word).gap)) {
      if (!OWN_COUNTRY.test(country.raw) && /^\p{Lu}/u.test(country.raw)) {
        const state = `${country.raw} ${previous.raw.replace(/nın$/u, '')}`
        found.push({ name: `${state} ${match.phrase}`, start: country.start, end: match.end, sameAs: stateKey(match, country.raw) })
      }
    }
  }
  return found
}

/** The key shared by every way of writing one state's body: the generic body and the state's first letters. */
function stateKey(match: PhraseMatch<NamedEntity>, country: string): string {
  return `${match.value.id}|${nameKey(country).replace(/[xkq]/g, 'g').slice(0, 5)}`
}

/** True when a word is a role or organisation cue word. */
function isCue(word: Word, gazetteer: Gazetteer): boolean {
  return gazetteer.organisationWords.find(word.raw).length > 0 || gazetteer.roleWords.find(word.raw).length > 0
}

/** Russian words that end a name: prepositions other than "по" and "при", and verbs. */
const RUSSIAN_STOP = new Set(['в', 'во', 'с', 'со', 'на', 'к', 'о', 'об', 'за', 'от', 'до', 'из', 'у', 'под', 'над', 'через', 'для', 'который', 'которая', 'которое'])
const RUSSIAN_VERB = /(?:л|ла|ло|ли|ет|ют|ит|ят|ут|ат|ть|ся|сь)$/u
/** Words after which a Russian name goes on with a capitalised word: "Республики Казахстан", "города Баку", "при Государственной …". */
const RUSSIAN_BEFORE_PROPER = new Set(['республики', 'республика', 'королевства', 'федерации', 'города', 'при', 'района'])
/** Russian adjective endings, in any case: the words that may come before the head noun. */
const RUSSIAN_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими)$/u

/**
 * Russian organisation names, which capitalise only their first word:
 * "Министерство науки и образования", "Исполнительная власть города Баку",
 * "Общественный совет при Государственной миграционной службе". The head word
 * is put back in the nominative ("Министерства" → "Министерство").
 */
function russianNames(text: string, words: Word[], heads: PhraseMatch<true>[], known: PhraseMatch<NamedEntity>[], gazetteer: Gazetteer): DiscoveredOrganisation[] {
  const found: DiscoveredOrganisation[] = []
  for (const head of heads) {
    if (!/[\u0400-\u04ff]/u.test(head.phrase)) continue
    let first = words.findIndex((w) => w.start === head.start)
    if (first < 0) continue
    while (first > 0 && RUSSIAN_ADJECTIVE.test((words[first - 1] as Word).raw.toLowerCase()) && !breaksClause((words[first] as Word).gap)) first--
    if (!/^\p{Lu}/u.test((words[first] as Word).raw)) continue
    const headEnd = words.findIndex((w) => w.end === head.end)
    let last = headEnd
    for (let k = headEnd + 1; k < words.length && k - first < 10; k++) {
      const word = words[k] as Word
      const lower = word.raw.toLowerCase()
      if (breaksClause(word.gap) || RUSSIAN_STOP.has(lower) || !/[\u0400-\u04ff]/u.test(word.raw)) break
      if (lower === 'и' && /^\p{Lu}/u.test(words[k + 1]?.raw ?? '')) break
      if (/^\p{Lu}/u.test(word.raw) && !word.acronym && !RUSSIAN_BEFORE_PROPER.has(lower) && !RUSSIAN_BEFORE_PROPER.has((words[k - 1] as Word).raw.toLowerCase())) break
      if (RUSSIAN_VERB.test(lower) && lower.length > 4 && !isCue(word, gazetteer)) break
      if (lower !== 'и') last = k
    }
    if (last === first) continue
    const start = (words[first] as Word).start
    const end = (words[last] as Word).end
    const inside = known.filter((m) => m.value.facet === 'organisations' && m.start >= start && m.end <= end)
    const coversKnown = inside.some((m) => m.start === start)
    const subordinate = words.slice(first, last + 1).some((w) => w.raw === 'при')
    if (coversKnown && !subordinate) continue
    if (known.some((m) => (m.start < start && m.end > start) || (m.value.facet === 'organisations' && m.start <= start && m.end >= end))) continue
    const rest = text.slice((words[headEnd] as Word).end, end).replace(/\s+/g, ' ')
    const name = first === words.findIndex((w) => w.start === head.start) ? `${capitalise(head.phrase)}${rest}` : text.slice(start, end).replace(/\s+/g, ' ')
    found.push({ name, start, end })
  }
  return found
}

function capitalise(phrase: string): string {
  return phrase.charAt(0).toLocaleUpperCase() + phrase.slice(1)
}

/** The long form an abbreviation in brackets at `bracket` defines: the words before it whose initials fit. */
function longForm(words: Word[], bracket: number, abbreviation: string): { start: number; end: number } | undefined {
  let last = words.findIndex((w) => w.end > bracket) - 1
  if (last === -2) last = words.length - 1
  if (last < 0) return undefined
  const initial = (abbreviation[0] as string).toLocaleLowerCase()
  let best: number | undefined
  for (let i = last, seen = 0; i >= 0 && seen < abbreviation.length + 4; i--, seen++) {
    const word = words[i] as Word
    if (word.raw[0]?.toLocaleLowerCase() === initial && /^\p{Lu}/u.test(word.raw)) best = i
    if (breaksClause(word.gap) && i !== 0) break
  }
  if (best === undefined || best === last) return undefined
  return { start: (words[best] as Word).start, end: (words[last] as Word).end }
}

/** Name keys of every known organisation name and alias, with the organisation id. */
function knownOrganisationKeys(gazetteer: Gazetteer): Array<[string, string]> {
  return gazetteer.entities.organisations.flatMap((o) => [o.name, ...(o.aliases ?? [])].map((n): [string, string] => [nameKey(n), o.id]))
}

/**
 * True when words [first, last] are built like an organisation's name: ending
 * in an organisation word ("Norwegian Refugee Council", "Assosiasiyası"), or
 * starting with one that a name follows ("Embassy of …", "Посольство Германии").
 */
function isNamedOrganisation(words: Word[], first: number, last: number, isHead: (index: number) => boolean): boolean {
  if (isHead(last)) return true
  for (let k = first; k < last; k++) {
    if (!isHead(k)) continue
    const next = words[k + 1] as Word
    // Russian names are read by russianNames; here only "Посольство Пакистана" (head and one capitalised word).
    if (NAME_CONNECTORS.has(next.raw.toLowerCase()) || (/[\u0400-\u04ff]/.test((words[k] as Word).raw) && k === first && last === first + 1)) return true
  }
  return false
}

/** Cuts a chain around the names the gazetteer already knows (officials and organisations). */
function splitAtKnown(chain: [number, number], words: Word[], known: PhraseMatch<NamedEntity>[]): Array<[number, number]> {
  const pieces: Array<[number, number]> = []
  let from = chain[0]
  for (let k = chain[0]; k <= chain[1]; k++) {
    const word = words[k] as Word
    if (known.some((m) => m.start < word.end && m.end > word.start)) {
      if (k > from) pieces.push([from, k - 1])
      from = k + 1
    }
  }
  if (from <= chain[1]) pieces.push([from, chain[1]])
  return pieces
}

/** Runs of capitalised words, with connectors ("of", "the", "üzrə") allowed between them. */
function capitalisedChains(words: Word[]): Array<[number, number]> {
  const chains: Array<[number, number]> = []
  let i = 0
  while (i < words.length) {
    const w = words[i] as Word
    if (!(w.capitalised || w.acronym)) {
      i++
      continue
    }
    let j = i
    let k = i + 1
    while (k < words.length) {
      const next = words[k] as Word
      if (breaksClause(next.gap) && !/^\s*-\s*$/.test(next.gap)) break
      if (next.capitalised || next.acronym) j = k
      else if (!NAME_CONNECTORS.has(next.raw.toLowerCase())) break
      k++
    }
    chains.push([i, j])
    i = j + 1
  }
  return chains
}

/** Splits "X Council and the Y Council" into two names when the left part already ends in a head word. */
function splitAtAnd(chain: [number, number], words: Word[], headWords: number[]): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  let from = chain[0]
  for (let k = chain[0] + 1; k < chain[1]; k++) {
    const word = words[k] as Word
    if (!['and', 'və', 'и'].includes(word.raw)) continue
    if (headWords.includes((words[k - 1] as Word).start)) {
      parts.push([from, k - 1])
      from = k + 1
    }
  }
  parts.push([from, chain[1]])
  return parts
}

/** Drops leading role words, function words and connectors, and trailing connectors, from a chain. */
function trimChain([first, last]: [number, number], words: Word[], gazetteer: Gazetteer): [number, number] {
  const isHead = (w: Word): boolean => gazetteer.organisationWords.find(w.raw).length > 0
  // A role word written exactly ("Ambassador") is a role even where an organisation word's stem fits it ("Embassy").
  const isRole = (w: Word): boolean => {
    const roles = gazetteer.roleWords.find(w.raw)
    return roles.some((m) => searchKey(m.phrase) === searchKey(w.raw)) || (roles.length > 0 && !isHead(w))
  }
  const isFunction = (w: Word): boolean => NAME_CONNECTORS.has(w.raw.toLowerCase()) || /^(the|a|an|on|in|at|during|after|with|by|from|this|these)$/i.test(w.raw)
  while (first <= last && (isRole(words[first] as Word) || isFunction(words[first] as Word))) first++
  while (last >= first && NAME_CONNECTORS.has((words[last] as Word).raw.toLowerCase())) last--
  // "Students of Khazar University" → "Khazar University"; "Staff of the Service" → nothing.
  if (first + 1 < last && !isHead(words[first] as Word) && (words[first + 1] as Word).raw === 'of') {
    first += 2
    if ((words[first] as Word).raw.toLowerCase() === 'the') first++
  }
  // "… Department of the Service": a unit of a body named only by its head word.
  if (last - first >= 2 && (words[last - 1] as Word).raw === 'the' && (words[last - 2] as Word).raw === 'of' && isHead(words[last] as Word)) return [first, first - 1]
  return [first, last]
}
