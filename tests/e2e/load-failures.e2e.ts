/**
 * A corpus address that answers with an error status or a web page shows its
 * error as soon as the answer arrives: the test server sends the headers and
 * the first bytes and then never ends the body, so an error that waited for the
 * whole body, or for the stall timeout, would say something else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, origin, screenshot } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function open(path: string, locale = 'en'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1100, height: 700 } })
  const page = await context.newPage()
  await page.goto(`${origin()}${path}`)
  return page
}

describe('a corpus URL that answers with an error', () => {
  for (const [status, kind] of [['404', 'html'], ['500', 'text']] as const) {
    it(`shows ${status} while the error page is still arriving, with a retry`, async () => {
      const page = await open(`/?corpus=/__drip/${status}/${kind}`)
      const alert = page.locator('[data-load-state="failed"]')
      await alert.waitFor()
      expect(await alert.getAttribute('data-failure')).toBe('http')
      expect(await alert.innerText()).toContain(status)
      expect(await alert.getByRole('button').count()).toBe(1)
      await page.context().close()
    })
  }

  for (const locale of ['en', 'az', 'ru']) {
    it(`names a web page where the archive was expected, at its first bytes (${locale})`, async () => {
      const page = await open('/?corpus=/__drip/200/html', locale)
      const alert = page.locator('[data-load-state="failed"]')
      await alert.waitFor()
      expect(await alert.getAttribute('data-failure')).toBe('html')
      expect(await alert.innerText()).toContain('HTML')
      expect(await alert.innerText()).toContain('/__drip/200/html')
      await screenshot(page, `load-failure-html-${locale}`)
      await page.context().close()
    })
  }

  it('shows the same inside the widget', async () => {
    const page = await open('/__fixtures/widget-host.html')
    await page.evaluate(() => {
      const element = document.createElement('pressroom-search')
      element.setAttribute('corpus', '/__drip/200/html')
      document.getElementById('widgets')?.append(element)
    })
    const alert = page.locator('pressroom-search [data-load-state="failed"]')
    await alert.waitFor()
    expect(await alert.getAttribute('data-failure')).toBe('html')
    await page.context().close()
  })
})
