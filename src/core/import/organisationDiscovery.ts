/**
 * Discovery of organisations the gazetteer does not know yet: from
 * abbreviation definitions ("International Organization for Migration (IOM)",
 * "Международная организация по миграции (МОМ)") and from capitalised names
 * built around an organisation word ("Norwegian Refugee Council", "Embassy of
 * the Kingdom of the Netherlands", "Qadın Sahibkarlar Assosiasiyası").
 */
import type { Gazetteer, NamedEntity } from './gazetteer.ts'
import type { PhraseMatch } from './phraseMatcher.ts'
import { nameKey } from '../text/index.ts'
import { breaksClause, breaksSentence, NAME_CONNECTORS, wordsOf, type Word } from './words.ts'

/** An organisation name found in a text, with the abbreviation it was given, if any. */
export interface DiscoveredOrganisation {
  name: string
  abbreviation?: string
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

  const headWords = gazetteer.organisationWords.find(text).map((m) => m.start)
  const isHead = (index: number): boolean => headWords.includes((words[index] as Word).start)
  const knownNames = knownOrganisationKeys(gazetteer)
  for (const chain of capitalisedChains(words)) {
    for (const piece of splitAtKnown(chain, words, known)) {
      for (const part of splitAtAnd(piece, words, headWords)) {
        const [first, last] = trimChain(part, words, gazetteer)
        if (last - first < 1 || !isNamedOrganisation(words, first, last, isHead)) continue
        if (last - first < 2 && (first === 0 || breaksSentence((words[first] as Word).gap))) continue
        const start = (words[first] as Word).start
        const end = (words[last] as Word).end
        if (isKnown(start, end) || findings.organisations.some((o) => o.start < end && o.end > start)) continue
        const name = text.slice(start, end).replace(/\s+/g, ' ')
        const within = knownNames.find(([key]) => key.includes(nameKey(name)))
        if (within) findings.aliases.push({ id: within[1], alias: name })
        else findings.organisations.push({ name, start, end })
      }
    }
  }
  findings.organisations.sort((a, b) => a.start - b.start)
  return findings
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
  if (!isHead(first)) return false
  const next = words[first + 1] as Word
  return NAME_CONNECTORS.has(next.raw.toLowerCase()) || /[\u0400-\u04ff]/.test((words[first] as Word).raw)
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
  const isRole = (w: Word): boolean => gazetteer.roleWords.find(w.raw).length > 0
  const isFunction = (w: Word): boolean => NAME_CONNECTORS.has(w.raw.toLowerCase()) || /^(the|a|an|on|in|at|during|after|with|by|from|this|these)$/i.test(w.raw)
  while (first <= last && (isRole(words[first] as Word) || isFunction(words[first] as Word))) first++
  while (last >= first && NAME_CONNECTORS.has((words[last] as Word).raw.toLowerCase())) last--
  return [first, last]
}
