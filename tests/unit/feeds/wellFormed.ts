/**
 * A strict, small XML 1.0 well-formedness check for the feed tests: balanced
 * tags, quoted attributes without `<`, only the five predefined entities or
 * character references, no characters XML forbids. Returns the problem or
 * undefined, plus a tiny element tree to query.
 */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

const NAME = /^[A-Za-z_][\w.:-]*/
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, ref: string) =>
    ref.startsWith('#x') ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith('#') ? String.fromCodePoint(Number(ref.slice(1))) : (ENTITIES[ref] as string),
  )
}

function checkText(raw: string, where: number): string | undefined {
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(raw)) return `forbidden character near ${where}`
  const amp = /&(?!(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);)/.exec(raw)
  if (amp) return `bare & near ${where + amp.index}`
  if (raw.includes('>') && raw.includes(']]>')) return `]]> in text near ${where}`
  return undefined
}

export function parseXml(xml: string): { root?: XmlElement; error?: string } {
  let i = 0
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>')
    if (end < 0) return { error: 'unclosed declaration' }
    i = end + 2
  }
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    const text = xml.slice(i, lt < 0 ? xml.length : lt)
    const textProblem = checkText(text, i)
    if (textProblem) return { error: textProblem }
    const top = stack[stack.length - 1]
    if (top) top.text += decode(text)
    else if (text.trim() !== '') return { error: `text outside the root near ${i}` }
    if (lt < 0) break
    i = lt + 1
    if (xml[i] === '/') {
      const name = NAME.exec(xml.slice(i + 1))?.[0]
      const close = xml.indexOf('>', i)
      if (!name || close < 0 || xml.slice(i + 1 + name.length, close).trim() !== '') return { error: `bad end tag near ${i}` }
      const open = stack.pop()
      if (!open || open.name !== name) return { error: `</${name}> does not close <${open?.name}> near ${i}` }
      i = close + 1
      continue
    }
    const name = NAME.exec(xml.slice(i))?.[0]
    if (!name) return { error: `bad tag near ${i}` }
    i += name.length
    const node: XmlElement = { name, attributes: {}, children: [], text: '' }
    for (;;) {
      const space = /^\s*/.exec(xml.slice(i))?.[0] ?? ''
      i += space.length
      if (xml.startsWith('/>', i) || xml[i] === '>') break
      if (space === '') return { error: `attributes need spaces near ${i}` }
      const attr = NAME.exec(xml.slice(i))?.[0]
      if (!attr || xml[i + attr.length] !== '=' || xml[i + attr.length + 1] !== '"') return { error: `bad attribute near ${i}` }
      const valueStart = i + attr.length + 2
      const valueEnd = xml.indexOf('"', valueStart)
      const value = xml.slice(valueStart, valueEnd)
      if (valueEnd < 0 || value.includes('<')) return { error: `bad attribute value near ${i}` }
      const problem = checkText(value, valueStart)
      if (problem) return { error: problem }
      if (attr in node.attributes) return { error: `duplicate attribute ${attr}` }
      node.attributes[attr] = decode(value)
      i = valueEnd + 1
    }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(node)
    else if (root) return { error: 'second root element' }
    else root = node
    if (xml.startsWith('/>', i)) i += 2
    else {
      i += 1
      stack.push(node)
    }
  }
  if (stack.length > 0) return { error: `<${stack[stack.length - 1]?.name}> is not closed` }
  return root ? { root } : { error: 'no root element' }
}

/** Children of an element with a name. */
export function childrenNamed(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((c) => c.name === name)
}
