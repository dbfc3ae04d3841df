/**
 * The repository is self-contained: a clone with nothing beside it must build
 * and pass its tests. This test reads every tracked source, test, script and
 * config file and fails when a relative path in it climbs out of the
 * repository, or when it names a machine path of a developer's workplace.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const CHECKED = /\.(ts|js|mjs|cjs|vue|json|sh|html)$|^\.ci\//
const RELATIVE_PATH = /['"`]((?:\.\.?\/)+[^'"`\s]*)['"`]/g
const MACHINE_PATH = /(?:^|[\s'"`(])\/(?:work|tmp\/realcorpus)\//m

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  return out.split('\n').filter((file) => file && CHECKED.test(file) && !file.endsWith('package-lock.json'))
}

/** Paths in `file` that resolve outside the repository. */
function escapingPaths(file: string, text: string): string[] {
  const escapes: string[] = []
  for (const match of text.matchAll(RELATIVE_PATH)) {
    const target = resolve(ROOT, dirname(file), match[1]!)
    const fromRoot = relative(ROOT, target)
    if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`)) escapes.push(match[1]!)
  }
  if (MACHINE_PATH.test(text)) escapes.push('a machine path outside the repository')
  return escapes
}

describe('the repository', () => {
  it('has no path in its files that leaves the repository', () => {
    const files = trackedFiles()
    expect(files.length).toBeGreaterThan(50)
    const offenders = files.flatMap((file) =>
      escapingPaths(file, readFileSync(resolve(ROOT, file), 'utf8')).map((path) => `${file}: ${path}`),
    )
    expect(offenders).toEqual([])
  })

  // The bad examples are assembled at run time so that this file passes its own check.
  it('notices a path that climbs out of it', () => {
    const outside = `${'../'.repeat(4)}${'sha' + 'red'}/seed/x.txt`
    expect(escapingPaths('tests/unit/import/fixtures.ts', `new URL('${outside}', import.meta.url)`)).toEqual([outside])
    expect(escapingPaths('tests/unit/import/fixtures.ts', "new URL('../../../data/seed/x.txt', import.meta.url)")).toEqual([])
    const machinePath = ['', 'work', 'seed', 'x.txt'].join('/')
    expect(escapingPaths('src/cli/main.ts', `readFileSync('${machinePath}')`)).toHaveLength(1)
  })
})
