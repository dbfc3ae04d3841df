import process from 'node:process'
import { afterEach, describe, expect, it, vi } from 'vitest'
import generate from '../../../src/cli/commands/generate.ts'
import { generateCorpus } from '../../../src/core/generate/index.ts'

afterEach(() => vi.restoreAllMocks())

function captureStdout(): string[] {
  const chunks: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string, callback?: () => void) => {
    chunks.push(String(chunk))
    callback?.()
    return true
  }) as typeof process.stdout.write)
  return chunks
}

describe('pressroom generate', () => {
  it('prints the corpus for the given count and seed as one JSON document', async () => {
    const out = captureStdout()
    expect(await generate(['--count', '25', '--seed', '3'])).toBe(0)
    const text = out.join('')
    expect(text.endsWith('\n')).toBe(true)
    expect(text.trimEnd()).toBe(JSON.stringify(generateCorpus({ count: 25, seed: 3 })))
  })

  it('treats a non-numeric seed as text', async () => {
    const out = captureStdout()
    expect(await generate(['--count=5', '--seed=press'])).toBe(0)
    expect(out.join('').trimEnd()).toBe(JSON.stringify(generateCorpus({ count: 5, seed: 'press' })))
  })

  it.each([[['--count', 'many']], [['--count', '-4']], [['--colour', 'red']], [['extra']], [['--seed']]])('rejects %j with exit code 2 and a message', async (argv) => {
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message))
    const out = captureStdout()
    expect(await generate(argv)).toBe(2)
    expect(errors.join('\n')).toMatch(/pressroom generate: .+\nUsage:/)
    expect(out).toEqual([])
  })
})
