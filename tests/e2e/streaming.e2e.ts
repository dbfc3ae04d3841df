import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, origin, screenshot, watchErrors } from './support/browser.ts'
import { SearchEngine } from '../../src/core/search/engine.ts'
import { validateSearchRequest } from '../../src/core/request/schema.ts'
import type { Corpus } from '../../src/core/corpus/types.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The sample archive as built: written newest first. */
const sample = JSON.parse(readFileSync('dist/sample/corpus.json', 'utf8')) as { releases: Array<{ id: string }> }

describe('a slowly served archive', () => {
  it('shows its newest releases before the download ends, with a progress bar that takes no room and then goes away', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors = watchErrors(page)
    // Workers started, and whether each has stopped (the counting worker stops once the index is built).
    const workers = new Map<string, boolean>()
    page.on('worker', (worker) => {
      const name = new URL(worker.url()).pathname.split('/').pop() ?? ''
      workers.set(name, false)
      worker.on('close', () => workers.set(name, true))
    })
    // The server sends the head of the archive and holds the rest until the test lets it go.
    await page.goto(`${origin()}/?corpus=/__held/newest/sample/corpus.json`)
    await page.locator('[data-release-id]').first().waitFor()

    // The bar has no height of its own (it lies over the page's top padding): attached, not "visible".
    const bar = page.locator('[data-corpus-progress="download"]')
    await bar.waitFor({ state: 'attached' })
    expect(await bar.getByRole('progressbar', { name: 'Loading the archive' }).count()).toBe(1)
    const results = page.locator('[data-total]')
    expect(await results.getAttribute('data-indexed')).toBe('partial')
    const shown = await page.locator('[data-release-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-release-id')))
    expect(shown).toEqual(sample.releases.slice(0, shown.length).map((r) => r.id))
    expect(Number(await results.getAttribute('data-total'))).toBeLessThan(sample.releases.length)
    // Loading never takes the focus.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-corpus-progress]') ?? null)).toBeNull()
    const top = (await results.boundingBox())?.y
    // The years keep arriving: the histogram waits in its room rather than redrawing its bars.
    expect(await page.locator('figure.histogram').count()).toBe(0)
    const list = page.locator('[data-release-id]').first()
    const listTop = (await list.boundingBox())?.y
    await screenshot(page, 'streaming-newest-while-downloading', { fullPage: false })

    const letGo = await fetch(`${origin()}/__let-go/newest`)
    expect(await letGo.text()).toBe('1')
    await page.locator('[data-corpus-progress]').waitFor({ state: 'detached', timeout: 60_000 })
    await page.locator('[data-total][data-indexed="all"]').waitFor()
    expect(Number(await results.getAttribute('data-total'))).toBe(sample.releases.length)
    // The indexing was shared with a counting worker, started once the first releases were on screen; it has stopped.
    const counting = [...workers].find(([name]) => name.startsWith('count.worker'))
    expect(counting).toBeDefined()
    await expect.poll(() => workers.get(counting?.[0] ?? '')).toBe(true)
    // And the full text answers as the search worker alone would: every release holding the word, found.
    await page.locator('input[type="search"]').fill('reunification')
    await page.waitForURL((u) => u.searchParams.get('q') === 'reunification')
    await page.waitForFunction(() => document.querySelector('section[data-total]')?.getAttribute('aria-busy') === 'false')
    const alone = SearchEngine.fromCorpus(sample as unknown as Corpus)
    while (!alone.isFullyIndexed) alone.indexChunk(500)
    const expected = alone.search(validateSearchRequest({ q: 'reunification' }).request).total
    expect(expected).toBeGreaterThan(0)
    expect(Number(await results.getAttribute('data-total'))).toBe(expected)
    // The bar's leaving moved nothing.
    expect((await results.boundingBox())?.y).toBe(top)
    // The histogram took the room kept for it: the list below did not move.
    await page.locator('figure.histogram').waitFor()
    expect((await list.boundingBox())?.y).toBe(listTop)
    await screenshot(page, 'streaming-loaded', { fullPage: false })
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('a download broken off by the network', () => {
  it('is taken up again from where it broke, and the whole archive loads without a word of failure', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors = watchErrors(page)
    await page.goto(`${origin()}/?corpus=/__breaks-once/cut/sample/corpus.json`)
    await page.locator('[data-total][data-indexed="all"]').waitFor({ timeout: 60_000 })
    expect(Number(await page.locator('[data-total]').getAttribute('data-total'))).toBe(sample.releases.length)
    // One more request, for the rest only.
    const ranges = (await (await fetch(`${origin()}/__broken/cut`)).json()) as string[]
    expect(ranges).toHaveLength(1)
    expect(ranges[0]).toMatch(/^bytes=\d+-$/)
    expect(Number(/\d+/.exec(ranges[0] ?? '')?.[0])).toBeGreaterThan(0)
    expect(await page.locator('[data-load-state="failed"], [role="alert"]').count()).toBe(0)
    expect(errors.filter((e) => !/ERR_CONTENT_LENGTH_MISMATCH|Failed to load resource/.test(e))).toEqual([])
    await page.close()
  })
})
