/**
 * Builds the hits shown on a page: title and snippet with highlight ranges
 * (offsets into plain text, never markup). Only the page's releases get this
 * work, so its cost does not grow with the result set.
 */
import type { Corpus, Release } from '../corpus/types.ts'
import { releaseLang } from './catalog.ts'
import { SNIPPET_LENGTH } from './options.ts'
import type { HighlightTerm } from './query.ts'
import { bestSnippet, highlightRanges } from '../text/index.ts'
import type { Highlighted, Hit } from './types.ts'

/** Bodies shorter than this are searched whole for their snippet. */
const WINDOW_FROM_LENGTH = 1000
/** Characters kept on each side of the estimated match cluster. */
const WINDOW_MARGIN = 200

/**
 * The part of a body worth searching for the snippet: around `cluster` (the densest
 * matching words, by word position), from the start of its sentence. The snippet
 * search tokenises what it is given, so a window makes it several times cheaper.
 */
function bodyWindow(body: string, cluster: { at: number; of: number } | undefined): { text: string; start: number } {
  if (!cluster || body.length < WINDOW_FROM_LENGTH || cluster.of === 0) return { text: body, start: 0 }
  const estimate = Math.floor((cluster.at / cluster.of) * body.length)
  let start = Math.max(0, estimate - WINDOW_MARGIN)
  while (start > 0 && !/[.!?\n]/.test(body[start - 1] as string)) start--
  return { text: body.slice(start, Math.min(body.length, estimate + WINDOW_MARGIN + SNIPPET_LENGTH)), start }
}

/** The best snippet of a body for `terms`, searched within the window around `cluster` when it holds a match. */
function bodySnippet(body: string, terms: HighlightTerm[], fuzzy: boolean, cluster: { at: number; of: number } | undefined): Highlighted {
  const options = { maxLength: SNIPPET_LENGTH, fuzzy }
  const window = bodyWindow(body, cluster)
  if (window.start === 0 && window.text.length === body.length) return bestSnippet(body, terms, options)
  const snippet = bestSnippet(window.text, terms, options)
  if (snippet.ranges.length === 0) return bestSnippet(body, terms, options)
  // The body goes on before the window: mark the cut as a whole-body snippet would.
  if (window.start > 0 && !snippet.text.startsWith(ELLIPSIS)) {
    return { text: ELLIPSIS + snippet.text, ranges: snippet.ranges.map(([a, b]) => [a + 1, b + 1] as [number, number]) }
  }
  return snippet
}

const ELLIPSIS = '…'

/**
 * A result row for one release, highlighted for `terms` (none in browse mode).
 * `cluster` locates the matches in the body by word position, when known.
 */
export function buildHit(
  release: Release,
  corpus: Corpus,
  score: number,
  terms: readonly HighlightTerm[],
  fuzzy: boolean,
  cluster?: { at: number; of: number },
): Hit {
  const options = { fuzzy }
  const body = release.body ?? ''
  const snippet =
    terms.length === 0 ? bestSnippet(release.summary || body, [], { maxLength: SNIPPET_LENGTH }) : bodySnippet(body, [...terms], fuzzy, cluster)
  const hit: Hit = {
    id: release.id,
    score: Math.round(score * 1000) / 1000,
    date: release.date,
    title: { text: release.title, ranges: terms.length === 0 ? [] : highlightRanges(release.title, [...terms], options) },
    snippet: { text: snippet.text, ranges: snippet.ranges },
    lang: releaseLang(release, corpus),
    officials: release.officials ?? [],
    organisations: release.organisations ?? [],
    topics: release.topics ?? [],
  }
  if (release.type !== undefined) hit.type = release.type
  if (release.url !== undefined) hit.url = release.url
  return hit
}
