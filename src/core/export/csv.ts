/**
 * A result set as CSV for spreadsheets and analysis tools.
 *
 * Decisions:
 * - RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 *   comma, quote, CR or LF, quotes doubled.
 * - A UTF-8 byte order mark first by default, so spreadsheet apps read
 *   Azerbaijani and Russian text correctly.
 * - One row per release, columns in {@link CSV_COLUMNS} order. Entities come as
 *   two columns each: names for people (`; `-separated) and ids for joins
 *   (`;`-separated). The body is not included (the JSON export has it); an
 *   `excerpt` gives the summary, else the start of the body up to
 *   {@link CSV_DEFAULTS.excerptLength} characters cut at a word.
 * - Cells that a spreadsheet would run as a formula (starting with `=`, `+`,
 *   `-`, `@`, tab or CR) get a leading apostrophe, so hostile corpus text
 *   stays text.
 *
 * @example
 * toCsv(releases, corpus, { permalinkBase: 'https://example.org/' })
 * // '\uFEFFid,date,lang,type,title,officials,official_ids,…\r\n13452,2020-10-02,en,meeting,…'
 */
import type { Release } from '../corpus/types.ts'
import { entityNames, type EntityTables } from './tables.ts'
import { permalink } from './permalink.ts'

/** Column names, in order: the header row. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'lang',
  'type',
  'title',
  'officials',
  'official_ids',
  'organisations',
  'organisation_ids',
  'topics',
  'topic_ids',
  'place',
  'url',
  'permalink',
  'excerpt',
] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number]

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** The app's address (origin and base path); permalinks are `<base>releases/<id>`. */
  permalinkBase: string
  /** Language of releases that name none (the corpus default). */
  defaultLang?: string
  /** Start with a UTF-8 byte order mark. */
  bom?: boolean
  /** Longest excerpt, in characters. */
  excerptLength?: number
}

/** Defaults of {@link CsvOptions}. */
export const CSV_DEFAULTS = { defaultLang: 'en', bom: true, excerptLength: 500 } as const

const BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/

/** One CSV field: guarded against formulas, quoted when needed. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The summary, else the start of the body, on one line and at most `max` characters (cut at a word, with "…"). */
export function excerpt(release: Pick<Release, 'summary' | 'body'>, max: number): string {
  const text = (release.summary?.trim() || release.body).replace(/\s+/g, ' ').trim()
  if (text.length <= max) return text
  const cut = text.slice(0, Math.max(0, max - 1))
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** The whole result set as one CSV document. */
export function toCsv(releases: readonly Release[], tables: EntityTables, options: CsvOptions): string {
  const settings = { ...CSV_DEFAULTS, ...options }
  const names = entityNames(tables)
  const rows = [CSV_COLUMNS.join(',')]
  for (const release of releases) {
    const officials = release.officials ?? []
    const organisations = release.organisations ?? []
    const topics = release.topics ?? []
    const cells: Record<CsvColumn, string> = {
      id: release.id,
      date: release.date,
      lang: release.lang ?? settings.defaultLang,
      type: release.type ?? '',
      title: release.title.replace(/\s+/g, ' ').trim(),
      officials: officials.map((id) => names.name('officials', id)).join('; '),
      official_ids: officials.join(';'),
      organisations: organisations.map((id) => names.name('organisations', id)).join('; '),
      organisation_ids: organisations.join(';'),
      topics: topics.map((id) => names.name('topics', id)).join('; '),
      topic_ids: topics.join(';'),
      place: release.place ?? '',
      url: release.url ?? '',
      permalink: permalink(settings.permalinkBase, release.id),
      excerpt: excerpt(release, settings.excerptLength),
    }
    rows.push(CSV_COLUMNS.map((column) => csvField(cells[column])).join(','))
  }
  return (settings.bom ? BOM : '') + rows.join('\r\n') + '\r\n'
}
