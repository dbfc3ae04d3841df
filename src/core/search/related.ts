/**
 * Related releases: those sharing the most entities with a release (weighted:
 * organisations, then officials, then topics), ties and the rest ordered by
 * similarity of their text to the release's title. Translations of the release
 * itself are left out; the release page links them separately. Title similarity
 * is a MiniSearch search for the title's words.
 */
import type { Release } from '../corpus/types.ts'
import type { Catalog } from './catalog.ts'
import { RELATED_WEIGHTS } from './options.ts'
import type { FullText } from './fullText.ts'
import { textKeys } from './keys.ts'

/** A related release number with its two scores. */
export interface RelatedMatch {
  doc: number
  shared: number
  similarity: number
}

/** Up to `limit` releases related to release number `doc`, best first. */
export function relatedReleases(catalog: Catalog, text: FullText, doc: number, limit: number): RelatedMatch[] {
  const release = catalog.releases[doc]
  if (!release || limit <= 0) return []
  const size = catalog.releases.length
  const shared = new Float32Array(size)
  const similarity = new Float32Array(size)
  const candidates: number[] = []
  const note = (d: number): void => {
    if (shared[d] === 0 && similarity[d] === 0) candidates.push(d)
  }
  for (const facet of ['organisations', 'officials', 'topics'] as const) {
    const table = catalog.facets[facet]
    const weight = RELATED_WEIGHTS[facet]
    for (let r = table.start[doc] as number; r < (table.start[doc + 1] as number); r++) {
      const list = table.postings[table.refs[r] as number] as Int32Array
      for (let i = 0; i < list.length; i++) {
        const d = list[i] as number
        note(d)
        shared[d] = (shared[d] as number) + weight
      }
    }
  }
  // Similar titles: MiniSearch's BM25 for the title's words, any of them, exact.
  const similar = text.anyWord([...new Set(textKeys(release.title))])
  for (let i = 0; i < similar.docs.length; i++) {
    const d = similar.docs[i] as number
    note(d)
    similarity[d] = similar.scores[i] as number
  }
  const excluded = translationGroup(catalog, doc)
  return candidates
    .filter((d) => !excluded.has(d))
    .map((d) => ({ doc: d, shared: shared[d] as number, similarity: similarity[d] as number }))
    .sort((a, b) => b.shared - a.shared || b.similarity - a.similarity || a.doc - b.doc)
    .slice(0, limit)
}

/** A release and every release linked to it by translations, in either direction and transitively. */
export function translationGroup(catalog: Catalog, doc: number): Set<number> {
  const group = new Set<number>([doc])
  const ids = new Set<string>([(catalog.releases[doc] as Release).id])
  let grew = true
  while (grew) {
    grew = false
    catalog.releases.forEach((release, d) => {
      const links = Object.values(release.translations ?? {})
      if (group.has(d) ? links.some((id) => !ids.has(id)) : links.some((id) => ids.has(id))) {
        for (const id of links) {
          const other = catalog.byId.get(id)
          if (other !== undefined && !group.has(other)) group.add(other)
          ids.add(id)
        }
        if (!group.has(d)) group.add(d)
        ids.add(release.id)
        grew = true
      }
    })
  }
  return group
}
