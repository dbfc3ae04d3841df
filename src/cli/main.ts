/**
 * `pressroom` command line: `npm run pressroom -- <command> [args]`.
 *
 * Each command lives in `commands/<name>.ts` and default-exports
 * `(argv: string[]) => Promise<number>`, the number being the exit code.
 * `pressroom`, `pressroom help` and `pressroom --help` print the usage of every
 * command; `pressroom CMD --help` (or `pressroom help CMD`) that of one.
 */
import process from 'node:process'
import { UsageError, wantsHelp } from './args.ts'

type Command = (argv: string[]) => Promise<number>

interface CommandEntry {
  summary: string
  /** Synopsis first, then option lines. */
  usage: string[]
  load: () => Promise<{ default: Command }>
}

const COMMANDS: Record<string, CommandEntry> = {
  check: {
    summary: 'validate a corpus; one line per problem, errors and warnings apart; exit 0 valid, 1 invalid, 2 unreadable',
    usage: ['check FILE'],
    load: () => import('./commands/check.ts'),
  },
  generate: {
    summary: 'write a deterministic synthetic archive to stdout',
    usage: ['generate [--count N] [--seed S]', '--count N   releases to write (default 1000)', '--seed S    any number or text (default 1)'],
    load: () => import('./commands/generate.ts'),
  },
  sample: {
    summary: "(re)write the app's sample archive, public/sample/corpus.json",
    usage: ['sample [--force]', '--force     write it even when it is up to date'],
    load: () => import('./commands/sample.ts'),
  },
  import: {
    summary: 'turn release pages (HTML, Markdown, text) into a corpus on stdout',
    usage: [
      'import PATH… [options] > corpus.json',
      '--entities FILE        gazetteer of officials, organisations and topics',
      '--base-url URL         address of the release pages',
      '--lang L               language of pages that do not say',
      '--date-from-filename   take a YYYY-MM-DD date from the file name',
      '--candidates OUT.json  write names that look like new entities',
      '--all-entities         keep entities that no release mentions',
      '--source-name NAME     the corpus source name',
      '--generated-at ISO     the export timestamp',
    ],
    load: () => import('./commands/import.ts'),
  },
  'eval-import': {
    summary: 'precision and recall of imported officials and organisations against the labelled fixture sets',
    usage: [
      'eval-import [FOLDER] [--entities FILE] [--errors]',
      '--entities FILE   gazetteer to import with (default data/entities.json)',
      '--errors          list every missed and spurious entity',
    ],
    load: () => import('./commands/evalImport.ts'),
  },
  feeds: {
    summary: 'write Atom feeds for a corpus and each of its entities',
    usage: ['feeds FILE --out DIR [--base-url URL]'],
    load: () => import('./commands/feeds.ts'),
  },
  search: {
    summary: "query a corpus with the app's search engine",
    usage: [
      'search FILE QUERY… [options]          (a query that starts with "-" goes after --: search FILE -- "-x")',
      '--official ID, --organisation ID, --topic ID, --type T, --lang L   filters (comma-separated ids)',
      '--from DATE, --to DATE                  period (YYYY, YYYY-MM or YYYY-MM-DD)',
      '--sort relevance|newest|oldest          order',
      '--limit N                               hits to print, 1-100 (default 10)',
      '--json                                  print JSON',
    ],
    load: () => import('./commands/search.ts'),
  },
  bench: {
    summary: 'measure index and query speed against raw MiniSearch',
    usage: ['bench [--sizes 1000,10000] [--queries N] [--seed S] [--json]'],
    load: () => import('./commands/bench.ts'),
  },
  eval: {
    summary: 'ranking quality (nDCG@10, recall@20, P@5) on the judged queries',
    usage: ['eval [--set FILE] [--worst N] [--compare] [--json]', '--set FILE   a judged query set (default tests/fixtures/ranking)', '--worst N    list the N worst queries', '--compare    switch each ranking feature off in turn', '--json       print JSON'],
    load: () => import('./commands/eval.ts'),
  },
}

/** Usage of one command. */
export function commandUsage(name: string): string {
  const entry = COMMANDS[name] as CommandEntry
  const [synopsis, ...options] = entry.usage
  return [`pressroom ${synopsis}`, `  ${entry.summary}`, ...options.map((line) => `    ${line}`)].join('\n')
}

/** Usage of every command. */
export function usage(): string {
  return [
    'Usage: pressroom <command> [arguments]   (through npm: npm run --silent pressroom -- <command> …)',
    '',
    ...Object.keys(COMMANDS).map((name) => commandUsage(name) + '\n'),
    '`--` ends the options: every argument after it is taken as written.',
    'pressroom CMD --help prints the usage of one command.',
  ].join('\n')
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name) {
    console.log(usage())
    return 2
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0]
    console.log(topic && topic in COMMANDS ? commandUsage(topic) : usage())
    return 0
  }
  const command = COMMANDS[name]
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`)
    return 2
  }
  if (wantsHelp(rest)) {
    console.log(commandUsage(name))
    return 0
  }
  const module = await command.load()
  try {
    return await module.default(rest)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`${error.message}\n\n${commandUsage(name)}`)
    return 2
  }
}

if (process.argv[1] && /main\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
      process.exitCode = 2
    },
  )
}
