/**
 * The query language: what a person types into the search field, parsed into a
 * small tree the engine evaluates.
 *
 * - `word word` — releases with every word first, then those with most of them
 *   (in any field, any script); stop words ("the", "və", "и") are left out when
 *   the query has other words.
 * - the last word, while it is still being typed (no space after it), also
 *   matches as a prefix once its key has three letters: `migr` finds "migration"
 *   (one or two letters, or `xxxxx`, whose key is `x`, match whole words only).
 * - words of five letters or more tolerate one typo.
 * - `"exact phrase"` — the words in this order; an unclosed quote is read as plain words
 *   so that results keep coming while the phrase is typed.
 * - `-word`, `-"phrase"`, `-(group)` — leave out releases that contain it (exact words only).
 * - `a OR b` (or `a | b`) — either; OR binds tighter than the implicit AND, so
 *   `iom OR unhcr visit` means (iom OR unhcr) AND visit.
 * - `( … )` — a group, e.g. `(iom OR unhcr) (visit OR meeting)`.
 *
 * Parsing never throws: any string is a query, and characters that mean nothing are ignored.
 *
 * @example
 * parseQuery('"caspian european" -covid iom OR unhcr migr')
 */
import { MATCHING } from './options.ts'
import { REQUEST_LIMITS } from '../request/limits.ts'
import { isStopKey } from './stopwords.ts'
import { FUZZY_MIN_LENGTH, tokenize } from '../text/index.ts'

/** One word of a query, as index key. */
export interface TermNode {
  kind: 'term'
  /** The word as typed. */
  text: string
  /** Its search key (folded, transliterated, phonetic), the form the index holds. */
  key: string
  /** Also match index terms that start with `key` (the word being typed). */
  prefix: boolean
  /** Also match index terms one edit away. */
  fuzzy: boolean
}

/** Words that must appear in this order. */
export interface PhraseNode {
  kind: 'phrase'
  text: string
  keys: string[]
}

/** Every child must match. */
export interface AllNode {
  kind: 'all'
  children: QueryNode[]
}

/** At least one child must match. */
export interface AnyNode {
  kind: 'any'
  children: QueryNode[]
}

/** A parsed query tree. */
export type QueryNode = TermNode | PhraseNode | AllNode | AnyNode

/** A term to highlight in text: the key, and whether it matches as a prefix. */
export interface HighlightTerm {
  key: string
  prefix: boolean
}

/** The result of {@link parseQuery}. */
export interface ParsedQuery {
  /** Items that must all match (an item may be an OR of several). Empty = browse. */
  must: QueryNode[]
  /** Items whose releases are left out. */
  not: QueryNode[]
  /** Positive words and phrase words, for highlighting hits and release pages. */
  highlight: HighlightTerm[]
  /** Positive words as typed, in order. */
  words: string[]
  /** True when words beyond `REQUEST_LIMITS.queryWords` or text beyond `queryLength` was dropped. */
  truncated: boolean
  /** True when any word tolerates typos (highlighting should too). */
  fuzzy: boolean
  /** A canonical form: equal keys mean equal results. */
  signature: string
}

type Lexeme =
  | { type: 'word'; text: string; negated: boolean }
  | { type: 'phrase'; text: string; negated: boolean; closed: boolean }
  | { type: 'open'; negated: boolean }
  | { type: 'close' }
  | { type: 'or' }

const SPACE = /\s/u

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = []
  let i = 0
  while (i < input.length) {
    const ch = input[i] as string
    if (SPACE.test(ch)) {
      i++
      continue
    }
    let negated = false
    let j = i
    if (ch === '-' && j + 1 < input.length && !SPACE.test(input[j + 1] as string)) {
      negated = true
      j++
    }
    const next = input[j] as string
    if (next === '"' || next === '\u201c' || next === '\u201d' || next === '\u00ab') {
      const end = findQuoteEnd(input, j + 1)
      const closed = end !== -1
      out.push({ type: 'phrase', text: input.slice(j + 1, closed ? end : input.length), negated, closed })
      i = closed ? end + 1 : input.length
      continue
    }
    if (next === '(') {
      out.push({ type: 'open', negated })
      i = j + 1
      continue
    }
    if (next === ')') {
      out.push({ type: 'close' })
      i = j + 1
      continue
    }
    let k = j
    while (k < input.length && !SPACE.test(input[k] as string) && !'"()\u201c\u201d\u00ab\u00bb'.includes(input[k] as string)) k++
    const text = input.slice(j, k)
    if (text === 'OR' && !negated) out.push({ type: 'or' })
    else if (text === '|' && !negated) out.push({ type: 'or' })
    else out.push({ type: 'word', text, negated })
    i = k
  }
  return out
}

