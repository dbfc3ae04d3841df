/**
 * Corpus text cannot break the page: a 1 MB word wraps instead of making the
 * page millions of pixels wide, and bidi controls in titles and names are
 * shown as a visible mark (U+FFFD), never obeyed.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, origin, screenshot } from './support/browser.ts'
import { RLO } from './support/breakingCorpus.ts'

const CORPUS = '/__breaking-corpus.json'
const WIDTH = 1000
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
})
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } })
})
afterEach(async () => {
  await page.close()
})
afterAll(async () => {
  await browser?.close()
})

/** The page's scrollable width; more than the viewport means something did not wrap. */
const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth)
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/

describe('long words', () => {
  for (const [name, path, ready] of [
    ['search page', `/?corpus=${CORPUS}`, '[data-release-id="long-word"]'],
    ['release page', `/releases/long-word?corpus=${CORPUS}`, '.release-body'],
    ['organisation page', `/organisations/long-org?corpus=${CORPUS}`, 'h1'],
    ['topic page', `/topics/long-topic?corpus=${CORPUS}`, 'h1'],
    ['official page', `/officials/bidi-official?corpus=${CORPUS}`, 'h1'],
  ] as const) {
    it(`wrap on the ${name}`, async () => {
      await page.goto(`${origin()}${path}`)
      await page.locator(ready).first().waitFor()
      expect(await pageWidth()).toBeLessThanOrEqual(WIDTH)
      await screenshot(page, `breaking-text-${name.replace(' ', '-')}`, { fullPage: false })
    })
  }

  it('wrap inside the widget', async () => {
    await page.goto(`${origin()}/__fixtures/widget-host.html`)
    await page.evaluate((corpus) => {
      const element = document.createElement('pressroom-search')
      element.setAttribute('corpus', corpus)
      document.getElementById('widgets')?.append(element)
    }, CORPUS)
    await page.locator('pressroom-search [data-release-id="long-word"]').waitFor()
    expect(await pageWidth()).toBeLessThanOrEqual(WIDTH)
    await page.locator('pressroom-search [data-release-id="long-word"] a').first().click()
    await page.locator('pressroom-search .release-body').waitFor()
    expect(await pageWidth()).toBeLessThanOrEqual(WIDTH)
  })
})

describe('bidi controls in corpus text', () => {
  it('are shown as a mark, not obeyed, in results, names and the release page', async () => {
    await page.goto(`${origin()}/?corpus=${CORPUS}`)
    const hit = page.locator('[data-release-id="bidi"]')
    await hit.waitFor()
    const title = await hit.locator('.result__title').innerText()
    expect(title).toContain('gnp.exe')
    expect(title).not.toMatch(BIDI_CONTROLS)
    expect(title).toContain('\uFFFD')
    const facet = await page.locator('[data-facet="organisations"][data-value="bidi-org"]').innerText()
    expect(facet).not.toMatch(BIDI_CONTROLS)
    await screenshot(page, 'breaking-text-bidi-results')
    await page.goto(`${origin()}/releases/bidi?corpus=${CORPUS}`)
    await page.locator('.release-body').waitFor()
    const text = await page.locator('main').innerText()
    expect(text).toContain('gnp.exe')
    expect(text).not.toMatch(BIDI_CONTROLS)
    expect(text).not.toContain(RLO)
    await page.goto(`${origin()}/officials/bidi-official?corpus=${CORPUS}`)
    await page.locator('h1').waitFor()
    expect(await page.locator('main').innerText()).not.toMatch(BIDI_CONTROLS)
  })

  it('are isolated from the text around them', async () => {
    await page.goto(`${origin()}/?corpus=${CORPUS}`)
    const bdi = page.locator('[data-release-id="bidi"] .result__title bdi')
    await bdi.waitFor()
    expect(await bdi.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate')
  })
})
