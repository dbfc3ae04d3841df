/**
 * Whose text the app shows on its own address: `?corpus=` loads only http(s)
 * URLs on allowed origins (default: this one), refuses the rest with a clear
 * message, and names the host of an archive from another allowed site. The
 * app runs under its own strict Content-Security-Policy without violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, origin, screenshot, watchErrors } from './support/browser.ts'
import { startServer, type TestServer } from './support/server.ts'

let browser: Browser
/** A second deployment of the same build that allows corpora from the first server's `localhost` alias. */
let deployment: TestServer
let foreign: string

beforeAll(async () => {
  browser = await launchBrowser()
  // http://localhost:PORT is another origin than http://127.0.0.1:PORT, served by the same server.
  foreign = origin().replace('127.0.0.1', 'localhost')
  deployment = await startServer({
    root: 'dist',
    fixtures: 'tests/fixtures/e2e',
    examples: 'examples',
    transformHtml: (html) =>
      html
        .replace('<meta name="pressroom-corpus-origins" content="" />', `<meta name="pressroom-corpus-origins" content="${foreign}" />`)
        .replace("connect-src 'self' ;", `connect-src 'self' ${foreign};`),
  })
})
afterAll(async () => {
  await browser?.close()
  await deployment?.close()
})

/** Opens a page in a context with this browser language, collecting CSP violations reported in the console. */
async function open(url: string, locale = 'en'): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 1200, height: 850 } })
  const page = await context.newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text())
  })
  const errors = watchErrors(page)
  await page.goto(url)
  return { page, violations, errors }
}

const INVENTED = encodeURIComponent(
  JSON.stringify({
    schema: 'announcements/v1',
    source: { name: 'State Migration Service (official)' },
    releases: [{ id: 'fake-1', date: '2026-01-01', title: 'An invented statement', body: 'Words nobody published.' }],
  }),
)

describe('?corpus= addresses the app refuses', () => {
  for (const locale of ['en', 'az', 'ru']) {
    it(`refuses a data: URL with a clear message (${locale})`, async () => {
      const { page } = await open(`${origin()}/?corpus=data:application/json,${INVENTED}`, locale)
      const alert = page.locator('[data-load-state="failed"][data-failure="refused"]')
      await alert.waitFor()
      expect(await alert.innerText()).toContain('data:')
      expect(await page.getByText('An invented statement').count()).toBe(0)
      expect(await alert.locator('button').count()).toBe(0)
      await screenshot(page, `corpus-refused-data-${locale}`)
      await page.context().close()
    })
  }

  it('refuses blob: and javascript: URLs', async () => {
    for (const corpus of ['blob:http://127.0.0.1/abc', 'javascript:alert(1)']) {
      const { page } = await open(`${origin()}/?corpus=${encodeURIComponent(corpus)}`)
      const alert = page.locator('[data-load-state="failed"][data-failure="refused"]')
      await alert.waitFor()
      expect(await alert.innerText()).toContain(corpus.slice(0, corpus.indexOf(':') + 1))
      await page.context().close()
    }
  })

  it('refuses another origin that the deployment does not list', async () => {
    const { page } = await open(`${origin()}/?corpus=${foreign}/sample/corpus.json`)
    const alert = page.locator('[data-load-state="failed"][data-failure="refused"]')
    await alert.waitFor()
    expect(await alert.innerText()).toContain(foreign)
    expect(await page.locator('[data-release-id]').count()).toBe(0)
    await page.context().close()
  })
})

describe('an archive from another allowed origin', () => {
  for (const locale of ['en', 'az', 'ru']) {
    it(`loads, with a visible banner naming its host (${locale})`, async () => {
      const { page, violations } = await open(`${deployment.origin}/?corpus=${foreign}/sample/corpus.json`, locale)
      await page.locator('[data-release-id]').first().waitFor()
      const banner = page.locator('[data-corpus-origin]')
      expect(await banner.isVisible()).toBe(true)
      expect(await banner.innerText()).toContain(new URL(foreign).host)
      expect(violations).toEqual([])
      await screenshot(page, `corpus-other-origin-${locale}`)
      await page.context().close()
    })
  }

  it('shows the banner in the frame too, and none for this origin’s own archive', async () => {
    const { page } = await open(`${deployment.origin}/embed?corpus=${foreign}/sample/corpus.json&page-size=3`)
    await page.locator('[data-release-id]').first().waitFor()
    expect(await page.locator('[data-corpus-origin]').innerText()).toContain(new URL(foreign).host)
    await page.goto(`${deployment.origin}/`)
    await page.locator('[data-release-id]').first().waitFor()
    expect(await page.locator('[data-corpus-origin]').count()).toBe(0)
    await page.context().close()
  })
})

describe('the app under its own Content-Security-Policy', () => {
  it('ships the policy in index.html', async () => {
    const { page } = await open(`${origin()}/`)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
    await page.context().close()
  })

  it('loads, searches, opens a release and the frame without a violation', async () => {
    const { page, violations, errors } = await open(`${origin()}/`)
    await page.locator('[data-release-id]').first().waitFor()
    await page.locator('input[type="search"]').first().fill('agreement')
    await page.locator('input[type="search"]').first().press('Enter')
    await page.waitForURL(/q=agreement/)
    await page.locator('[data-release-id] a').first().click()
    await page.waitForURL(/\/releases\//)
    await page.locator('h1').first().waitFor()
    await page.goto(`${origin()}/embed?organisation=iom&page-size=3`)
    await page.locator('[data-release-id]').first().waitFor()
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })
})
