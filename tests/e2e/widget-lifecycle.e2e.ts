/**
 * Widgets that leave the page stop their search workers: each releases its
 * share of the worker client, and the last user of a client terminates it,
 * also when the corpus is still downloading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, origin, screenshot } from './support/browser.ts'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
  await page.goto(`${origin()}/__fixtures/widget-host.html`)
})
afterAll(async () => {
  await browser?.close()
})

/** Adds `count` widgets, each with a corpus URL of its own (so each gets its own worker). */
async function addWidgets(count: number, corpus: (i: number) => string): Promise<void> {
  const urls = Array.from({ length: count }, (_, i) => corpus(i))
  await page.evaluate((list) => {
    const host = document.getElementById('widgets') as HTMLElement
    for (const url of list) {
      const element = document.createElement('pressroom-search')
      element.setAttribute('corpus', url)
      element.setAttribute('page-size', '2')
      element.setAttribute('facets', 'none')
      host.append(element)
    }
  }, urls)
}

async function removeWidgets(): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('pressroom-search')) element.remove()
  })
}

/** Waits until the page has exactly `count` dedicated workers. */
async function expectWorkers(count: number): Promise<void> {
  for (let i = 0; page.workers().length !== count; i++) {
    if (i > 400) throw new Error(`expected ${count} workers, found ${page.workers().length}`)
    await page.waitForTimeout(25)
  }
  expect(page.workers()).toHaveLength(count)
}

describe('removing <pressroom-search> elements', () => {
  it('stops the workers of eight loaded widgets', async () => {
    await addWidgets(8, (i) => `/sample/corpus.json?widget=${i}`)
    const widgets = page.locator('pressroom-search')
    for (let i = 0; i < 8; i++) await widgets.nth(i).locator('[data-release-id]').first().waitFor()
    await expectWorkers(8)
    await screenshot(page, 'widget-eight-loaded')
    await removeWidgets()
    await expectWorkers(0)
  })

  it('stops the worker of a widget removed while its corpus is still downloading', async () => {
    await addWidgets(3, (i) => `/__stall/sample/corpus.json?widget=${i}`)
    await page.locator('pressroom-search').first().locator('[data-load-state="download"]').waitFor()
    await expectWorkers(3)
    await removeWidgets()
    await expectWorkers(0)
  })

  it('keeps a shared worker while one widget still uses it', async () => {
    await addWidgets(2, () => '/sample/corpus.json?shared')
    await page.locator('pressroom-search').nth(1).locator('[data-release-id]').first().waitFor()
    await expectWorkers(1)
    await page.evaluate(() => document.querySelector('pressroom-search')?.remove())
    const survivor = page.locator('pressroom-search')
    await expect(survivor.count()).resolves.toBe(1)
    // The remaining widget still searches on the shared worker.
    await survivor.locator('input[type="search"]').fill('agreement')
    await survivor.locator('[data-release-id]').first().waitFor()
    expect(page.workers()).toHaveLength(1)
    await removeWidgets()
    await expectWorkers(0)
  })
})
