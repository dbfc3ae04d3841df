/**
 * `pressroom` command line: `npm run pressroom -- <command> [args]`.
 *
 * Each command lives in `commands/<name>.ts` and default-exports
 * `(argv: string[]) => Promise<number>`, the number being the exit code.
 */
import process from 'node:process'
import { UsageError } from './args.ts'

type Command = (argv: string[]) => Promise<number>

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  check: { summary: 'check FILE                      validate a corpus', load: () => import('./commands/check.ts') },
  generate: {
    summary: 'generate --count N --seed S     write a synthetic archive to stdout',
    load: () => import('./commands/generate.ts'),
  },
  sample: { summary: 'sample                          write the app\'s sample archive', load: () => import('./commands/sample.ts') },
  import: { summary: 'import PATH… [options]          turn release pages into a corpus', load: () => import('./commands/import.ts') },
  feeds: {
    summary: 'feeds FILE --out DIR [--base-url U]  write Atom feeds for a corpus',
    load: () => import('./commands/feeds.ts'),
  },
  search: { summary: 'search FILE QUERY [filters]     query a corpus', load: () => import('./commands/search.ts') },
  bench: { summary: 'bench [--sizes …] [--json]      measure index and query speed', load: () => import('./commands/bench.ts') },
  eval: { summary: 'eval [--set FILE] [--json]       ranking quality on the judged queries', load: () => import('./commands/eval.ts') },
}

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  pressroom ${c.summary}`)
  return ['Usage:', ...lines].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage())
    return name ? 0 : 2
  }
  const command = COMMANDS[name]
  if (!command) {
    console.error(`Unknown command "${name}".\n${usage()}`)
    return 2
  }
  const module = await command.load()
  return module.default(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(error.message)
    else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exitCode = 2
  },
)
