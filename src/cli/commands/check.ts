/**
 * `pressroom check FILE`: validates a corpus, prints one line per problem and a
 * summary. Exit code 0 when valid, 1 when not, 2 when the file cannot be read.
 */
import { readCorpusFile } from '../readCorpusFile.ts'
import { parseArgs, UsageError } from '../args.ts'
import { formatProblem, parseCorpusText, validateCorpus } from '../../core/corpus/validate.ts'

export default async function check(argv: string[]): Promise<number> {
  const { positional } = parseArgs(argv)
  const [file] = positional
  if (!file || positional.length > 1) throw new UsageError('usage: pressroom check FILE')

  const text = await readCorpusFile(file)
  if (text === undefined) return 2

  const parsed = parseCorpusText(text)
  if ('error' in parsed) {
    console.log(formatProblem(parsed.error))
    console.log(`${file}: invalid, 1 error`)
    return 1
  }
  const report = validateCorpus(parsed.value)
  for (const problem of report.errors) console.log(formatProblem(problem))
  for (const problem of report.warnings) console.log(`warning: ${formatProblem(problem)}`)

  const { releases, skippedReleases, skippedReferences } = report.stats
  const counts = `${releases} releases, ${report.errors.length} errors, ${report.warnings.length} warnings`
  if (report.errors.length === 0) {
    console.log(`${file}: valid, ${counts}`)
    return 0
  }
  console.log(`${file}: invalid, ${counts}; ${skippedReleases} releases and ${skippedReferences} references would be skipped`)
  return 1
}
