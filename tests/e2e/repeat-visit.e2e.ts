/**
 * A repeat visit in Chromium: the second load of the same archive in the same
 * browser profile starts from the index and browse structures cached in
 * IndexedDB, and answers exactly as the first visit did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, origin, watchErrors } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Records the worker's `indexed` messages in `window.__indexed`, before the app starts. */
const RECORD_INDEXED = `(() => {
  const Original = window.Worker;
  window.__indexed = [];
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (event.data && event.data.type === 'indexed') window.__indexed.push({ indexed: event.data.indexed, total: event.data.total, fromCache: event.data.fromCache });
      });
    }
  };
})()`

interface Indexed {
  indexed: number
  total: number
  fromCache: boolean
}

async function indexedEvents(page: Page): Promise<Indexed[]> {
  return page.evaluate(() => (window as unknown as { __indexed: Indexed[] }).__indexed)
}

/** Loads the page and waits for results over the whole archive; returns the total and the ids shown. */
async function visit(page: Page, url: string): Promise<{ total: string | null; ids: string[] }> {
  await page.goto(url)
  await page.waitForFunction(() => {
    const results = document.querySelector('section[data-total]')
    return results?.getAttribute('data-indexed') === 'all' && results.getAttribute('aria-busy') === 'false'
  }, undefined, { timeout: 30_000 })
  return {
    total: await page.locator('section[data-total]').getAttribute('data-total'),
    ids: await page.locator('[data-release-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-release-id') ?? '')),
  }
}

/** True once the worker has stored an entry in IndexedDB (never creates the database itself). */
async function cacheWritten(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name)
    if (!names.includes('pressroom')) return false
    return new Promise<boolean>((resolve) => {
      const open = indexedDB.open('pressroom')
      open.onerror = () => resolve(false)
      open.onsuccess = () => {
        const db = open.result
        if (!db.objectStoreNames.contains('indexes')) {
          db.close()
          resolve(false)
          return
        }
        const count = db.transaction('indexes').objectStore('indexes').count()
        count.onsuccess = () => {
          db.close()
          resolve(count.result > 0)
        }
      }
    })
  })
}

describe('repeat visit', () => {
  it('starts from the cached index and answers as the first visit did', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    try {
      await context.addInitScript({ content: RECORD_INDEXED })
      const page = await context.newPage()
      const errors = watchErrors(page)
      const url = `${origin()}/?q=${encodeURIComponent('migration')}`
      const first = await visit(page, url)
      expect((await indexedEvents(page)).some((e) => e.fromCache)).toBe(false)
      await expect.poll(() => cacheWritten(page), { timeout: 30_000, interval: 200 }).toBe(true)

      const second = await visit(page, url)
      const events = await indexedEvents(page)
      expect(events.some((e) => e.fromCache && e.indexed === e.total)).toBe(true)
      expect(events.some((e) => !e.fromCache)).toBe(false)
      expect(second).toEqual(first)
      expect(Number(second.total)).toBeGreaterThan(0)
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  })
})
