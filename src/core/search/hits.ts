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

/** The best snippet of a body for `terms`. */
function bodySnippet(body: string, terms: HighlightTerm[], fuzzy: boolean): Highlighted {
  return bestSnippet(body, terms, { maxLength: SNIPPET_LENGTH, fuzzy })
}

/** A result row for one release, highlighted for `terms` (none in browse mode). */
export function buildHit(
  release: Release,
  corpus: Corpus,
  score: number,
  terms: readonly HighlightTerm[],
  fuzzy: boolean,
): Hit {
  const options = { fuzzy }
  const body = release.body ?? ''
  const snippet =
    terms.length === 0 ? bestSnippet(release.summary || body, [], { maxLength: SNIPPET_LENGTH }) : bodySnippet(body, [...terms], fuzzy)
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
