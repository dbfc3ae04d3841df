/**
 * Reads a press release web page: the main content as plain paragraphs (menus,
 * headers, footers, cookie banners and share bars left out), the headline, the
 * declared dates, language, canonical address and language alternates.
 */
import { collapseSpace, type SourceDocument } from './document.ts'
import { parseHtml, textContent, walkElements, type HtmlElement, type HtmlNode } from './htmlTree.ts'

/** Elements that never hold release text. */
const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'header', 'footer', 'aside', 'form',
  'button', 'select', 'menu', 'dialog', 'head', 'figcaption',
])

/** Roles of landmark regions that are page chrome. */
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu', 'menubar'])

/** A class or id naming page chrome: `cookie-banner`, `site-header`, `share`, `related-news`… */
const CHROME_NAME =
  /^(?:.*[-_])?(?:cookies?|consent|gdpr|breadcrumbs?|share|sharing|social|sidebar|menu|navbar|nav|navigation|related|comments?|subscribe|newsletter|pagination|pager|tags|print|skip|footer|header|modal|popup|banner|widget|toolbar|copyright)(?:[-_].*)?$/i

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table',
  'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'address', 'figure', 'time', 'body', 'center',
])

/** Meta tags that carry a publication date. */
const DATE_META = new Set([
  'article:published_time', 'og:published_time', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date',
  'dcterms.created', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'datepublished', 'sailthru.date',
])

/**
 * Reads a web page into a {@link SourceDocument}.
 * @example readHtml('<h1>Visit</h1><p>Text</p>').title // 'Visit'
 */
export function readHtml(html: string): SourceDocument {
  const root = parseHtml(html)
  const meta = readHead(root)
  const container = mainContainer(root)
  const h1 = firstElement(container, 'h1') ?? firstElement(root, 'h1')
  const h1Text = h1 ? collapseSpace(textContent(h1)) : ''
  const title = h1Text || meta.ogTitle || cleanPageTitle(meta.pageTitle)
  const timeDates = [...walkElements(container), ...walkElements(root)]
    .filter((e) => e.name === 'time')
    .map((e) => e.attrs.datetime || collapseSpace(textContent(e)))
    .filter(Boolean)
  const paragraphs = paragraphsOf(container, h1).filter((p) => p !== title)
  const document: SourceDocument = {
    paragraphs,
    declaredDates: unique([...meta.dates, ...timeDates]),
    alternates: meta.alternates,
  }
  if (title) document.title = title
  if (meta.lang) document.lang = meta.lang
  if (meta.url) document.url = meta.url
  return document
}

interface HeadFacts {
  ogTitle?: string
  pageTitle?: string
  lang?: string
  url?: string
  dates: string[]
  alternates: Record<string, string>
}

function readHead(root: HtmlElement): HeadFacts {
  const facts: HeadFacts = { dates: [], alternates: {} }
  let canonical: string | undefined
  let ogUrl: string | undefined
  for (const e of walkElements(root)) {
    const a = e.attrs
    if (e.name === 'html' && a.lang) facts.lang = a.lang
    else if (e.name === 'title' && facts.pageTitle === undefined) facts.pageTitle = collapseSpace(textContent(e))
    else if (e.name === 'meta') {
      const key = (a.property || a.name || a.itemprop || a['http-equiv'] || '').toLowerCase()
      const content = collapseSpace(a.content ?? '')
      if (!content) continue
      if (key === 'og:title' && !facts.ogTitle) facts.ogTitle = content
      else if (key === 'og:url') ogUrl ??= content
      else if (key === 'content-language' || key === 'og:locale' || key === 'language') facts.lang ??= content
      else if (DATE_META.has(key)) facts.dates.push(content)
    } else if (e.name === 'link') {
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/)
      if (rel.includes('canonical') && a.href) canonical ??= a.href
      else if (rel.includes('alternate') && a.hreflang && a.href) facts.alternates[a.hreflang.toLowerCase()] = a.href
    } else if (e.name === 'script' && (a.type ?? '').toLowerCase() === 'application/ld+json') {
      for (const m of textContent({ ...e, name: 'div' }).matchAll(/"datePublished"\s*:\s*"([^"]+)"/g)) facts.dates.push(m[1] as string)
    } else if (a.itemprop === 'datePublished') {
      facts.dates.push(a.datetime || a.content || collapseSpace(textContent(e)))
    }
  }
  const url = canonical ?? ogUrl
  if (url) facts.url = url
  return facts
}

/** Drops a site name from a `<title>`: "Meeting with IOM | State Migration Service" → "Meeting with IOM". */
function cleanPageTitle(title: string | undefined): string {
  if (!title) return ''
  const parts = title.split(/\s+[|–—-]\s+/)
  return parts.length > 1 ? (parts.reduce((a, b) => (b.length > a.length ? b : a)) ?? title) : title
}

function isChrome(e: HtmlElement): boolean {
  if (DROPPED_ELEMENTS.has(e.name)) return true
  if (e.attrs.role && DROPPED_ROLES.has(e.attrs.role.toLowerCase())) return true
  if (e.attrs['aria-hidden'] === 'true' || 'hidden' in e.attrs) return true
  const names = `${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`.split(/\s+/).filter(Boolean)
  return names.some((n) => CHROME_NAME.test(n))
}

/** The element holding the release: `itemprop=articleBody`, else `<article>`, else `<main>`, else the body. */
function mainContainer(root: HtmlElement): HtmlElement {
  const elements = [...walkElements(root)]
  const pick = (test: (e: HtmlElement) => boolean): HtmlElement | undefined => {
    let best: HtmlElement | undefined
    let bestLength = 0
    for (const e of elements) {
      if (!test(e) || isChrome(e)) continue
      const length = paragraphsOf(e, undefined).join(' ').length
      if (length > bestLength) {
        best = e
        bestLength = length
      }
    }
    return best
  }
  return (
    pick((e) => e.attrs.itemprop === 'articleBody') ??
    pick((e) => e.name === 'article') ??
    pick((e) => e.name === 'main' || e.attrs.role === 'main') ??
    elements.find((e) => e.name === 'body') ??
    root
  )
}

function firstElement(root: HtmlElement, name: string): HtmlElement | undefined {
  for (const e of walkElements(root)) if (e.name === name && !isChrome(e)) return e
  return undefined
}

/** The text of `container` as paragraphs, skipping page chrome, the headline and link lists. */
function paragraphsOf(container: HtmlElement, headline: HtmlElement | undefined): string[] {
  const paragraphs: string[] = []
  let text = ''
  let linkText = 0
  const flush = (): void => {
    const paragraph = collapseSpace(text)
    const links = linkText
    text = ''
    linkText = 0
    if (!paragraph) return
    if (links / paragraph.length > 0.7 && paragraph.length < 200) return
    paragraphs.push(paragraph)
  }
  const visit = (node: HtmlNode, inLink: boolean): void => {
    if (node.kind === 'text') {
      text += node.text
      if (inLink) linkText += collapseSpace(node.text).length
      return
    }
    if (node === headline || isChrome(node)) return
    const block = BLOCKS.has(node.name)
    if (block) flush()
    if (node.name === 'td' || node.name === 'th') text += ' '
    for (const child of node.children) visit(child, inLink || node.name === 'a')
    if (block) flush()
  }
  visit(container, false)
  flush()
  return paragraphs
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
