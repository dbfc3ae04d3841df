/**
 * The initial JavaScript budgets of DESIGN.md, read from the build: the app's
 * entry and what it imports statically (its modulepreloads), and the widget's
 * module with its static imports; lazily loaded chunks (other pages, date
 * formats, the widget's az and ru texts) and the worker are not initial.
 * Sizes, not times: they do not vary between runs.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const DIST = resolve('dist')
const BUDGET = { app: 90_000, widget: 70_000 }

/** Relative module paths a built module imports statically (`import{…}from"./x.js"`, `import"./x.js"`). */
function staticImports(code: string): string[] {
  const found: string[] = []
  for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) found.push(match[1] as string)
  return found
}

/** Gzip bytes of `entry` and every module it reaches by static imports. */
function initialGzipBytes(entry: string): { bytes: number; files: string[] } {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const path of staticImports(readFileSync(file, 'utf8'))) visit(resolve(dirname(file), path))
  }
  visit(entry)
  const files = [...seen]
  return { bytes: files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0), files }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

describe('initial JavaScript within budget', () => {
  it('finds static imports and leaves dynamic ones out', () => {
    expect(staticImports('import{a as e}from"./assets/x.js";import"./y.js";const m=()=>import("./lazy.js")')).toEqual(['./assets/x.js', './y.js'])
  })

  it(`the app: ≤ ${kB(BUDGET.app)} gzip`, () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8')
    const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1]
    expect(entry).toBeTruthy()
    const { bytes, files } = initialGzipBytes(join(DIST, entry as string))
    // Everything the page preloads is part of the first load too.
    for (const href of html.matchAll(/rel="modulepreload"[^>]*href="\/([^"]+)"/g)) expect(files).toContain(join(DIST, href[1] as string))
    expect(bytes, `app initial JavaScript ${kB(bytes)} in ${files.length} files`).toBeLessThanOrEqual(BUDGET.app)
  })

  it(`the widget: ≤ ${kB(BUDGET.widget)} gzip, its az and ru texts loaded only on demand`, () => {
    const { bytes, files } = initialGzipBytes(join(DIST, 'widget', 'pressroom-search.js'))
    expect(bytes, `widget initial JavaScript ${kB(bytes)} in ${files.length} files`).toBeLessThanOrEqual(BUDGET.widget)
    const initial = files.map((file) => readFileSync(file, 'utf8')).join('\n')
    expect(initial).toContain('Search press releases')
    expect(initial).not.toContain('Press-relizlərdə axtarış')
  })
})
