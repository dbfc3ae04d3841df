/**
 * Reads a press release web page: the article text as plain paragraphs, the
 * headline, the declared dates, language, canonical address and language
 * alternates.
 *
 * parse5 parses the page as browsers do (unclosed paragraphs, stray end tags,
 * raw script text); linkedom gives the result a DOM; Mozilla's Readability,
 * the engine of Firefox's reader view, picks the article out of a real CMS
 * page. Before it runs, elements that are page chrome by name or role (menus,
 * headers, footers, cookie banners, share bars, "related news") are removed,
 * because on short releases Readability would otherwise keep a long menu. Used
 * by the CLI only: none of this reaches the app's bundles.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { parse, serialize } from 'parse5'
import { collapseSpace, type SourceDocument } from './document.ts'

/** Elements that never hold release text. */
const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'header', 'footer', 'aside', 'form',
  'button', 'select', 'menu', 'dialog', 'figcaption',
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

/** Readability's threshold for an article, lowered: a release can be three short paragraphs. */
const ARTICLE_MIN_CHARACTERS = 80

/** The part of the DOM API this module uses, as linkedom provides it. */
type PageNode = Node
type PageElement = Element

const ELEMENT = 1
const TEXT = 3

/**
 * Reads a web page into a {@link SourceDocument}.
 * @example readHtml('<h1>Visit</h1><p>Text</p>').title // 'Visit'
 */
export function readHtml(html: string): SourceDocument {
  const page = parseHTML(serialize(parse(html))).document as unknown as Document
  const meta = readHead(page)
  const timeDates = [...page.querySelectorAll('time')].map((e) => e.getAttribute('datetime') || collapseSpace(e.textContent ?? '')).filter(Boolean)
  for (const element of [...page.querySelectorAll('*')]) if (isChrome(element)) element.remove()
  const container = mainContainer(page)
  const h1 = container.querySelector('h1') ?? page.querySelector('h1')
  const h1Text = h1 ? collapseSpace(h1.textContent ?? '') : ''
  const title = h1Text || meta.ogTitle || cleanPageTitle(meta.pageTitle)
  const article = readArticle(page, container, h1)
  const paragraphs = article.filter((p) => p !== title)
  const source: SourceDocument = { paragraphs, declaredDates: unique([...meta.dates, ...timeDates]), alternates: meta.alternates }
  if (title) source.title = title
  if (meta.lang) source.lang = meta.lang
  if (meta.url) source.url = meta.url
  return source
}

/**
 * The article's paragraphs: Readability's pick when it finds one in the page's
 * main container, else the container's own text. Dates in `<time>` elements
 * are kept as paragraphs: a dateline may be the only date a page gives.
 */
function readArticle(page: Document, container: PageElement, h1: PageElement | null): string[] {
  const own = paragraphsOf(container, h1)
  const clone = page.cloneNode(true) as Document
  let picked: PageNode | null
  try {
    picked = new Readability<PageNode>(clone, { charThreshold: ARTICLE_MIN_CHARACTERS, serializer: (node) => node }).parse()?.content ?? null
  } catch {
    picked = null
  }
  if (!picked) return own
  const fromReadability = paragraphsOf(picked as PageElement, null).filter((p) => p !== collapseSpace(h1?.textContent ?? ''))
  // Readability drops short lines such as a dateline; keep the container's reading when it lost text that matters.
  const text = fromReadability.join(' ')
  if (fromReadability.length === 0 || own.some((p) => !text.includes(p) && isDateline(p))) return own
  return fromReadability
}

/** A short paragraph that is a date: "25 September 2020", "06.09.2022". */
function isDateline(paragraph: string): boolean {
  return paragraph.length < 60 && /\d{4}/.test(paragraph) && !/[.!?]\s+\p{Lu}/u.test(paragraph)
}

interface HeadFacts {
  ogTitle?: string
  pageTitle?: string
  lang?: string
  url?: string
  dates: string[]
  alternates: Record<string, string>
}

