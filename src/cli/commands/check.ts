/**
 * `pressroom check FILE`: validates a corpus and prints one line per problem
 * (`releases[17].date: "2020-13-01" is not a calendar date`), grouped under a
 * heading that says whether they are errors or warnings and what they cost,
 * then a summary. Exit code 0 when valid (warnings allowed), 1 when not, 2
 * when the file cannot be read.
 */
import { readCorpusFile } from '../readCorpusFile.ts'
import { parseArgs, UsageError } from '../args.ts'
import { formatProblem, parseCorpusText, validateCorpus, type Problem } from '../../core/corpus/validate.ts'
import type { ProblemCost } from '../../core/problems.ts'

const COST_ORDER: ProblemCost[] = ['document', 'rest', 'release', 'entry', 'reference', 'field', 'value', 'nothing']

/** What each group's problems cost, as its heading says. */
const COST_HEADINGS: Record<ProblemCost, string> = {
  document: 'the file cannot be used',
  rest: 'the file is read up to this point; what follows is lost',
  release: 'each drops its release',
  entry: 'each drops its entry (an official, organisation or topic)',
  reference: 'each drops one entity reference; the release is kept',
  field: 'each drops only that field; the release is kept',
  value: 'each drops only that value; the release is kept',
  nothing: 'nothing the format defines is lost',
}

/** Problem lines grouped by severity and cost, each group under its heading. */
export function problemReport(errors: readonly Problem[], warnings: readonly Problem[]): string[] {
  const lines: string[] = []
  for (const [severity, problems] of [['error', errors], ['warning', warnings]] as const) {
    for (const cost of COST_ORDER) {
      const group = problems.filter((p) => (p.cost ?? 'nothing') === cost)
      if (group.length === 0) continue
      const kind = severity === 'error' ? (group.length === 1 ? 'error' : 'errors') : group.length === 1 ? 'warning' : 'warnings'
      lines.push(`${group.length} ${kind}: ${COST_HEADINGS[cost]}`)
      for (const problem of group) lines.push(severity === 'warning' ? `warning: ${formatProblem(problem)}` : formatProblem(problem))
    }
  }
  return lines
}

export default async function check(argv: string[]): Promise<number> {
  const { positional } = parseArgs(argv)
  const [file] = positional
  if (!file || positional.length > 1) throw new UsageError('usage: pressroom check FILE')

  const text = await readCorpusFile(file)
  if (text === undefined) return 2

  const parsed = parseCorpusText(text, file)
  if ('error' in parsed) {
    // json.html names the file itself; the other document problems need it in front.
    console.log(parsed.error.code === 'json.html' ? formatProblem(parsed.error) : `${file}: ${formatProblem(parsed.error)}`)
    console.log(`${file}: invalid, 1 error: the file cannot be used`)
    return 1
  }
  const report = validateCorpus(parsed.value)
  for (const line of problemReport(report.errors, report.warnings)) console.log(line)

  const { releases, skippedReleases, skippedReferences, droppedFields } = report.stats
  const counts = `${releases} releases, ${report.errors.length} errors, ${report.warnings.length} warnings`
  const lost = `${skippedReleases} releases and ${skippedReferences} references would be skipped, ${droppedFields} fields or values ignored`
  if (report.errors.length === 0) {
    console.log(`${file}: valid, ${counts}${report.warnings.length > 0 ? `; ${lost}` : ''}`)
    return 0
  }
  console.log(`${file}: invalid, ${counts}; ${lost}`)
  return 1
}
