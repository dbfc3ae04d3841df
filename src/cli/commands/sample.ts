/**
 * `pressroom sample`: writes the app's sample archive (3,000 synthetic releases,
 * fixed seed) to `public/sample/corpus.json`, unless the file is already there
 * and was made by the same generator code with the same settings.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { generateCorpus, GENERATOR_VERSION, serializeCorpus } from '../../core/generate/index.ts'
import { parseArgs, UsageError } from '../args.ts'

/** The sample's settings, in one place. */
export const SAMPLE = { count: 3000, seed: 2026, dir: 'public/sample', file: 'corpus.json', meta: 'corpus.meta.json' } as const

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)))
const GENERATOR_DIR = join(ROOT, 'src/core/generate')

/** What the sample was made from; a change in any field means it must be rebuilt. */
interface SampleMeta {
  generator: string
  sourceHash: string
  seed: number
  count: number
  sha256: string
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort()
}

/** Hash of the generator's source, so any change to templates or data rebuilds the sample. */
function generatorSourceHash(): string {
  const hash = createHash('sha256')
  for (const file of listFiles(GENERATOR_DIR)) {
    hash.update(relative(GENERATOR_DIR, file))
    hash.update(readFileSync(file))
  }
  return hash.digest('hex')
}

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex')
}

function readMeta(path: string): SampleMeta | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as SampleMeta
  } catch {
    return undefined
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`
}

/** Runs the command; returns the exit code. */
export default async function sample(argv: string[]): Promise<number> {
  let force: boolean
  try {
    const args = parseArgs(argv, ['force'])
    if (args.positional.length) throw new UsageError(`unexpected argument "${args.positional[0]}"`)
    for (const name of args.options.keys()) if (name !== 'force') throw new UsageError(`unknown option --${name}`)
    force = args.options.has('force')
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`pressroom sample: ${error.message}\nUsage: pressroom sample [--force]`)
      return 2
    }
    throw error
  }

  const dir = join(ROOT, SAMPLE.dir)
  const corpusPath = join(dir, SAMPLE.file)
  const metaPath = join(dir, SAMPLE.meta)
  const shown = relative(process.cwd(), corpusPath) || corpusPath
  const wanted = { generator: GENERATOR_VERSION, sourceHash: generatorSourceHash(), seed: SAMPLE.seed, count: SAMPLE.count }

  const meta = readMeta(metaPath)
  if (!force && meta && existsSync(corpusPath)) {
    const same = meta.generator === wanted.generator && meta.sourceHash === wanted.sourceHash && meta.seed === wanted.seed && meta.count === wanted.count
    if (same && sha256(readFileSync(corpusPath)) === meta.sha256) {
      console.log(`${shown}: ${SAMPLE.count} releases, ${formatSize(statSync(corpusPath).size)} (up to date)`)
      return 0
    }
  }

  const corpus = generateCorpus({ count: SAMPLE.count, seed: SAMPLE.seed })
  const text = [...serializeCorpus(corpus)].join('')
  mkdirSync(dir, { recursive: true })
  writeFileSync(corpusPath, text)
  const written: SampleMeta = { ...wanted, sha256: sha256(text) }
  writeFileSync(metaPath, `${JSON.stringify(written, null, 2)}\n`)
  console.log(`${shown}: ${corpus.releases.length} releases, ${formatSize(Buffer.byteLength(text))}`)
  return 0
}
