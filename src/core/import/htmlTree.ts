/**
 * A small, tolerant HTML parser for Node and the browser alike (no DOM): it
 * reads tags, attributes, text and comments, and builds an element tree that
 * survives the unclosed paragraphs, stray end tags and inline scripts that real
 * CMS pages are full of. It is not a full HTML5 parser; it only has to find the
 * text of a press release.
 */
import { decodeEntities } from './htmlEntities.ts'

/** An element with its lower-case name, decoded attributes and children. */
export interface HtmlElement {
  kind: 'element'
  name: string
  attrs: Record<string, string>
  children: HtmlNode[]
}

/** A run of decoded text. */
export interface HtmlText {
  kind: 'text'
  text: string
}

export type HtmlNode = HtmlElement | HtmlText

/** Elements that never have children. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'svg', 'iframe'])

/** Block elements that close an open paragraph when they start. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
])

/** Elements that close an open element of the same name (`<li>` after `<li>`, and so on). */
const SELF_CLOSING_SIBLINGS = new Set(['li', 'dt', 'dd', 'tr', 'td', 'th', 'option'])

/**
 * Parses an HTML document or fragment into a root element named `#root`.
 * @example parseHtml('<p>One<p>Two').children.length // 2
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'element', name: '#root', attrs: {}, children: [] }
  const stack: HtmlElement[] = [root]
  const top = (): HtmlElement => stack[stack.length - 1] as HtmlElement
  const closeTo = (name: string): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      if ((stack[i] as HtmlElement).name === name) {
        stack.length = i
        return
      }
    }
  }
  const isOpen = (name: string): boolean => stack.some((e) => e.name === name)

  let pos = 0
  const length = html.length
  while (pos < length) {
    const lt = html.indexOf('<', pos)
    if (lt === -1) {
      addText(top(), html.slice(pos))
      break
    }
    if (lt > pos) addText(top(), html.slice(pos, lt))
    pos = lt
    if (html.startsWith('<!--', pos)) {
      const end = html.indexOf('-->', pos + 4)
      pos = end === -1 ? length : end + 3
      continue
    }
    if (html[pos + 1] === '!' || html[pos + 1] === '?') {
      const end = html.indexOf('>', pos)
      pos = end === -1 ? length : end + 1
      continue
    }
    const endTag = /^<\/([a-zA-Z][\w:-]*)[^>]*>/.exec(html.slice(pos, pos + 200))
    if (endTag) {
      const name = (endTag[1] as string).toLowerCase()
      if (name === 'p' && !isOpen('p')) top().children.push({ kind: 'element', name: 'p', attrs: {}, children: [] })
      else closeTo(name)
      pos += endTag[0].length
      continue
    }
    const start = readStartTag(html, pos)
    if (!start || start.end <= pos) {
      addText(top(), '<')
      pos += 1
      continue
    }
    pos = start.end
    const { name, attrs } = start
    if (CLOSES_P.has(name) && isOpen('p')) closeTo('p')
    if (SELF_CLOSING_SIBLINGS.has(name) && top().name === name) stack.pop()
    const element: HtmlElement = { kind: 'element', name, attrs, children: [] }
    top().children.push(element)
    if (VOID.has(name) || start.selfClosing) continue
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, pos)
      const raw = html.slice(pos, close === -1 ? length : close)
      if (raw) element.children.push({ kind: 'text', text: name === 'title' || name === 'textarea' ? decodeEntities(raw) : raw })
      const gt = close === -1 ? -1 : html.indexOf('>', close)
      pos = gt === -1 ? length : gt + 1
      continue
    }
    stack.push(element)
  }
  return root
}

function addText(parent: HtmlElement, raw: string): void {
  const text = decodeEntities(raw)
  const last = parent.children[parent.children.length - 1]
  if (last?.kind === 'text') last.text += text
  else parent.children.push({ kind: 'text', text })
}

interface StartTag {
  name: string
  attrs: Record<string, string>
  selfClosing: boolean
  end: number
}

/** Reads `<name attr="v" attr='v' attr=v flag>` at `pos`, or null when it is not a tag. */
function readStartTag(html: string, pos: number): StartTag | null {
  const nameMatch = /^<([a-zA-Z][\w:-]*)/.exec(html.slice(pos, pos + 100))
  if (!nameMatch) return null
  const name = (nameMatch[1] as string).toLowerCase()
  const attrs: Record<string, string> = {}
  const attrPattern = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*(\/?)>|\s*\//y
  attrPattern.lastIndex = pos + nameMatch[0].length
  let selfClosing = false
  for (;;) {
    const at = attrPattern.lastIndex
    const m = attrPattern.exec(html)
    if (!m) {
      // Not an attribute (a stray quote, the end of input): the tag runs to the next ">".
      // (A failed sticky exec resets lastIndex to 0, so the search starts from `at`.)
      const gt = html.indexOf('>', at)
      return { name, attrs, selfClosing, end: gt === -1 ? html.length : gt + 1 }
    }
    if (m[0].trimStart().startsWith('>') || m[5] !== undefined) {
      selfClosing = m[5] === '/'
      return { name, attrs, selfClosing, end: attrPattern.lastIndex }
    }
    if (m[1]) {
      const attrName = m[1].toLowerCase()
      if (!(attrName in attrs)) attrs[attrName] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
    }
  }
}

/** Visits every element below `node`, depth first, in document order. */
export function* walkElements(node: HtmlElement): Generator<HtmlElement> {
  for (const child of node.children) {
    if (child.kind === 'element') {
      yield child
      yield* walkElements(child)
    }
  }
}

/** The text inside an element with runs of white space collapsed. */
export function textContent(node: HtmlNode): string {
  if (node.kind === 'text') return node.text
  if (node.name === 'br') return '\n'
  if (RAW_TEXT.has(node.name) && node.name !== 'title') return ''
  return node.children.map(textContent).join('')
}
