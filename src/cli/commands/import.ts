/**
 * `pressroom import PATH… [--entities FILE] [--base-url URL] [--lang L]
 * [--date-from-filename] [--candidates OUT.json] [--all-entities]
 * [--source-name NAME] [--generated-at ISO] > corpus.json`
 *
 * Reads release files (HTML, Markdown, text; folders are walked) and their
 * sidecars (`NAME.meta.json` next to `NAME.html`, e.g. `{"date": "2020-10-02"}`),
 * writes the corpus to stdout and a summary to stderr. Exit code 0 when at
 * least one release was imported, 1 when none was, 2 on a usage or input error.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, stringOption, UsageError } from '../args.ts'
import { formatProblem, validateCorpus } from '../../core/corpus/validate.ts'
import { compileGazetteer, importReleases, readEntitiesFile, type ReleaseFile } from '../../core/import/index.ts'

const USAGE =
  'usage: pressroom import PATH… [--entities FILE] [--base-url URL] [--lang L] [--date-from-filename]\n' +
  '       [--candidates OUT.json] [--all-entities] [--source-name NAME] [--generated-at ISO] > corpus.json'

/** Extensions picked up when a folder is walked. */
const RELEASE_EXTENSIONS = /\.(html?|xhtml|md|markdown|txt)$/i
const SIDECAR = /\.meta\.json$/i
const DEFAULT_ENTITIES = fileURLToPath(new URL('../../../data/entities.json', import.meta.url))

export default async function importCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['date-from-filename', 'all-entities'])
  if (args.positional.length === 0) throw new UsageError(USAGE)
  const known = ['entities', 'base-url', 'lang', 'date-from-filename', 'candidates', 'all-entities', 'source-name', 'generated-at']
  for (const name of args.options.keys()) if (!known.includes(name)) throw new UsageError(`unknown option --${name}\n${USAGE}`)
  const generatedAt = stringOption(args, 'generated-at')
  if (generatedAt !== undefined && Number.isNaN(Date.parse(generatedAt))) throw new UsageError(`--generated-at must be an ISO timestamp, not "${generatedAt}"`)

  const entitiesPath = stringOption(args, 'entities') ?? DEFAULT_ENTITIES
  let entitiesJson: unknown
  try {
    entitiesJson = JSON.parse(await readFile(entitiesPath, 'utf8'))
  } catch (error) {
    console.error(`${entitiesPath}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`)
    return 2
  }
  const { entities, problems } = readEntitiesFile(entitiesJson)
  if (problems.length) {
    for (const problem of problems) console.error(`${entitiesPath}: ${formatProblem(problem)}`)
    return 2
  }

  let files: ReleaseFile[]
  try {
    files = await collectFiles(args.positional)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 2
  }

  const options = {
    baseUrl: stringOption(args, 'base-url'),
    lang: stringOption(args, 'lang'),
    dateFromFilename: args.options.get('date-from-filename') === true,
    allEntities: args.options.get('all-entities') === true,
    sourceName: stringOption(args, 'source-name'),
    generatedAt,
  }
  const result = importReleases(files, compileGazetteer(entities), options)

  const report = validateCorpus(result.corpus)
  if (report.errors.length) {
    for (const problem of report.errors) console.error(`corpus: ${formatProblem(problem)}`)
    console.error('the imported corpus is invalid; nothing written')
    return 1
  }
  process.stdout.write(`${JSON.stringify(result.corpus, null, 2)}\n`)

  const candidatesPath = stringOption(args, 'candidates')
  if (candidatesPath) await writeFile(candidatesPath, `${JSON.stringify(result.candidates, null, 2)}\n`)

  for (const note of result.notes) console.error(`note: ${note.file}: ${note.message}`)
  for (const held of result.heldBack) console.error(`held back: ${held.file}: ${held.reason}`)
  const sources = new Map<string, number>()
  for (const item of result.imported) sources.set(item.dateSource, (sources.get(item.dateSource) ?? 0) + 1)
  const dateSummary = [...sources].map(([source, n]) => `${n} from ${source}`).join(', ')
  const { people, organisations, aliases } = result.candidates
  console.error(
    [
      `imported ${result.imported.length} of ${files.length} files${dateSummary ? ` (dates: ${dateSummary})` : ''}`,
      `held back ${result.heldBack.length}`,
      `candidates: ${people.length} people, ${organisations.length} organisations, ${aliases.length} aliases` +
        (candidatesPath ? ` written to ${candidatesPath}` : ' (give --candidates OUT.json to write them)'),
    ].join('; '),
  )
  return result.imported.length > 0 ? 0 : 1
}

/** Reads the files named or found under the folders named, with their sidecars, paths relative to each argument. */
async function collectFiles(paths: string[]): Promise<ReleaseFile[]> {
  const found: Array<{ absolute: string; path: string }> = []
  for (const path of paths) {
    let info
    try {
      info = await stat(path)
    } catch {
      throw new Error(`${path}: no such file or folder`)
    }
    if (info.isDirectory()) {
      for (const absolute of await walk(path)) found.push({ absolute, path: relative(path, absolute).split(sep).join('/') })
    } else if (!SIDECAR.test(path)) found.push({ absolute: path, path: basename(path) })
  }
  return Promise.all(
    found.map(async ({ absolute, path }) => {
      const file: ReleaseFile = { path, content: await readFile(absolute, 'utf8') }
      const meta = await readSidecar(absolute)
      if (meta !== undefined) file.meta = meta
      return file
    }),
  )
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue
    const full = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...(await walk(full)))
    else if (RELEASE_EXTENSIONS.test(entry.name) && !SIDECAR.test(entry.name)) files.push(full)
  }
  return files
}

/** The sidecar of a release file: `NAME.meta.json` (or `NAME.EXT.meta.json`) in the same folder. */
async function readSidecar(file: string): Promise<unknown> {
  const name = basename(file)
  for (const candidate of [name.replace(/\.[^.]+$/, ''), name].map((n) => join(dirname(file), `${n}.meta.json`))) {
    let text: string
    try {
      text = await readFile(candidate, 'utf8')
    } catch {
      continue
    }
    try {
      return JSON.parse(text) as unknown
    } catch (error) {
      console.error(`note: ${candidate}: ignored, not valid JSON (${error instanceof Error ? error.message : String(error)})`)
      return undefined
    }
  }
  return undefined
}
