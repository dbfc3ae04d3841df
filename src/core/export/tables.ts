/**
 * The entity tables an export resolves ids against, and the lookup it uses.
 */
import type { Corpus, EntityFacet } from '../corpus/types.ts'

/** Officials, organisations and topics, as in a corpus (or the app's CorpusInfo). */
export type EntityTables = Pick<Corpus, EntityFacet>

/** Id → name lookup per entity table; unknown ids resolve to themselves. */
export interface EntityNames {
  name(facet: EntityFacet, id: string): string
}

/** Builds the id → name lookup once for a whole export. */
export function entityNames(tables: EntityTables): EntityNames {
  const maps = {
    officials: new Map(tables.officials.map((e) => [e.id, e.name])),
    organisations: new Map(tables.organisations.map((e) => [e.id, e.name])),
    topics: new Map(tables.topics.map((e) => [e.id, e.name])),
  }
  return { name: (facet, id) => maps[facet].get(id) ?? id }
}
