/**
 * Reads Markdown releases, as static-site CMS exports write them: an optional
 * front matter block (`---` … `---` with `key: value` lines: title, date, lang,
 * url, id) and a body whose first `#` heading is the headline when the front
 * matter names none. Markup is removed; the text stays.
 */
import { collapseSpace, type SourceDocument } from './document.ts'
import { decodeHTML } from 'entities'

/** Front matter keys read as a date, in order of preference. */
const DATE_KEYS = ['date', 'published', 'pubdate', 'publishdate', 'created']

/**
 * Reads a Markdown file into a {@link SourceDocument}.
 * @example readMarkdown('---\ndate: 2020-10-02\n---\n# Visit\n\nText').declaredDates // ['2020-10-02']
 */
export function readMarkdown(markdown: string): SourceDocument {
  const { fields, body } = splitFrontMatter(markdown.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'))
  const document: SourceDocument = { paragraphs: [], declaredDates: [], alternates: {} }
  for (const key of DATE_KEYS) if (fields[key]) document.declaredDates.push(fields[key] as string)
  if (fields.lang ?? fields.language) document.lang = fields.lang ?? fields.language
  if (fields.url ?? fields.canonical ?? fields.permalink) document.url = fields.url ?? fields.canonical ?? fields.permalink
  if (fields.id) document.id = fields.id
  if (fields.title) document.title = collapseSpace(fields.title)

  let inFence = false
  let current: string[] = []
  const flush = (): void => {
    const paragraph = collapseSpace(current.join(' '))
    current = []
    if (paragraph) document.paragraphs.push(paragraph)
  }
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      flush()
      inFence = !inFence
      continue
    }
    if (inFence) {
      current.push(line)
      continue
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)
    if (heading) {
      flush()
      const text = inlineText(heading[2] as string)
      if (heading[1] === '#' && !document.title) document.title = text
      else if (text) document.paragraphs.push(text)
      continue
    }
    if (/^\s*$/.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush()
      continue
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line)
    if (item) {
      flush()
      current.push(inlineText(item[1] as string))
      continue
    }
    current.push(inlineText(line.replace(/^\s*>\s?/, '')))
  }
  flush()
  return document
}

/** Splits `---` front matter from the body and reads its `key: value` lines (quotes removed). */
function splitFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text)
  if (!match) return { fields: {}, body: text }
  const fields: Record<string, string> = {}
  for (const line of (match[1] as string).split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!kv) continue
    const value = (kv[2] as string).trim().replace(/^(['"])(.*)\1$/, '$2')
    if (value) fields[(kv[1] as string).toLowerCase()] = value
  }
  return { fields, body: text.slice(match[0].length) }
}

/** Removes inline Markdown: images, links (keeping their text), emphasis, code marks, inline HTML. */
function inlineText(line: string): string {
  return decodeHTML(
    line
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1'),
  ).trim()
}
