/**
 * From downloaded text to a JSON value, with a coded problem (never a throw)
 * when the text is not a corpus: empty, an HTML page where JSON was expected,
 * truncated, or a syntax error with its line and column.
 *
 * @example
 * const parsed = parseCorpusText(text, 'https://example.org/corpus.json')
 * if ('error' in parsed) show(parsed.error) // json.html, json.syntax, …
 */
import { makeProblem, type Problem } from '../problems.ts'

/** What a response body looks like before parsing: JSON-ish text, an HTML page, or nothing. */
export type BodyKind = 'empty' | 'html' | 'text'

/**
 * Classifies a response body (and its Content-Type, when known) before it is
 * parsed. JSON never starts with `<`, so markup is named as such instead of
 * being reported as a syntax error at line 1. The fetch code may call it on
 * the first bytes to fail at once.
 */
export function classifyCorpusBody(text: string, contentType = ''): BodyKind {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start === '') return 'empty'
  if (start.startsWith('<') || /^\s*text\/html\b/i.test(contentType)) return 'html'
  return 'text'
}

/** The problem for an HTML page served where a JSON corpus was expected. */
export function htmlInsteadOfJson(source: string): Problem {
  return makeProblem('', 'json.html', { source }, 'error', 'document')
}

/**
 * Parses corpus text; `source` (a URL or file name) names the input in
 * problems. Never throws.
 */
export function parseCorpusText(text: string, source = 'the file'): { value: unknown } | { error: Problem } {
  const kind = classifyCorpusBody(text)
  if (kind === 'empty') return { error: makeProblem('', 'json.empty', {}, 'error', 'document') }
  if (kind === 'html') return { error: htmlInsteadOfJson(source) }
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown }
  } catch (error) {
    return { error: syntaxProblem(text, error instanceof Error ? error.message : String(error)) }
  }
}

function syntaxProblem(text: string, message: string): Problem {
  if (/end of JSON/i.test(message)) {
    return makeProblem('', 'json.truncated', { line: text.split('\n').length }, 'error', 'document')
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn) return makeProblem('', 'json.syntax', { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }, 'error', 'document')
  const position = /position (\d+)/.exec(message)
  if (position) {
    const offset = Number(position[1])
    const before = text.slice(0, offset)
    const line = before.split('\n').length
    return makeProblem('', 'json.syntax', { line, column: offset - before.lastIndexOf('\n') }, 'error', 'document')
  }
  return makeProblem('', 'json.invalid', {}, 'error', 'document')
}
