/**
 * `pressroom import` without the file system: release files in, an
 * `announcements/v1` corpus out, with the releases held back (and why), notes
 * on what was adjusted, and the candidates report. The same files give the
 * same corpus, byte for byte: nothing depends on time or on input order.
 *
 * A release's date comes from, in order: its sidecar (`NAME.meta.json`), a
 * date the file declares (`<time>`, meta tags, front matter), a short dateline
 * paragraph, a full date in the opening sentence, and, only with
 * `dateFromFilename`, a leading `YYYY-MM-DD` in the file name. Without one the
 * release is held back: no date is ever guessed.
 */
import { isCalendarDate } from '../calendar/isoDate.ts'
import { SCHEMA_VERSION, type Corpus, type CorpusSource, type Official, type Organisation, type Release, type Topic } from '../corpus/types.ts'
import { isBoilerplate } from './boilerplate.ts'
import { CandidatesCollector, type CandidatesReport } from './candidates.ts'
import { dateFromFileName, findReleaseDate, type DateSource } from './dates.ts'
import type { SourceDocument } from './document.ts'
export { slugOf } from './slug.ts'
import { topicOf } from './entities.ts'
import { entitiesIn, findInRelease, type Findings, type ReleaseEntities } from './extract.ts'
import { mergeArchive, type ArchiveEntities } from './archive.ts'
import { slugOf } from './slug.ts'
import type { Gazetteer } from './gazetteer.ts'
import { readHtml } from './htmlPage.ts'
import { detectLanguage, primaryLanguage } from './language.ts'
import { readMarkdown } from './markdown.ts'
import { readPlainText } from './plainText.ts'

/** One release file. */
export interface ReleaseFile {
  /** Path relative to the import root, with `/` separators; names the file in reports. */
  path: string
  content: string
  /** The parsed sidecar `NAME.meta.json` next to the file, if any. */
  meta?: unknown
}

/** Fields a sidecar may set; each overrides what the file says. */
export interface Sidecar {
  date?: string
  id?: string
  title?: string
  lang?: string
  url?: string
}

/** How to import. */
export interface ImportOptions {
  /** Resolves relative canonical links; files without one get `baseUrl` + their path. */
  baseUrl?: string
  /** Language of files that declare none (instead of telling it from the letters). */
  lang?: string
  /** Take a missing date from a leading `YYYY-MM-DD` in the file name. */
  dateFromFilename?: boolean
  /** Put every entity of the entities file in the corpus, not only those referenced. */
  allEntities?: boolean
  /** `source.name`; defaults to the institution's name in the entities file. */
  sourceName?: string
  /** `source.generatedAt`; left out when not given, so output stays reproducible. */
  generatedAt?: string
}

/** A file that did not become a release, and why. */
export interface HeldBack {
  file: string
  reason: string
}

/** Something adjusted on the way, which loses nothing a person would want. */
export interface ImportNote {
  file: string
  message: string
}

/** A file that became a release, and where its date came from. */
export interface Imported {
  file: string
  id: string
  dateSource: DateSource
}

/** Everything an import run produces. */
export interface ImportResult {
  corpus: Corpus
  imported: Imported[]
  heldBack: HeldBack[]
  notes: ImportNote[]
  candidates: CandidatesReport
  /** Officials and organisations of every file, held back or not, by file path. */
  entitiesByFile: Map<string, ReleaseEntities>
  /** Every official and organisation discovery added to the entities file's, referenced or not. */
  discovered: { officials: Official[]; organisations: Organisation[] }
}

/** The format a file is read as: by extension, else by a look at its first characters. */
export function formatOf(path: string, content: string): 'html' | 'markdown' | 'text' {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase()
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  if (ext === 'md' || ext === 'markdown') return 'markdown'
  if (ext === 'txt' || ext === 'text') return 'text'
  return /^\s*(<!doctype html|<html|<\w+[^>]*>)/i.test(content) ? 'html' : 'text'
}

function readDocument(file: ReleaseFile): SourceDocument {
  const format = formatOf(file.path, file.content)
  if (format === 'html') return readHtml(file.content)
  if (format === 'markdown') return readMarkdown(file.content)
  return readPlainText(file.content)
}

function readSidecar(file: ReleaseFile, notes: ImportNote[]): Sidecar {
  const meta = file.meta
  if (meta === undefined) return {}
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    notes.push({ file: file.path, message: 'sidecar ignored: it must be a JSON object' })
    return {}
  }
  const sidecar: Sidecar = {}
  for (const [key, value] of Object.entries(meta)) {
    if (!['date', 'id', 'title', 'lang', 'url'].includes(key)) {
      notes.push({ file: file.path, message: `sidecar field "${key}" ignored (known: date, id, title, lang, url)` })
    } else if (typeof value !== 'string' || !value.trim()) {
      notes.push({ file: file.path, message: `sidecar field "${key}" ignored: it must be a non-empty string` })
    } else if (key === 'date' && !isCalendarDate(value)) {
      notes.push({ file: file.path, message: `sidecar date ${JSON.stringify(value)} ignored: not a calendar date YYYY-MM-DD` })
    } else sidecar[key as keyof Sidecar] = value.trim()
  }
  return sidecar
}

