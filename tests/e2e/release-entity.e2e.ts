/**
 * Release pages, entity pages, export and feeds in Chromium against the
 * production build and the sample archive: a journalist's and a researcher's
 * journey, prev/next through results, print, feeds, and axe-core on every
 * page type. Screenshots go to test-results/screenshots/release-entity-*.png.
 */
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser, origin, screenshot, watchErrors } from './support/browser.ts'
import { parseCsv } from '../support/csv.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() })
  const page = await context.newPage()
  const errors = watchErrors(page)
  await page.goto(origin() + path)
  return { page, errors }
}

async function close(page: Page): Promise<void> {
  await page.context().close()
}

/** Waits for the search page to show results over the whole archive (it shows the newest while reading) and returns its data-total. */
async function searchTotal(page: Page): Promise<number> {
  await page.locator('[data-release-id]').first().waitFor()
  await page.waitForFunction(() => {
    const results = document.querySelector('[data-total]')
    return results?.getAttribute('aria-busy') !== 'true' && results?.getAttribute('data-indexed') === 'all'
  })
  return Number(await page.locator('[data-total]').getAttribute('data-total'))
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([])
}

describe('journalist: release page', () => {
  it('opens a release from a search, highlights the terms, copies its citation and follows an official', async () => {
    const { page, errors } = await open('/?q=IOM')
    await searchTotal(page)
    // Relevance order is final once the whole archive is indexed.
    await page.waitForFunction(() => {
      const results = document.querySelector('section[data-total]')
      return results?.getAttribute('data-indexed') === 'all' && results.getAttribute('aria-busy') === 'false'
    }, undefined, { timeout: 30_000 })
    await searchTotal(page)
    const id = await page.locator('[data-release-id]').first().getAttribute('data-release-id')
    await page.goto(`${origin()}/releases/${id}?q=IOM`)
    const article = page.locator(`article[data-release-id="${id}"]`)
    await article.waitFor()
    expect(await page.locator('article mark').count()).toBeGreaterThan(0)
    await page.locator('[data-position]').waitFor()
    expect(await page.locator('[data-position]').innerText()).toMatch(/^Result 1 of [\d,]+$/)
    const title = await article.locator('h1').innerText()
    expect(await page.title()).toBe(`${title} · Pressroom`)

    await page.locator('.citation__item').nth(1).getByRole('button', { name: 'Copy citation' }).click()
    await page.getByText('Citation copied to the clipboard.').waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain(`[Press release]. Retrieved `)
    expect(copied).toContain(`${origin()}/releases/${id}`)
    expect(copied).toBe(await page.locator('[data-citation="apa"]').innerText())
    await screenshot(page, 'release-entity-release')
    await expectNoAxeViolations(page)

    const official = page.locator('[data-entity="officials"]').first()
    const name = await official.innerText()
    await official.click()
    await page.locator('article[data-entity="officials"] h1').waitFor()
    expect(await page.locator('h1').innerText()).toBe(name)
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toMatch(/^\/feeds\/officials\/.+\.xml$/)
    expect(errors).toEqual([])
    await close(page)
  })

  it('steps to the next result and back to the list', async () => {
    const { page } = await open('/?organisation=iom')
    await searchTotal(page)
    const ids = await page.locator('[data-release-id]').evaluateAll((els) => els.slice(0, 2).map((el) => el.getAttribute('data-release-id')))
    await page.goto(`${origin()}/releases/${ids[0]}?organisation=iom`)
    await page.locator('[data-neighbour="next"]').click()
    await page.locator(`article[data-release-id="${ids[1]}"]`).waitFor()
    await page.waitForFunction(() => document.querySelector('[data-position]')?.textContent?.startsWith('Result 2 of'))
    expect(await page.locator('[data-neighbour="previous"]').getAttribute('href')).toBe(`/releases/${ids[0]}?organisation=iom`)
    await page.getByRole('link', { name: 'Back to the results' }).click()
    await page.waitForURL(`${origin()}/?organisation=iom`)
    await close(page)
  })

  it('prints as a clean article and says when a release does not exist', async () => {
    const { page } = await open('/?q=')
    await searchTotal(page)
    const id = await page.locator('[data-release-id]').first().getAttribute('data-release-id')
    await page.goto(`${origin()}/releases/${id}`)
    await page.locator('article[data-release-id]').waitFor()
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(await page.locator('.neighbours').isVisible()).toBe(false)
    expect(await page.locator('[data-citation="apa"]').isVisible()).toBe(true)
    await screenshot(page, 'release-entity-print')
    await page.emulateMedia({ media: 'screen' })

    await page.goto(`${origin()}/releases/no-such-release`)
    await page.locator('[data-not-found]').waitFor()
    expect(await page.locator('h1').innerText()).toBe('Release not found')
    await expectNoAxeViolations(page)
    await close(page)
  })
})

