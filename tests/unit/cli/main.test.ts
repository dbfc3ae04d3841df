import { afterEach, describe, expect, it, vi } from 'vitest'
import { main, usage } from '../../../src/cli/main.ts'

afterEach(() => vi.restoreAllMocks())

function capture() {
  const out: string[] = []
  const err: string[] = []
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')))
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')))
  return { out, err }
}

const COMMANDS = ['check', 'generate', 'sample', 'import', 'feeds', 'search', 'bench']

describe('pressroom', { timeout: 30_000 }, () => {
  it('prints the usage of every command without arguments, with --help and with help', async () => {
    for (const argv of [[], ['--help'], ['-h'], ['help']]) {
      const { out, err } = capture()
      const code = await main(argv)
      expect(code, argv.join(' ')).toBe(argv.length === 0 ? 2 : 0)
      expect(err).toEqual([])
      const text = out.join('\n')
      for (const name of COMMANDS) expect(text, `${argv.join(' ')}: ${name}`).toContain(`pressroom ${name}`)
      vi.restoreAllMocks()
    }
    expect(usage()).toContain('`--` ends the options')
  })

  it('prints one command\'s usage for CMD --help, instead of "needs a value"', async () => {
    for (const name of COMMANDS) {
      const { out, err } = capture()
      expect(await main([name, '--help'])).toBe(0)
      expect(err).toEqual([])
      expect(out.join('\n')).toMatch(new RegExp(`^pressroom ${name}`))
      vi.restoreAllMocks()
    }
    const { out } = capture()
    expect(await main(['help', 'search'])).toBe(0)
    expect(out.join('\n')).toContain('--limit N')
  })

  it('names an unknown command and shows the usage', async () => {
    const { err } = capture()
    expect(await main(['serach'])).toBe(2)
    expect(err.join('\n')).toContain('Unknown command "serach"')
    expect(err.join('\n')).toContain('pressroom check FILE')
  })

  it('searches for a query that begins with - after --', async () => {
    const { out, err } = capture()
    expect(await main(['search', 'tests/fixtures/ranking/corpus.json', '--json', '--', '--limit'])).toBe(0)
    expect(err.filter((line) => /needs a value|unknown option/.test(line))).toEqual([])
    expect(JSON.parse(out.join('\n'))).toHaveProperty('total')
  })

  it('reports a usage mistake with the command\'s usage and exit code 2', async () => {
    const { err } = capture()
    expect(await main(['search', 'tests/fixtures/ranking/corpus.json', '--limit'])).toBe(2)
    expect(err.join('\n')).toMatch(/--limit needs a value\n\npressroom search FILE/)
  })
})
