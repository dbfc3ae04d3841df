import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SEED_URL } from './fixtures.ts'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const pressroom = (...args: string[]) => spawnSync(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' })

// Each case starts the command as a process (tsx compiles on start), which takes seconds on a busy machine.
describe('pressroom import (command line)', { timeout: 30_000 }, () => {
  it('writes the same corpus twice, the candidates file, and a summary on stderr', () => {
    const out = mkdtempSync(join(tmpdir(), 'pressroom-import-'))
    const candidates = join(out, 'candidates.json')
    const args = ['import', 'tests/fixtures/import/releases', '--date-from-filename', '--candidates', candidates]
    const first = pressroom(...args)
    const second = pressroom(...args)
    expect(first.status).toBe(0)
    expect(first.stdout).toBe(second.stdout)
    expect(JSON.parse(first.stdout).releases).toHaveLength(52)
    expect(first.stderr).toContain('held back: en-10-no-date.txt: no date: only a day and month ("On November 27"), no year')
    expect(first.stderr).toMatch(/imported 52 of 56 files \(dates: .*\); held back 4; candidates: \d+ people, \d+ organisations, \d+ aliases written to /)
    expect(JSON.parse(readFileSync(candidates, 'utf8'))).toMatchObject({ people: expect.any(Array), aliases: expect.any(Array) })
    expect(JSON.parse(first.stdout).officials.map((o: { name: string }) => o.name)).toContain('Daniel Whitmore')
    writeFileSync(join(out, 'corpus.json'), first.stdout)
    expect(execFileSync(TSX, ['src/cli/main.ts', 'check', join(out, 'corpus.json')], { cwd: ROOT, encoding: 'utf8' })).toMatch(/valid, 52 releases, 0 errors/)
  }, 60_000)

  it('holds the real release back for want of a date and takes it with a sidecar', () => {
    const held = pressroom('import', fileURLToPath(SEED_URL))
    expect(held.status).toBe(1)
    expect(held.stderr).toContain('held back: caspian-european-club-meeting.txt: no date: no date in the page')
    const folder = mkdtempSync(join(tmpdir(), 'pressroom-seed-'))
    copyFileSync(SEED_URL, join(folder, 'caspian-european-club-meeting.txt'))
    writeFileSync(join(folder, 'caspian-european-club-meeting.meta.json'), '{"date": "2020-10-02"}')
    const taken = pressroom('import', folder)
    expect(taken.status).toBe(0)
    expect(JSON.parse(taken.stdout).releases[0]).toMatchObject({ date: '2020-10-02', type: 'meeting' })
  }, 60_000)

  it('prints precision and recall of officials and organisations for the labelled and holdout sets', () => {
    const result = pressroom('eval-import')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/labelled set \(rules tuned on it\): tests\/fixtures\/import\/releases, \d+ releases\nentity +precision +recall/)
    expect(result.stdout).toMatch(/holdout set \(never tuned on\)/)
    expect(result.stdout).toMatch(/^officials +1\.000 +1\.000/m)
  }, 60_000)

  it('rejects unknown options with a usage message', () => {
    const result = pressroom('import', 'x', '--colour', 'red')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('unknown option --colour')
  })
})