function readHead(page: Document): HeadFacts {
  const facts: HeadFacts = { dates: [], alternates: {} }
  const lang = page.documentElement?.getAttribute('lang')
  if (lang) facts.lang = lang
  const pageTitle = page.querySelector('title')?.textContent
  if (pageTitle) facts.pageTitle = collapseSpace(pageTitle)
  let canonical: string | undefined
  let ogUrl: string | undefined
  for (const e of page.querySelectorAll('meta')) {
    const key = (e.getAttribute('property') || e.getAttribute('name') || e.getAttribute('itemprop') || e.getAttribute('http-equiv') || '').toLowerCase()
    const content = collapseSpace(e.getAttribute('content') ?? '')
    if (!content) continue
    if (key === 'og:title' && !facts.ogTitle) facts.ogTitle = content
    else if (key === 'og:url') ogUrl ??= content
    else if (key === 'content-language' || key === 'og:locale' || key === 'language') facts.lang ??= content
    else if (DATE_META.has(key)) facts.dates.push(content)
  }
  for (const e of page.querySelectorAll('link')) {
    const rel = (e.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
    const href = e.getAttribute('href')
    const hreflang = e.getAttribute('hreflang')
    if (rel.includes('canonical') && href) canonical ??= href
    else if (rel.includes('alternate') && hreflang && href) facts.alternates[hreflang.toLowerCase()] = href
  }
  for (const e of page.querySelectorAll('script')) {
    if ((e.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue
    for (const m of (e.textContent ?? '').matchAll(/"datePublished"\s*:\s*"([^"]+)"/g)) facts.dates.push(m[1] as string)
  }
  for (const e of page.querySelectorAll('[itemprop="datePublished"]')) {
    if (e.localName === 'meta') continue
    facts.dates.push(e.getAttribute('datetime') || e.getAttribute('content') || collapseSpace(e.textContent ?? ''))
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

function isChrome(e: PageElement): boolean {
  const name = e.localName
  if (name === 'html' || name === 'body' || name === 'head' || name === 'title' || name === 'meta' || name === 'link') return false
  if (DROPPED_ELEMENTS.has(name)) return true
  const role = e.getAttribute('role')
  if (role && DROPPED_ROLES.has(role.toLowerCase())) return true
  if (e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('hidden')) return true
  const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean)
  return names.some((n) => CHROME_NAME.test(n))
}

/** The element holding the release: `itemprop=articleBody`, else `<article>`, else `<main>`, else the body. */
function mainContainer(page: Document): PageElement {
  const pick = (selector: string): PageElement | undefined => {
    let best: PageElement | undefined
    let bestLength = 0
    for (const e of page.querySelectorAll(selector)) {
      const length = paragraphsOf(e, null).join(' ').length
      if (length > bestLength) [best, bestLength] = [e, length]
    }
    return best
  }
  return pick('[itemprop="articleBody"]') ?? pick('article') ?? pick('main, [role="main"]') ?? page.body ?? page.documentElement
}

/** The text under `container` as paragraphs, without the headline and link lists. */
function paragraphsOf(container: PageElement, headline: PageElement | null): string[] {
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
  const visit = (node: PageNode, inLink: boolean): void => {
    if (node.nodeType === TEXT) {
      const value = node.textContent ?? ''
      text += value
      if (inLink) linkText += collapseSpace(value).length
      return
    }
    if (node.nodeType !== ELEMENT || node === headline) return
    const name = (node as PageElement).localName
    if (DROPPED_ELEMENTS.has(name)) return
    const block = BLOCKS.has(name)
    if (block) flush()
    if (name === 'td' || name === 'th') text += ' '
    for (const child of node.childNodes) visit(child, inLink || name === 'a')
    if (block) flush()
  }
  visit(container, false)
  flush()
  return paragraphs
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