describe('researcher: entity pages and export', () => {
  it('goes from the IOM page to the chief in two clicks, with both filters and the same count', async () => {
    const { page, errors } = await open('/organisations')
    await page.getByLabel('Filter by name').fill('IOM')
    await page.locator('[data-entity-id="iom"] a').click()
    await page.locator('article[data-entity="organisations"]').waitFor()
    const link = page.locator('[data-companion="officials"][data-value="vusal-huseynov"]')
    await link.waitFor()
    const shared = Number((await link.locator('.companions__count').innerText()).replace(/\D/g, ''))
    expect(shared).toBeGreaterThan(0)
    await screenshot(page, 'release-entity-organisation')
    await expectNoAxeViolations(page)

    await link.click()
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('organisation') === 'iom' && url.searchParams.get('official') === 'vusal-huseynov')
    expect(await searchTotal(page)).toBe(shared)
    expect(errors).toEqual([])
    await close(page)
  })

  it('exports the whole filtered result set as CSV with one row per release', async () => {
    const { page } = await open('/?organisation=iom&from=2015')
    const total = await searchTotal(page)
    expect(total).toBeGreaterThan(20)
    await page.locator('.export-menu summary').click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()])
    expect(download.suggestedFilename()).toMatch(/^pressroom-\d{4}-\d{2}-\d{2}-iom-from-2015-01-01\.csv$/)
    const text = await readFile(await download.path(), 'utf8')
    expect(text.startsWith('\uFEFFid,date,lang,type,title,')).toBe(true)
    const rows = parseCsv(text.slice(1))
    expect(rows.length - 1).toBe(total)
    const ids = new Set(rows.slice(1).map((r) => r[0]))
    expect(ids.size).toBe(total)
    expect(rows.slice(1).every((r) => (r[8] ?? '').split(';').includes('iom') && (r[1] ?? '') >= '2015-01-01')).toBe(true)
    await page.getByText(/Downloaded [\d,]+ releases/).waitFor()
    await close(page)
  })

  it('serves the Atom feed an entity page links to', async () => {
    const { page } = await open('/organisations/iom')
    await page.locator('article[data-entity="organisations"] h1').waitFor()
    const href = await page.locator('head link[type="application/atom+xml"]').getAttribute('href')
    const response = await page.request.get(origin() + href)
    expect(response.status()).toBe(200)
    const xml = await response.text()
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    expect((xml.match(/<entry[ >]/g) ?? []).length).toBeGreaterThan(0)
    await close(page)
  })

  it('has A–Z index pages and entity pages for each kind that pass axe-core, also on a phone', async () => {
    for (const facet of ['officials', 'organisations', 'topics'] as const) {
      const { page } = await open(`/${facet}`)
      await page.locator('.index-groups li').first().waitFor()
      await page.locator('.index-groups__count:not(.index-groups__count--none)').first().waitFor()
      await expectNoAxeViolations(page)
      await screenshot(page, `release-entity-index-${facet}`)
      await page.locator('.index-groups li a').first().click()
      await page.locator(`article[data-entity="${facet}"]`).waitFor()
      await page.locator('[data-entity-total]:not([data-entity-total=""])').waitFor()
      await expectNoAxeViolations(page)
      await close(page)
    }
    const { page } = await open('/officials/vusal-huseynov', 360)
    await page.locator('.timeline').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await screenshot(page, 'release-entity-official-phone')
    await close(page)
  })
})
