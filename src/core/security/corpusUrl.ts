/**
 * Which corpus addresses the app will load. A link such as
 * `/?corpus=data:application/json,…` must not put invented text on the app's
 * own address, so a corpus must be an http(s) URL on an allowed origin: this
 * origin, plus the origins a deployment lists. Refusals are coded problems
 * `{ path, code, params }`, translated where they are shown.
 *
 * @example
 * checkCorpusUrl('https://cdn.example.org/c.json', { base: 'https://press.example.org/', allowed: ['https://cdn.example.org'] })
 * // → { url: 'https://cdn.example.org/c.json', origin: 'https://cdn.example.org' }
 * checkCorpusUrl('data:application/json,{}', { base: 'https://press.example.org/', allowed: [] })
 * // → { problem: { path: 'corpus', code: 'corpus.refusedScheme', params: { value: 'data:application/json,{}', scheme: 'data:' }, severity: 'error' } }
 */
import { makeProblem, type Problem } from '../problems.ts'

/** Why a corpus address was refused: `corpus.refusedScheme`, `corpus.refusedOrigin` or `corpus.notAddress`. */
export type CorpusUrlProblem = Problem

export type CorpusUrlCheck = { url: string; origin: string } | { problem: CorpusUrlProblem }

export interface CorpusUrlPolicy {
  /** The page's address: relative corpus URLs resolve against it, and its origin is always allowed. */
  base: string
  /** Further origins (`https://host[:port]`), or `'*'` for any http(s) origin. */
  allowed: readonly string[] | '*'
}

const LONGEST_SHOWN = 80

/**
 * Reads a deployment's list of origins: separated by spaces or commas; each
 * entry becomes its origin (`https://cdn.example.org/path/` → `https://cdn.example.org`);
 * `*` allows any http(s) origin; anything else is left out.
 */
export function parseOrigins(text: string | undefined): string[] | '*' {
  const origins: string[] = []
  for (const entry of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    if (entry === '*') return '*'
    try {
      const url = new URL(entry)
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !origins.includes(url.origin)) origins.push(url.origin)
    } catch {
      // not an origin; a template placeholder left unfilled lands here too
    }
  }
  return origins
}

/** Resolves a corpus address and says whether the app may load it; never throws. */
export function checkCorpusUrl(raw: string, policy: CorpusUrlPolicy): CorpusUrlCheck {
  const value = shorten(raw.trim())
  let url: URL
  try {
    url = new URL(raw.trim(), policy.base)
  } catch {
    return { problem: makeProblem('corpus', 'corpus.notAddress', { value }) }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: makeProblem('corpus', 'corpus.refusedScheme', { value, scheme: url.protocol }) }
  }
  const home = new URL(policy.base).origin
  const allowed = policy.allowed === '*' ? '*' : [home, ...policy.allowed.filter((o) => o !== home)]
  if (allowed !== '*' && !allowed.includes(url.origin)) {
    return { problem: makeProblem('corpus', 'corpus.refusedOrigin', { value, origin: url.origin, allowed: allowed.join(', ') }) }
  }
  return { url: url.href, origin: url.origin }
}

function shorten(value: string): string {
  const chars = Array.from(value)
  return chars.length > LONGEST_SHOWN ? `${chars.slice(0, LONGEST_SHOWN - 1).join('')}…` : value
}
