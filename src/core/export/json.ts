/**
 * A result set as JSON: a complete `announcements/v1` corpus holding the
 * releases and only the officials, organisations and topics they refer to. So
 * an export is itself a valid corpus: `pressroom check` accepts it and the app
 * can open it with `?corpus=`.
 *
 * @example
 * toJson(releases, corpus, { source: corpus.source, generatedAt: '2026-11-28T10:00:00Z' })
 */
import { SCHEMA_VERSION, type Corpus, type CorpusSource, type Release } from '../corpus/types.ts'
import type { EntityTables } from './tables.ts'

/** Options of {@link toJson}. */
export interface JsonOptions {
  /** The source of the searched corpus; kept, with a new `generatedAt`. */
  source: CorpusSource
  /** ISO timestamp of the export. */
  generatedAt: string
  /** Indentation; 0 for the smallest file. */
  indent?: number
}

/** The exported corpus document as an object. */
export function exportCorpus(releases: readonly Release[], tables: EntityTables, options: Pick<JsonOptions, 'source' | 'generatedAt'>): Corpus {
  const used = { officials: new Set<string>(), organisations: new Set<string>(), topics: new Set<string>() }
  for (const release of releases) {
    for (const id of release.officials ?? []) used.officials.add(id)
    for (const id of release.organisations ?? []) used.organisations.add(id)
    for (const id of release.topics ?? []) used.topics.add(id)
  }
  return {
    schema: SCHEMA_VERSION,
    source: { ...options.source, generatedAt: options.generatedAt },
    officials: tables.officials.filter((e) => used.officials.has(e.id)),
    organisations: tables.organisations.filter((e) => used.organisations.has(e.id)),
    topics: tables.topics.filter((e) => used.topics.has(e.id)),
    releases: [...releases],
  }
}

/** The exported corpus document as JSON text (UTF-8, no byte order mark). */
export function toJson(releases: readonly Release[], tables: EntityTables, options: JsonOptions): string {
  return `${JSON.stringify(exportCorpus(releases, tables, options), null, options.indent ?? 2)}\n`
}
