/**
 * Atom feeds (RFC 4287) of a corpus: the newest releases overall and for each
 * official, organisation and topic, made at build time so feed readers can
 * follow a partner without any server.
 *
 * Addresses: with a `baseUrl` (the app's public address) entry ids and links
 * are the releases' permalinks and the feed id is the entity page's address.
 * Without one, links are relative to the feed file (`feeds/organisations/iom.xml`
 * → `../../releases/13452`, which feed readers resolve against the feed's own
 * address) and ids are `urn:pressroom:` names that stay stable wherever the
 * app is hosted.
 *
 * Output is deterministic (no clock): a feed's `updated` is its newest entry's date.
 *
 * @example
 * atomFeed(corpus, { facet: 'organisations', id: 'iom' }, { baseUrl: 'https://example.org/press/' })
 */
import type { Corpus, EntityFacet, Release } from '../corpus/types.ts'
import { excerpt } from '../export/csv.ts'
import { element, escapeXml } from './xml.ts'

/** Whose releases a feed holds; undefined means every release. */
export interface FeedSubject {
  facet: EntityFacet
  id: string
}

/** Options of {@link atomFeed}. */
export interface FeedOptions {
  /** The app's public address, e.g. `https://example.org/press/`; absent → relative links. */
  baseUrl?: string
  /** Most entries per feed. */
  limit?: number
  /** Longest entry summary, in characters. */
  summaryLength?: number
}

/** Defaults of {@link FeedOptions}. */
export const FEED_DEFAULTS = { limit: 50, summaryLength: 300 } as const

/** Directory of the feeds inside the built app (`<base>feeds/all.xml`). */
export const FEEDS_DIR = 'feeds'

const ATOM_NS = 'http://www.w3.org/2005/Atom'
const SAFE_FILE_ID = /^[\p{L}\p{N}_-][\p{L}\p{N}._-]{0,99}$/u

/** True when an entity id can be a feed file name as it is (no slashes, dots first, spaces, …). */
export function hasFeedFile(id: string): boolean {
  return SAFE_FILE_ID.test(id)
}

/**
 * A feed's path below the feeds directory.
 *
 * @example
 * feedPath() // 'all.xml'
 * feedPath({ facet: 'topics', id: 'covid-19' }) // 'topics/covid-19.xml'
 */
export function feedPath(subject?: FeedSubject): string {
  return subject ? `${subject.facet}/${subject.id}.xml` : 'all.xml'
}

/** Releases newest first (then by id, for a stable order). */
export function newestFirst(releases: readonly Release[]): Release[] {
  return [...releases].sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.date < b.date ? 1 : -1))
}

/** Resolves app paths (`releases/13452`) for one feed file. */
function addresses(subject: FeedSubject | undefined, baseUrl: string | undefined) {
  const root = baseUrl ? (baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`) : undefined
  const up = subject ? '../../' : '../'
  return {
    link: (path: string) => (root ? root + path : up + path),
    id: (path: string) => (root ? root + path : `urn:pressroom:${path ? path.replace(/\//g, ':') : 'all'}`),
    self: root ? `${root}${FEEDS_DIR}/${feedPath(subject)}` : undefined,
  }
}

function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url.trim())
}

/** The Atom document for `subject` (or every release), holding its newest releases. */
export function atomFeed(corpus: Corpus, subject: FeedSubject | undefined, options: FeedOptions = {}, sorted?: readonly Release[]): string {
  const settings = { ...FEED_DEFAULTS, ...options }
  const at = addresses(subject, settings.baseUrl)
  const entity = subject ? corpus[subject.facet].find((e) => e.id === subject.id) : undefined
  const all = sorted ?? newestFirst(corpus.releases)
  const releases = (subject ? all.filter((r) => r[subject.facet]?.includes(subject.id)) : all).slice(0, settings.limit)
  const topics = new Map(corpus.topics.map((t) => [t.id, t.name]))
  const pagePath = subject ? `${subject.facet}/${encodeURIComponent(subject.id)}` : ''
  const lang = corpus.source.languages?.[0] ?? 'en'
  const title = entity ? `${corpus.source.name}: ${entity.name}` : corpus.source.name
  const updated = releases[0] ? `${releases[0].date}T00:00:00Z` : (corpus.source.generatedAt ?? '1970-01-01T00:00:00Z')

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}" xml:lang="${escapeXml(lang)}">`,
    `  ${element('id', {}, at.id(pagePath))}`,
    `  ${element('title', { type: 'text' }, title)}`,
    `  ${element('updated', {}, updated)}`,
    `  ${element('link', { rel: 'alternate', type: 'text/html', href: at.link(pagePath) })}`,
    ...(at.self ? [`  ${element('link', { rel: 'self', type: 'application/atom+xml', href: at.self })}`] : []),
    `  <author>${element('name', {}, corpus.source.name)}${isWebUrl(corpus.source.url) ? element('uri', {}, corpus.source.url.trim()) : ''}</author>`,
    `  ${element('generator', {}, 'Pressroom')}`,
  ]
  for (const release of releases) {
    const path = `releases/${encodeURIComponent(release.id)}`
    lines.push(
      `  <entry${release.lang ? ` xml:lang="${escapeXml(release.lang)}"` : ''}>`,
      `    ${element('id', {}, at.id(path))}`,
      `    ${element('title', { type: 'text' }, release.title.replace(/\s+/g, ' ').trim())}`,
      `    ${element('link', { rel: 'alternate', type: 'text/html', href: at.link(path) })}`,
      ...(isWebUrl(release.url) ? [`    ${element('link', { rel: 'related', type: 'text/html', href: release.url.trim() })}`] : []),
      `    ${element('published', {}, `${release.date}T00:00:00Z`)}`,
      `    ${element('updated', {}, `${release.date}T00:00:00Z`)}`,
      ...(release.topics ?? []).map((id) => `    ${element('category', { term: id, label: topics.get(id) })}`),
      `    ${element('summary', { type: 'text' }, excerpt(release, settings.summaryLength))}`,
      '  </entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}

/** One feed file to write: its path below the feeds directory and its XML. */
export interface FeedFile {
  path: string
  xml: string
}

/**
 * Every feed of a corpus: `all.xml` and one per official, organisation and
 * topic (including those with no releases yet, so page links never break).
 * Entities whose id cannot be a file name are listed in `skipped`.
 */
export function corpusFeeds(corpus: Corpus, options: FeedOptions = {}): { files: FeedFile[]; skipped: FeedSubject[] } {
  const sorted = newestFirst(corpus.releases)
  const files: FeedFile[] = [{ path: feedPath(), xml: atomFeed(corpus, undefined, options, sorted) }]
  const skipped: FeedSubject[] = []
  for (const facet of ['officials', 'organisations', 'topics'] as const) {
    for (const { id } of corpus[facet]) {
      const subject = { facet, id }
      if (!hasFeedFile(id)) skipped.push(subject)
      else files.push({ path: feedPath(subject), xml: atomFeed(corpus, subject, options, sorted) })
    }
  }
  return { files, skipped }
}
