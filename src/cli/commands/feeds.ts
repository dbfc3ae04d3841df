/**
 * `pressroom feeds FILE --out DIR [--base-url URL]`: writes the Atom feeds of a
 * corpus: `DIR/all.xml` and `DIR/{officials,organisations,topics}/<id>.xml`.
 * The corpus is validated first; invalid releases and references are left out
 * as the app leaves them out. `--base-url` (or the PRESSROOM_BASE_URL
 * environment variable) is the app's public address; without it links are
 * relative to each feed file. Exit code 0 on success, 1 when the corpus cannot
 * be used, 2 on a usage or file error.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { readCorpusFile } from '../readCorpusFile.ts'
import { parseArgs, stringOption, UsageError } from '../args.ts'
import { formatProblem, parseCorpusText, validateCorpus } from '../../core/corpus/validate.ts'
import { corpusFeeds } from '../../core/feeds/atom.ts'

const USAGE = 'usage: pressroom feeds FILE --out DIR [--base-url URL]'

export default async function feeds(argv: string[]): Promise<number> {
  const args = parseArgs(argv)
  const [file] = args.positional
  const out = stringOption(args, 'out')
  if (!file || args.positional.length > 1 || !out) throw new UsageError(USAGE)
  const baseUrl = stringOption(args, 'base-url') ?? (process.env.PRESSROOM_BASE_URL || undefined)
  if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+/i.test(baseUrl)) {
    throw new UsageError(`--base-url must be an http(s) address such as https://example.org/press/, not "${baseUrl}"`)
  }

  const text = await readCorpusFile(file)
  if (text === undefined) return 2
  const parsed = parseCorpusText(text)
  if ('error' in parsed) {
    console.error(formatProblem(parsed.error))
    return 1
  }
  const report = validateCorpus(parsed.value)
  if (report.errors.length > 0) {
    console.error(`${file}: ${report.errors.length} problem${report.errors.length === 1 ? "" : "s"}; invalid releases and references are left out of the feeds`)
  }

  const { files, skipped } = corpusFeeds(report.corpus, baseUrl ? { baseUrl } : {})
  for (const feed of files) {
    const target = join(out, feed.path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, feed.xml, 'utf8')
  }
  for (const subject of skipped) console.error(`${subject.facet}/${subject.id}: id cannot be a file name; no feed written`)
  console.log(`${files.length} feeds written to ${out}${baseUrl ? '' : ' (relative links; pass --base-url for absolute ones)'}`)
  return 0
}
