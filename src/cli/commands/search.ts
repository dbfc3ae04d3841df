/**
 * `pressroom search FILE QUERY [--official ID] [--organisation ID] [--topic ID]
 * [--type T] [--lang L] [--from DATE] [--to DATE] [--sort relevance|newest|oldest]
 * [--limit N] [--json]`: the app's engine on the command line.
 *
 * Human output lists the total and each hit with its date, title and snippet,
 * matches marked with [brackets] (bold on a terminal). `--json` prints
 * `{ total, hits: [{ id, score, title, date, snippet }], facets: { name: [{ value, count }] } }`.
 * Corpus problems are counted on stderr; the search runs on what is valid.
 */
import process from 'node:process'
import { readCorpusFile } from '../readCorpusFile.ts'
import { parseArgs, stringOption, UsageError, type ParsedArgs } from '../args.ts'
import { formatProblem, parseCorpusText, validateCorpus } from '../../core/corpus/validate.ts'
import { SearchEngine } from '../../core/search/engine.ts'
import { FACETS, type FacetName, type Highlighted } from '../../core/search/types.ts'
import { FACET_PARAMS, fieldName } from '../../core/request/limits.ts'
import { validateSearchRequest, type SearchInput, type ValidatedRequest } from '../../core/request/schema.ts'
import { problemMessage, problemSubject, type Problem } from '../../core/problems.ts'

const USAGE =
  'usage: pressroom search FILE QUERY [--official ID] [--organisation ID] [--topic ID] [--type T] [--lang L] ' +
  '[--from DATE] [--to DATE] [--sort relevance|newest|oldest] [--limit N] [--json]'

/** Text with its highlighted ranges wrapped in markers. */
function mark(value: Highlighted, open: string, close: string): string {
  let out = ''
  let at = 0
  for (const [start, end] of value.ranges) {
    out += value.text.slice(at, start) + open + value.text.slice(start, end) + close
    at = end
  }
  return out + value.text.slice(at)
}

/** Options whose bad value is a usage mistake (exit 2) rather than a part of the search left out. */
const STRICT_OPTIONS = new Set([fieldName('sort', 'cli'), fieldName('pageSize', 'cli')])

/**
 * The request the flags describe, through the one request schema (`--limit` is
 * its page size). A bad `--sort` or `--limit` is a usage mistake; other bad
 * values are left out and returned as problems.
 */
export function requestFromFlags(query: string, args: ParsedArgs): ValidatedRequest {
  const filters: Partial<Record<FacetName, unknown>> = {}
  for (const facet of FACETS) filters[facet] = stringOption(args, FACET_PARAMS[facet])
  const input: SearchInput = {
    q: query,
    filters,
    from: stringOption(args, 'from'),
    to: stringOption(args, 'to'),
    sort: stringOption(args, 'sort'),
    pageSize: stringOption(args, 'limit'),
  }
  const validated = validateSearchRequest(input, 'cli')
  const strict = validated.problems.find((problem) => STRICT_OPTIONS.has(problem.path))
  if (strict) throw new UsageError(problemLine(strict))
  return validated
}

/** The engine names fields as the URL does; the command line names them as flags. */
const FLAG_BY_PATH: Record<string, string> = Object.fromEntries([
  ['q', fieldName('q', 'cli')],
  ...[...FACETS.map((facet) => FACET_PARAMS[facet]), 'from', 'to', 'sort', 'page'].map((name) => [name, `--${name}`]),
])

/** A problem as one line: `--from="soon": is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`. */
function problemLine(problem: Problem): string {
  const named = { ...problem, path: FLAG_BY_PATH[problem.path] ?? problem.path }
  return `${problemSubject(named)}: ${problemMessage(named)}`
}

export default async function search(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json'])
  const [file, ...words] = args.positional
  if (!file) throw new UsageError(USAGE)
  const known = new Set([...FACETS.map((facet) => FACET_PARAMS[facet]), 'from', 'to', 'sort', 'limit', 'json'])
  for (const name of args.options.keys()) if (!known.has(name)) throw new UsageError(`unknown option --${name}\n${USAGE}`)
  const { request, problems: requestProblems } = requestFromFlags(words.join(' '), args)
  const json = args.options.get('json') === true

  const text = await readCorpusFile(file)
  if (text === undefined) return 2
  const parsed = parseCorpusText(text)
  if ('error' in parsed) {
    console.error(`${file}: ${formatProblem(parsed.error)}`)
    return 1
  }
  const report = validateCorpus(parsed.value)
  const problems = report.errors.length + report.warnings.length
  if (problems > 0) {
    console.error(`${file}: ${report.errors.length} errors and ${report.warnings.length} warnings; searching the ${report.corpus.releases.length} valid releases`)
  }

  const engine = SearchEngine.fromCorpus(report.corpus)
  while (!engine.isFullyIndexed) engine.indexChunk(1000)
  const response = engine.search(request)
  for (const problem of [...requestProblems, ...response.problems]) console.error(`ignored: ${problemLine(problem)}`)

  if (json) {
    const facets = Object.fromEntries(FACETS.map((facet) => [facet, response.facets[facet].map(({ value, count }) => ({ value, count }))]))
    const hits = response.hits.map((hit) => ({ id: hit.id, score: hit.score, title: hit.title.text, date: hit.date, snippet: hit.snippet.text }))
    const out: Record<string, unknown> = { total: response.total, hits, facets }
    if (response.fallback) out.fallback = response.fallback
    console.log(JSON.stringify(out, null, 2))
    return 0
  }

  const tty = process.stdout.isTTY === true
  const [open, close] = tty ? ['\u001b[1m', '\u001b[22m'] : ['[', ']']
  const shown = response.hits.length
  const note = response.fallback ? ' (no release has every word; showing releases with any of them)' : ''
  console.log(`${response.total} release${response.total === 1 ? '' : 's'}${shown < response.total ? `, showing ${shown}` : ''}${note}`)
  for (const hit of response.hits) {
    console.log('')
    console.log(`${hit.date}  ${mark(hit.title, open, close)}  (${hit.id}${request.q.trim() ? `, score ${hit.score}` : ''})`)
    console.log(`  ${mark(hit.snippet, open, close)}`)
  }
  return 0
}
