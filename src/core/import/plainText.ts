/**
 * Reads plain-text releases: the first non-empty line is the headline and
 * blank lines separate paragraphs (lines inside a paragraph are joined).
 */
import { collapseSpace, type SourceDocument } from './document.ts'

/**
 * Reads a text file into a {@link SourceDocument}.
 * @example readPlainText('Visit to Baku\n\nThe chief met…').title // 'Visit to Baku'
 */
export function readPlainText(text: string): SourceDocument {
  const blocks = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
  const document: SourceDocument = { paragraphs: [], declaredDates: [], alternates: {} }
  const first = blocks[0]
  if (first) {
    document.title = collapseSpace(first[0] as string)
    if (first.length > 1) blocks[0] = first.slice(1)
    else blocks.shift()
  }
  for (const lines of blocks) {
    let current = lines[0] as string
    let lastLine = current
    for (const line of lines.slice(1)) {
      if (continues(lastLine, line)) current += ` ${line}`
      else {
        document.paragraphs.push(collapseSpace(current))
        current = line
      }
      lastLine = line
    }
    document.paragraphs.push(collapseSpace(current))
  }
  return document
}

/** The length from which a line that stops mid-sentence is taken to be hard-wrapped. */
const WRAPPED_LINE = 60

/**
 * True when `next` carries on the paragraph that `previous` (the line before)
 * is in: it starts in lower case, or `previous` is a long line cut mid-sentence.
 * Short stacked lines (a dateline, a footer, "Terms | Privacy") stay paragraphs
 * of their own.
 */
function continues(previous: string, next: string): boolean {
  if (/^\p{Ll}/u.test(next)) return true
  return previous.length >= WRAPPED_LINE && !/[.!?:;]["»”)]?$/.test(previous)
}