function findQuoteEnd(input: string, from: number): number {
  for (let i = from; i < input.length; i++) {
    const ch = input[i]
    if (ch === '"' || ch === '\u201d' || ch === '\u201c' || ch === '\u00bb') return i
  }
  return -1
}

interface Budget {
  left: number
  truncated: boolean
}

/** Turns a chunk of text into term nodes (a chunk such as `covid-19` may hold several words). */
function termsOf(text: string, budget: Budget): TermNode[] {
  const out: TermNode[] = []
  for (const token of tokenize(text)) {
    if (!token.key) continue
    if (budget.left <= 0) {
      budget.truncated = true
      break
    }
    budget.left--
    const word = text.slice(token.start, token.end)
    out.push({ kind: 'term', text: word, key: token.key, prefix: false, fuzzy: token.key.length >= FUZZY_MIN_LENGTH })
  }
  return out
}

function group(kind: 'all' | 'any', children: QueryNode[]): QueryNode | null {
  if (children.length === 0) return null
  if (children.length === 1) return children[0] as QueryNode
  return { kind, children }
}

interface Item {
  node: QueryNode
  negated: boolean
}

/**
 * Reads items until a closing bracket (when `depth` > 0) or the end, combining
 * `a OR b` into one item. Exclusions anywhere are hoisted into `not`.
 */
function parseItems(lexemes: Lexeme[], pos: { i: number }, depth: number, budget: Budget, not: QueryNode[]): QueryNode[] {
  const items: Item[] = []
  let pendingOr = false
  while (pos.i < lexemes.length) {
    const lexeme = lexemes[pos.i] as Lexeme
    pos.i++
    if (lexeme.type === 'close') {
      if (depth > 0) break
      continue
    }
    if (lexeme.type === 'or') {
      pendingOr = items.length > 0
      continue
    }
    let item: Item | null = null
    if (lexeme.type === 'open') {
      if (depth + 1 > MATCHING.maxGroupDepth) continue
      const inner = group('all', parseItems(lexemes, pos, depth + 1, budget, not))
      if (inner) item = { node: inner, negated: lexeme.negated }
    } else if (lexeme.type === 'phrase') {
      const terms = termsOf(lexeme.text, budget)
      let node: QueryNode | null
      if (!lexeme.closed) node = group('all', terms)
      else if (terms.length === 1) node = { ...(terms[0] as TermNode), fuzzy: false }
      else node = terms.length ? { kind: 'phrase', text: lexeme.text, keys: terms.map((t) => t.key) } : null
      if (node) item = { node, negated: lexeme.negated }
    } else {
      const terms = termsOf(lexeme.text, budget)
      if (lexeme.negated && terms.length > 1) {
        item = { node: { kind: 'phrase', text: lexeme.text, keys: terms.map((t) => t.key) }, negated: true }
      } else {
        const node = group('all', terms)
        if (node) item = { node, negated: lexeme.negated }
      }
    }
    if (!item) continue
    if (item.negated) {
      not.push(exact(item.node))
      pendingOr = false
      continue
    }
    const previous = items[items.length - 1]
    if (pendingOr && previous) {
      previous.node =
        previous.node.kind === 'any'
          ? { kind: 'any', children: [...previous.node.children, item.node] }
          : { kind: 'any', children: [previous.node, item.node] }
    } else {
      items.push(item)
    }
    pendingOr = false
  }
  return items.map((item) => item.node)
}

