/**
 * `pressroom generate --count N --seed S`: writes a synthetic `announcements/v1`
 * archive to stdout as compact JSON. The same count and seed always give
 * byte-identical output.
 */
import process from 'node:process'
import { generateCorpus, serializeCorpus } from '../../core/generate/index.ts'
import { intOption, parseArgs, stringOption, UsageError } from '../args.ts'

const USAGE = 'Usage: pressroom generate [--count N] [--seed S]   (defaults: --count 1000 --seed 1)'

/** Writes one chunk, waiting when the pipe is full. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(chunk, (error) => (error ? reject(error) : undefined))
    if (ok) resolve()
    else process.stdout.once('drain', resolve)
  })
}

/** Runs the command; returns the exit code. */
export default async function generate(argv: string[]): Promise<number> {
  let count: number
  let seed: number | string
  try {
    const args = parseArgs(argv, ['help'])
    if (args.options.has('help')) {
      console.log(USAGE)
      return 0
    }
    if (args.positional.length) throw new UsageError(`unexpected argument "${args.positional[0]}"`)
    for (const name of args.options.keys()) {
      if (name !== 'count' && name !== 'seed') throw new UsageError(`unknown option --${name}`)
    }
    count = intOption(args, 'count', 1000, 0, 1_000_000)
    const rawSeed = stringOption(args, 'seed') ?? '1'
    seed = /^-?\d+$/.test(rawSeed) ? Number(rawSeed) : rawSeed
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`pressroom generate: ${error.message}\n${USAGE}`)
      return 2
    }
    throw error
  }
  const corpus = generateCorpus({ count, seed })
  for (const chunk of serializeCorpus(corpus)) await write(chunk)
  await write('\n')
  return 0
}
