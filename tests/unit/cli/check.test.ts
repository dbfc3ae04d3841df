import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import check from '../../../src/cli/commands/check.ts'

afterEach(() => vi.restoreAllMocks())

const dir = mkdtempSync(join(tmpdir(), 'pressroom-check-'))

function file(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

async function run(path: string): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = []
  vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
  vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line))
  const code = await check([path])
  vi.restoreAllMocks()
  return { code, lines }
}

const release = (id: string, extra: Record<string, unknown> = {}) => ({ id, date: '2021-05-04', title: `Release ${id}`, body: 'Text.', ...extra })
const corpus = (releases: unknown[]) => ({
  schema: 'announcements/v1',
  source: { name: 'Press office' },
  organisations: [{ id: 'iom', name: 'International Organization for Migration' }],
  releases,
})

describe('pressroom check', () => {
  it('exits 0 for a valid corpus', async () => {
    const { code, lines } = await run(file('valid.json', corpus([release('1')])))
    expect(code).toBe(0)
    expect(lines.at(-1)).toMatch(/valid\.json: valid, 1 releases, 0 errors, 0 warnings$/)
  })

  it('exits 0 with warnings when only optional fields are bad, and says each costs only its field', async () => {
    const { code, lines } = await run(file('warnings.json', corpus([release('1', { url: 'javascript:alert(1)' }), release('2', { lang: 'English' })])))
    expect(code).toBe(0)
    expect(lines).toEqual([
      '2 warnings: each drops only that field; the release is kept',
      'warning: releases[0].url: "javascript:alert(1)" is not an http(s) URL',
      'warning: releases[1].lang: "English" is not a language code such as "en"',
      expect.stringMatching(/warnings\.json: valid, 2 releases, 0 errors, 2 warnings; 0 releases and 0 references would be skipped, 2 fields or values ignored$/),
    ])
  })

  it('exits 1 and keeps the DESIGN problem line, with errors and warnings apart', async () => {
    const { code, lines } = await run(file('invalid.json', corpus([
      release('1'),
      release('2', { date: '2020-13-01' }),
      release('3', { organisations: ['iom', 'nobody'], url: 'data:text/html,x' }),
    ])))
    expect(code).toBe(1)
    expect(lines).toEqual([
      '1 error: each drops its release',
      'releases[1].date: "2020-13-01" is not a calendar date',
      '1 error: each drops one entity reference; the release is kept',
      'releases[2].organisations[1]: "nobody" is not the id of any entry in organisations',
      '1 warning: each drops only that field; the release is kept',
      'warning: releases[2].url: "data:text/html,x" is not an http(s) URL',
      expect.stringMatching(/invalid\.json: invalid, 3 releases, 2 errors, 1 warnings; 1 releases and 1 references would be skipped, 1 fields or values ignored$/),
    ])
  })

  it('says which schemas it reads', async () => {
    const { code, lines } = await run(file('schema.json', { ...corpus([release('1')]), schema: 'press/v9' }))
    expect(code).toBe(1)
    expect(lines).toContain('schema: "press/v9" is not a schema this version understands; it reads "announcements/v1"')
  })

  it('names an HTML page and exits 1; exits 2 for an unreadable file', async () => {
    const html = file('page.json', '<!DOCTYPE html><html><body>Not here</body></html>')
    const { code, lines } = await run(html)
    expect(code).toBe(1)
    expect(lines[0]).toBe(`${html} is an HTML page, not a JSON corpus; check the address`)
    expect((await run(join(dir, 'missing.json'))).code).toBe(2)
  })
})
