import { describe, expect, it } from 'vitest'
import { parseArgs, UsageError, wantsHelp } from '../../../src/cli/args.ts'

describe('parseArgs', () => {
  it('reads options with and without =, and booleans', () => {
    const args = parseArgs(['file.json', '--limit', '5', '--sort=newest', '--json', 'word'], ['json'])
    expect(args.positional).toEqual(['file.json', 'word'])
    expect(Object.fromEntries(args.options)).toEqual({ limit: '5', sort: 'newest', json: true })
  })

  it('takes everything after -- as positional, even text that looks like an option', () => {
    const args = parseArgs(['file.json', '--limit', '3', '--', '--limit', '-x', '--json'], ['json'])
    expect(args.positional).toEqual(['file.json', '--limit', '-x', '--json'])
    expect(Object.fromEntries(args.options)).toEqual({ limit: '3' })
  })

  it('still asks for a missing option value', () => {
    expect(() => parseArgs(['--limit'])).toThrow(UsageError)
    expect(() => parseArgs(['--limit', '--json'])).toThrow('--limit needs a value')
  })

  it('sees a request for help only before --', () => {
    expect(wantsHelp(['FILE', '--help'])).toBe(true)
    expect(wantsHelp(['-h'])).toBe(true)
    expect(wantsHelp(['FILE', '--', '--help'])).toBe(false)
  })
})
