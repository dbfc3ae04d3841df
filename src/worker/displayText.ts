/**
 * Corpus text as the page shows it: what the worker sends is passed through
 * `showBidiControls` (names, titles, snippets, bodies), so no corpus string can
 * reorder what a reader sees. Ids and exported releases are left as they are.
 */
import { showBidiControls as show } from '../core/text/bidi.ts'
import type { Release } from '../core/corpus/types.ts'
import type { Hit, ReleaseDetail, SearchResponse } from '../core/search/types.ts'
import type { CorpusInfo, EntitySuggestion } from './protocol.ts'

const showAll = (values: readonly string[] | undefined) => values?.map(show)

function showHit(hit: Hit): Hit {
  return { ...hit, title: { ...hit.title, text: show(hit.title.text) }, snippet: { ...hit.snippet, text: show(hit.snippet.text) } }
}

function showRelease(release: Release): Release {
  const shown: Release = { ...release, title: show(release.title), body: show(release.body) }
  if (release.summary !== undefined) shown.summary = show(release.summary)
  if (release.place !== undefined) shown.place = show(release.place)
  return shown
}

/** Entity names, aliases and roles, and the archive's name. */
export function displayInfo(info: CorpusInfo): CorpusInfo {
  return {
    ...info,
    source: { ...info.source, name: show(info.source.name) },
    officials: info.officials.map((o) => ({
      ...o,
      name: show(o.name),
      ...(o.aliases ? { aliases: showAll(o.aliases) } : {}),
      ...(o.role !== undefined ? { role: show(o.role) } : {}),
    })),
    organisations: info.organisations.map((o) => ({ ...o, name: show(o.name), ...(o.aliases ? { aliases: showAll(o.aliases) } : {}) })),
    topics: info.topics.map((t) => ({
      ...t,
      name: show(t.name),
      ...(t.names ? { names: Object.fromEntries(Object.entries(t.names).map(([lang, name]) => [lang, show(name)])) } : {}),
    })),
  }
}

export function displayResponse(response: SearchResponse): SearchResponse {
  return { ...response, hits: response.hits.map(showHit) }
}

export function displayDetail(detail: ReleaseDetail | null): ReleaseDetail | null {
  return detail && { ...detail, release: showRelease(detail.release), related: detail.related.map(showHit) }
}

export function displaySuggestions(suggestions: EntitySuggestion[]): EntitySuggestion[] {
  return suggestions.map((s) => ({ ...s, label: show(s.label) }))
}