/** The file name without folders and extension. */
function baseName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.[^.]+$/, '')
}


/** A numeric release id in an address: `/en/news/13452`, `/news/13452-meeting-with-iom`, `?id=13452`. */
export function numericIdFromUrl(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url, 'https://example.invalid/')
  } catch {
    return undefined
  }
  for (const name of ['id', 'news_id', 'newsid', 'nid']) {
    const value = parsed.searchParams.get(name)
    if (value && /^\d+$/.test(value)) return value
  }
  const last = parsed.pathname.split('/').filter(Boolean).pop() ?? ''
  return /^(\d+)(?:[-_.][^/]*)?$/.exec(last)?.[1]
}

function resolveUrl(url: string | undefined, file: ReleaseFile, baseUrl: string | undefined, notes: ImportNote[]): string | undefined {
  const target = url ?? (baseUrl ? file.path : undefined)
  if (target === undefined) return undefined
  try {
    const resolved = new URL(target, baseUrl).href
    if (/^https?:\/\//i.test(resolved)) return resolved
  } catch {
    // reported below
  }
  notes.push({ file: file.path, message: `address ${JSON.stringify(target)} left out: not an absolute http(s) URL (give --base-url)` })
  return undefined
}

const LANGUAGE_ORDER = ['en', 'az', 'ru']
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Imports release files into a corpus.
 * @example
 * const gazetteer = compileGazetteer(readEntitiesFile(json).entities)
 * const { corpus, heldBack } = importReleases([{ path: 'a.txt', content }], gazetteer, { dateFromFilename: true })
 */
export function importReleases(files: readonly ReleaseFile[], gazetteer: Gazetteer, options: ImportOptions = {}): ImportResult {
  const notes: ImportNote[] = []
  const heldBack: HeldBack[] = []
  const imported: Imported[] = []
  const read = [...files].sort((a, b) => compareStrings(a.path, b.path)).map((file) => readRelease(file, gazetteer, notes, options))
  const archive = mergeArchive(
    read.map((r) => ({ file: r.file.path, lang: r.lang, people: r.findings.people, organisations: r.findings.newOrganisations })),
    gazetteer,
  )
  const collector = new CandidatesCollector()
  const entitiesByFile = new Map<string, ReleaseEntities>()
  const built: Array<{ release: Release; alternates: Record<string, string>; file: string }> = []
  const usedIds = new Set<string>()

  for (const { file, sidecar, document, title, paragraphs, findings, lang, date, dateSource, heldBackReason } of read) {
    const entities = entitiesIn(findings.text, archive.names, gazetteer)
    entitiesByFile.set(file.path, entities)
    collector.add(file.path, findings.text, archive.weakPeople.get(file.path) ?? [], [], findings.aliases)
    if (heldBackReason || !date || !dateSource || !title) {
      heldBack.push({ file: file.path, reason: heldBackReason ?? 'no title' })
      continue
    }
    const url = resolveUrl(sidecar.url ?? document.url, file, options.baseUrl, notes)
    const declaredUrl = sidecar.url ?? document.url
    let id = sidecar.id ?? document.id ?? (declaredUrl ? numericIdFromUrl(declaredUrl) : undefined) ?? slugOf(baseName(file.path))
    if (usedIds.has(id)) {
      let n = 2
      while (usedIds.has(`${id}-${n}`)) n++
      notes.push({ file: file.path, message: `id "${id}" already taken; using "${id}-${n}"` })
      id = `${id}-${n}`
    }
    usedIds.add(id)
    const release: Release = { id, lang, date, title, body: paragraphs.join('\n\n') }
    if (url) release.url = url
    if (entities.officials.length) release.officials = entities.officials
    if (entities.organisations.length) release.organisations = entities.organisations
    if (findings.topics.length) release.topics = findings.topics
    release.type = findings.type
    built.push({ release, alternates: document.alternates, file: file.path })
    imported.push({ file: file.path, id, dateSource })
  }

  linkTranslations(built, options.baseUrl)
  // Newest first (the app shows such a corpus while it downloads); ids in order within a day.
  const releases = built.map((b) => b.release).sort((a, b) => compareStrings(b.date, a.date) || compareStrings(a.id, b.id))
  return {
    corpus: assembleCorpus(releases, gazetteer, archive, options),
    imported,
    heldBack,
    notes,
    candidates: collector.report(),
    entitiesByFile,
    discovered: { officials: archive.officials, organisations: archive.organisations },
  }
}

/** One file read, its date worked out and its first extraction pass done. */
interface ReadRelease {
  file: ReleaseFile
  sidecar: Sidecar
  document: SourceDocument
  title: string | undefined
  paragraphs: string[]
  findings: Findings
  lang: string
  date?: string
  dateSource?: DateSource
  /** Why the file cannot become a release, if it cannot. */
  heldBackReason?: string
}

function readRelease(file: ReleaseFile, gazetteer: Gazetteer, notes: ImportNote[], options: ImportOptions): ReadRelease {
  const sidecar = readSidecar(file, notes)
  const document = readDocument(file)
  const title = sidecar.title ?? document.title
  let paragraphs = document.paragraphs.filter((p) => !isBoilerplate(p) && p !== title)
  let date: string | undefined
  let dateSource: DateSource | undefined
  let missing = ''
  if (sidecar.date) [date, dateSource] = [sidecar.date, 'sidecar']
  else {
    const finding = findReleaseDate({ ...document, paragraphs })
    if (finding.date !== undefined) {
      ;[date, dateSource] = [finding.date, finding.source]
      const dateline = 'paragraph' in finding ? finding.paragraph : undefined
      if (dateline !== undefined) paragraphs = paragraphs.filter((_, i) => i !== dateline)
    } else {
      missing = finding.reason
      const fromName = options.dateFromFilename ? dateFromFileName(file.path.split('/').pop() ?? '') : undefined
      if (fromName) [date, dateSource] = [fromName, 'filename']
    }
  }
  const findings = findInRelease(title ?? '', paragraphs, gazetteer)
  const body = paragraphs.join('\n\n')
  const declaredLang = primaryLanguage(sidecar.lang ?? document.lang ?? '')
  const lang = declaredLang ?? (options.lang ? primaryLanguage(options.lang) : undefined) ?? detectLanguage(`${title ?? ''}\n${body}`)
  const read: ReadRelease = { file, sidecar, document, title, paragraphs, findings, lang }
  if (date && dateSource) [read.date, read.dateSource] = [date, dateSource]
  if (!date || !dateSource) {
    const hint = options.dateFromFilename ? 'add a sidecar NAME.meta.json with {"date": "YYYY-MM-DD"}' : 'use --date-from-filename or a sidecar NAME.meta.json'
    read.heldBackReason = `no date: ${missing}; ${hint}`
  } else if (!title) read.heldBackReason = 'no title (no h1, og:title, <title>, front matter title or first line)'
  else if (paragraphs.length === 0) read.heldBackReason = 'no body text'
  return read
}

/** Fills `translations` from `<link rel=alternate hreflang>` links that point at other imported releases. */
function linkTranslations(built: Array<{ release: Release; alternates: Record<string, string> }>, baseUrl: string | undefined): void {
  const byUrl = new Map<string, string>()
  const ids = new Set<string>()
  for (const { release } of built) {
    ids.add(release.id)
    if (release.url) byUrl.set(release.url, release.id)
  }
  for (const { release, alternates } of built) {
    const translations: Record<string, string> = {}
    for (const lang of Object.keys(alternates).sort()) {
      const code = primaryLanguage(lang)
      const href = alternates[lang] as string
      if (!code || code === release.lang) continue
      let resolved: string | undefined
      try {
        resolved = new URL(href, release.url ?? baseUrl).href
      } catch {
        resolved = undefined
      }
      const target = (resolved && byUrl.get(resolved)) ?? numericIdFromUrl(href)
      if (target && ids.has(target) && target !== release.id) translations[code] = target
    }
    if (Object.keys(translations).length) release.translations = translations
  }
}

function assembleCorpus(releases: Release[], gazetteer: Gazetteer, archive: ArchiveEntities, options: ImportOptions): Corpus {
  const entities = {
    officials: [...gazetteer.entities.officials, ...archive.officials],
    organisations: [...gazetteer.entities.organisations, ...archive.organisations],
    topics: gazetteer.entities.topics,
    institution: gazetteer.entities.institution,
  }
  const used = (facet: 'officials' | 'organisations' | 'topics'): Set<string> => new Set(releases.flatMap((r) => r[facet] ?? []))
  const officialIds = used('officials')
  const officials: Official[] = entities.officials.filter((o) => options.allEntities || officialIds.has(o.id))
  const organisationIds = used('organisations')
  for (const o of officials) if (o.affiliation) organisationIds.add(o.affiliation)
  if (entities.institution) organisationIds.add(entities.institution)
  const organisations: Organisation[] = entities.organisations.filter((o) => options.allEntities || organisationIds.has(o.id))
  const topicIds = used('topics')
  const topics: Topic[] = entities.topics.filter((t) => options.allEntities || topicIds.has(t.id)).map(topicOf)

  const present = [...new Set(releases.map((r) => r.lang ?? 'en'))]
  const rank = (code: string): number => (LANGUAGE_ORDER.includes(code) ? LANGUAGE_ORDER.indexOf(code) : LANGUAGE_ORDER.length)
  const languages = present.sort((a, b) => rank(a) - rank(b) || compareStrings(a, b))
  const institution = entities.organisations.find((o) => o.id === entities.institution)
  const source: CorpusSource = { name: options.sourceName ?? institution?.name ?? 'Press releases' }
  if (options.baseUrl && /^https?:\/\//i.test(options.baseUrl)) source.url = options.baseUrl
  if (languages.length) source.languages = languages
  if (options.generatedAt) source.generatedAt = options.generatedAt
  if (institution) source.institution = institution.id
  source.synthetic = false
  return { schema: SCHEMA_VERSION, source, officials, organisations, topics, releases }
}
