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
import { intOption, parseArgs, stringOption, UsageError } from '../args.ts'
import { formatProblem, parseCorpusText, validateCorpus } from '../../core/corpus/validate.ts'
import { SearchEngine } from '../../core/search/engine.ts'
import { FACETS, SORTS, type FacetName, type Highlighted, type SearchRequest, type SortOrder } from '../../core/search/types.ts'

const USAGE =
  'usage: pressroom search FILE QUERY [--official ID] [--organisation ID] [--topic ID] [--type T] [--lang L] ' +
  '[--from DATE] [--to DATE] [--sort relevance|newest|oldest] [--limit N] [--json]'

/** Command-line option for each facet filter. */
const FILTER_OPTIONS: Record<string, FacetName> = {
  official: 'officials',
  organisation: 'organisations',
  topic: 'topics',
  type: 'type',
  lang: 'lang',
}

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

function buildRequest(query: string, args: ReturnType<typeof parseArgs>, limit: number): SearchRequest {
  const filters: SearchRequest['filters'] = {}
  for (const [option, facet] of Object.entries(FILTER_OPTIONS)) {
    const value = stringOption(args, option)
    if (value !== undefined) filters[facet] = value.split(',').map((v) => v.trim()).filter(Boolean)
  }
  const request: SearchRequest = { q: query, filters, pageSize: limit }
  const from = stringOption(args, 'from')
  const to = stringOption(args, 'to')
  const sort = stringOption(args, 'sort')
  if (from !== undefined) request.from = from
  if (to !== undefined) request.to = to
  if (sort !== undefined) {
    if (!(SORTS as readonly string[]).includes(sort)) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}, not "${sort}"`)
    request.sort = sort as SortOrder
  }
  return request
}

export default async function search(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json'])
  const [file, ...words] = args.positional
  if (!file) throw new UsageError(USAGE)
  const known = new Set([...Object.keys(FILTER_OPTIONS), 'from', 'to', 'sort', 'limit', 'json'])
  for (const name of args.options.keys()) if (!known.has(name)) throw new UsageError(`unknown option --${name}\n${USAGE}`)
  const limit = intOption(args, 'limit', 10, 1, 100)
  const request = buildRequest(words.join(' '), args, limit)
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
  for (const note of response.ignored) console.error(`ignored: ${note}`)

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
