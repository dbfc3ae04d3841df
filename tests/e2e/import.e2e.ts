/**
 * Import a folder of release pages with the CLI, serve the corpus it writes
 * and search it in the built app: the facets are filled with the officials and
 * organisations discovery found (data/entities.json lists only two people),
 * and ticking one narrows the results. Screenshot:
 * test-results/screenshots/import-facets.png.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, origin, screenshot, watchErrors } from './support/browser.ts'

const CORPUS = 'test-results/imported/corpus.json'
let browser: Browser
let corpus: { releases: Array<{ id: string; officials?: string[]; organisations?: string[] }>; officials: Array<{ id: string; name: string }> }

function pressroom(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { encoding: 'utf8' })
}

beforeAll(async () => {
  const imported = pressroom('import', 'tests/fixtures/import/releases', '--date-from-filename')
  expect(imported.status, imported.stderr).toBe(0)
  mkdirSync('test-results/imported', { recursive: true })
  writeFileSync(CORPUS, imported.stdout)
  corpus = JSON.parse(imported.stdout)
  browser = await launchBrowser()
}, 120_000)
afterAll(async () => {
  await browser?.close()
})

describe('an imported folder in the app', () => {
  it('passes pressroom check', () => {
    const checked = pressroom('check', CORPUS)
    expect(checked.status, checked.stdout + checked.stderr).toBe(0)
  }, 60_000)

  it('is searchable, with officials and organisations found by discovery in its facets', async () => {
    const reiter = corpus.officials.find((o) => o.name === 'Johannes Reiter')
    expect(reiter).toBeDefined()
    const withReiter = corpus.releases.filter((r) => r.officials?.includes(reiter?.id as string))
    expect(withReiter.length).toBeGreaterThanOrEqual(2)

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${origin()}/?corpus=${encodeURIComponent('/__results/imported/corpus.json')}&q=${encodeURIComponent('regional director')}`)
    await page.locator('[data-release-id]').first().waitFor()
    const option = page.locator(`[data-facet="officials"][data-value="${reiter?.id}"]`)
    await option.waitFor()
    expect(await page.locator('[data-facet="organisations"][data-value="iom"]').count()).toBe(1)
    expect(await page.locator('[data-facet="officials"]').count()).toBeGreaterThanOrEqual(2)
    await screenshot(page, 'import-facets')

    await page.goto(`${origin()}/?corpus=${encodeURIComponent('/__results/imported/corpus.json')}`)
    await page.locator('[data-release-id]').first().waitFor()
    await page.waitForFunction(() => document.querySelector('section[data-total]')?.getAttribute('aria-busy') === 'false')
    const all = Number(await page.locator('section[data-total]').getAttribute('data-total'))
    expect(all).toBe(corpus.releases.length)
    await page.goto(`${origin()}/?corpus=${encodeURIComponent('/__results/imported/corpus.json')}&official=${reiter?.id}`)
    await page.waitForFunction(
      (expected) => document.querySelector('section[data-total]')?.getAttribute('data-total') === String(expected),
      withReiter.length,
    )
    const shown = await page.locator('[data-release-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-release-id')))
    expect(shown.sort()).toEqual(withReiter.map((r) => r.id).sort())
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)
})