/** The same node with typo tolerance and prefixes turned off: exclusions match exact words only. */
function exact(node: QueryNode): QueryNode {
  if (node.kind === 'term') return { ...node, prefix: false, fuzzy: false }
  if (node.kind === 'phrase') return node
  return { kind: node.kind, children: node.children.map(exact) }
}

function leaves(node: QueryNode, out: Array<TermNode | PhraseNode>): void {
  if (node.kind === 'term' || node.kind === 'phrase') out.push(node)
  else for (const child of node.children) leaves(child, out)
}

/** True when a node has a word that is not a stop word (or a phrase). */
function hasContent(node: QueryNode): boolean {
  if (node.kind === 'term') return !isStopKey(node.key)
  if (node.kind === 'phrase') return true
  return node.children.some(hasContent)
}

/** The node without its stop words (the word being typed stays: it may grow into another word). */
function withoutStopWords(node: QueryNode): QueryNode | null {
  if (node.kind === 'term') return isStopKey(node.key) && !node.prefix ? null : node
  if (node.kind === 'phrase') return node
  return group(node.kind, node.children.map(withoutStopWords).filter((child) => child !== null))
}

/** A canonical text for a node: equal signatures mean equal matches. */
export function nodeSignature(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return `${node.key}${node.prefix ? '*' : ''}${node.fuzzy ? '~' : ''}`
    case 'phrase':
      return `"${node.keys.join(' ')}"`
    case 'all':
      return `(${node.children.map(nodeSignature).join(' ')})`
    case 'any':
      return `(${node.children.map(nodeSignature).join('|')})`
  }
}

/** Marks the last positive word as a prefix when the input ends right after it. */
function markPrefix(input: string, lexemes: Lexeme[], must: QueryNode[]): void {
  if (input.length === 0 || SPACE.test(input[input.length - 1] as string)) return
  const last = lexemes[lexemes.length - 1]
  if (!last || !(last.type === 'word' || (last.type === 'phrase' && !last.closed)) || last.negated) return
  const all: Array<TermNode | PhraseNode> = []
  for (const node of must) leaves(node, all)
  const term = all[all.length - 1]
  if (term?.kind === 'term') {
    const typed = last.text
    if (typed.endsWith(term.text) && term.key.length >= MATCHING.prefixMinLength) term.prefix = true
  }
}

/**
 * Parses a query string. Never throws.
 *
 * @example
 * parseQuery('iom OR unhcr -covid').must // [{ kind: 'any', children: [iom, unhcr] }]
 */
export function parseQuery(input: unknown, options: { stopwords?: boolean } = {}): ParsedQuery {
  const raw = typeof input === 'string' ? input : ''
  const truncatedText = raw.length > REQUEST_LIMITS.queryLength
  const text = truncatedText ? raw.slice(0, REQUEST_LIMITS.queryLength) : raw
  const budget: Budget = { left: REQUEST_LIMITS.queryWords, truncated: truncatedText }
  const lexemes = lex(text)
  const not: QueryNode[] = []
  let must = parseItems(lexemes, { i: 0 }, 0, budget, not)
  if (!truncatedText) markPrefix(text, lexemes, must)
  if (options.stopwords !== false && must.some(hasContent)) must = must.map(withoutStopWords).filter((node) => node !== null)

  const positive: Array<TermNode | PhraseNode> = []
  for (const node of must) leaves(node, positive)
  const highlight: HighlightTerm[] = []
  const words: string[] = []
  let fuzzy = false
  for (const leaf of positive) {
    if (leaf.kind === 'term') {
      highlight.push({ key: leaf.key, prefix: leaf.prefix })
      words.push(leaf.text)
      fuzzy ||= leaf.fuzzy
    } else {
      for (const key of leaf.keys) highlight.push({ key, prefix: false })
      words.push(leaf.text)
    }
  }
  const signature = [...must.map(nodeSignature), ...not.map((n) => `-${nodeSignature(n)}`)].join(' ')
  return { must, not, highlight: dedupe(highlight), words, truncated: budget.truncated, fuzzy, signature }
}

function dedupe(terms: HighlightTerm[]): HighlightTerm[] {
  const seen = new Set<string>()
  return terms.filter((t) => {
    const id = `${t.key}${t.prefix ? '*' : ''}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

