/**
 * `pressroom eval-import [FOLDER] [--entities FILE] [--errors]`
 *
 * Imports a labelled fixture folder (by default the repository's,
 * `tests/fixtures/import`: `releases/` with `labels.json`, and `holdout/` with
 * `holdout-labels.json`) with the default options and prints the precision and
 * recall of officials and organisations against the labels, one table per set.
 * `--errors` lists every miss and extra. Exit code 0, or 2 on a usage error.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, stringOption, UsageError } from '../args.ts'
import { compileGazetteer, importReleases, readEntitiesFile, type ReleaseFile } from '../../core/import/index.ts'
import { formatEntityScores, foundEntities, scoreEntities, type EntityLabel } from '../../core/import/evaluation.ts'

const USAGE = 'usage: pressroom eval-import [FOLDER] [--entities FILE] [--errors]'
const DEFAULT_FOLDER = fileURLToPath(new URL('../../../tests/fixtures/import', import.meta.url))
const DEFAULT_ENTITIES = fileURLToPath(new URL('../../../data/entities.json', import.meta.url))
/** The labelled sets of a fixture folder: sub-folder and labels file. */
const SETS: Array<[string, string, string]> = [
  ['releases', 'labels.json', 'labelled set (rules tuned on it)'],
  ['holdout', 'holdout-labels.json', 'holdout set (never tuned on)'],
]

export default async function evalImportCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['errors'])
  for (const name of args.options.keys()) if (!['entities', 'errors'].includes(name)) throw new UsageError(`unknown option --${name}\n${USAGE}`)
  const folder = args.positional[0] ?? DEFAULT_FOLDER
  const entitiesPath = stringOption(args, 'entities') ?? DEFAULT_ENTITIES
  const { entities, problems } = readEntitiesFile(JSON.parse(await readFile(entitiesPath, 'utf8')))
  if (problems.length) throw new UsageError(`${entitiesPath}: ${problems.length} problems; run pressroom import to see them`)
  const gazetteer = compileGazetteer(entities)
  for (const [set, labelsFile, title] of SETS) {
    let names: string[]
    try {
      names = (await readdir(join(folder, set))).filter((n) => !n.endsWith('.meta.json') && !n.startsWith('.')).sort()
    } catch {
      continue
    }
    const files: ReleaseFile[] = await Promise.all(names.map(async (path) => ({ path, content: await readFile(join(folder, set, path), 'utf8') })))
    const labels = (JSON.parse(await readFile(join(folder, labelsFile), 'utf8')) as { releases: Record<string, EntityLabel> }).releases
    const result = importReleases(files, gazetteer, { dateFromFilename: true })
    const tables = {
      officials: [...entities.officials, ...result.discovered.officials],
      organisations: [...entities.organisations, ...result.discovered.organisations],
    }
    const scores = scoreEntities(labels, foundEntities(result.entitiesByFile, tables))
    console.log(`${formatEntityScores(`${title}: ${relative(process.cwd(), join(folder, set)) || '.'}, ${files.length} releases`, scores)}\n`)
    if (args.options.get('errors') === true) for (const error of [...scores.officials.errors, ...scores.organisations.errors]) console.log(`  ${error}`)
  }
  return 0
}
