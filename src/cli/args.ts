/**
 * A small, strict argument parser for the `pressroom` commands: `--name value`,
 * `--name=value` and boolean `--flag`; everything else is positional, and
 * everything after `--` is positional too (`search FILE -- "--limit"`).
 */
export interface ParsedArgs {
  positional: string[]
  options: Map<string, string | true>
}

/** Ends the options: every argument after it is positional. */
export const END_OF_OPTIONS = '--'

/** Splits argv into positionals and options. Options named in `booleans` take no value. */
export function parseArgs(argv: string[], booleans: readonly string[] = []): ParsedArgs {
  const positional: string[] = []
  const options = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === END_OF_OPTIONS) {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    if (eq !== -1) options.set(name, arg.slice(eq + 1))
    else if (booleans.includes(name)) options.set(name, true)
    else {
      const value = argv[i + 1]
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`)
      options.set(name, value)
      i++
    }
  }
  return { positional, options }
}

/** Whether argv asks for help (`--help` or `-h` before any `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf(END_OF_OPTIONS)
  const options = end === -1 ? argv : argv.slice(0, end)
  return options.includes('--help') || options.includes('-h')
}

/** Reads a string option, or undefined when absent. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name)
  if (value === true) throw new UsageError(`--${name} needs a value`)
  return value
}

/** Reads a whole-number option within bounds. */
export function intOption(args: ParsedArgs, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = stringOption(args, name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"`)
  }
  return value
}

/** A mistake in how a command was called; commands print it and exit 2. */
export class UsageError extends Error {}
