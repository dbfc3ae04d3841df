import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, origin, screenshot, watchErrors } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const errors = watchErrors(page)
  await page.goto(origin() + path)
  return { page, errors }
}

describe('first page', () => {
  it('shows the newest releases of the sample archive', async () => {
    const { page, errors } = await open('/')
    const first = page.locator('[data-release-id]').first()
    await first.waitFor()
    // The newest releases show while the archive is still read; the count is complete once it is.
    await page.locator('[data-total][data-indexed="all"]').waitFor({ timeout: 30_000 })
    const total = Number(await page.locator('[data-total]').getAttribute('data-total'))
    expect(total).toBeGreaterThan(2500)
    const dates = await page.locator('[data-release-id] time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))
    expect(dates.length).toBeGreaterThan(5)
    expect([...dates].sort().reverse()).toEqual(dates)
    await screenshot(page, 'first-page-sample')
    expect(errors).toEqual([])
    await page.close()
  })

  it('lists the problems of an invalid corpus and keeps its valid releases', async () => {
    const { page, errors } = await open('/?corpus=/__fixtures/invalid-corpus.json')
    await page.locator('[data-corpus-problems]').waitFor()
    const text = await page.locator('[data-corpus-problems]').innerText()
    expect(text).toContain('releases[1].date: "2020-13-01" is not a calendar date')
    expect(text).toContain('releases[3].id: "r1" is a duplicate of releases[0].id')
    expect(text).toContain('releases[2].organisations[1]: "unknown-org" is not the id of any entry in organisations')
    await page.locator('[data-release-id="r5"]').waitFor()
    expect(await page.locator('[data-total]').getAttribute('data-total')).toBe('3')
    expect(await page.locator('[data-release-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-release-id')))).toEqual(['r1', 'r3', 'r5'])
    await screenshot(page, 'first-page-invalid-corpus')
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows an error with a retry when the corpus is missing', async () => {
    const { page } = await open('/?corpus=/__status/404')
    const alert = page.locator('[data-load-state="failed"]')
    await alert.waitFor()
    expect(await alert.innerText()).toContain('404')
    await screenshot(page, 'first-page-404')
    const again = page.waitForRequest((request) => request.url().endsWith('/__status/404'))
    await page.getByRole('button', { name: 'Try again' }).click()
    await again
    await alert.waitFor()
    await page.close()
  })

  it('says a truncated corpus is truncated, and keeps the newest releases read before the break', async () => {
    const { page } = await open('/?corpus=/__truncated/sample/corpus.json')
    const problems = page.locator('[data-corpus-problems]')
    await problems.waitFor()
    expect(await problems.innerText()).toMatch(/not valid JSON/)
    expect(await problems.innerText()).toContain('the releases before the break are kept')
    await page.locator('[data-total][data-indexed="all"]').waitFor({ timeout: 30_000 })
    expect(Number(await page.locator('[data-total]').getAttribute('data-total'))).toBeGreaterThan(100)
    await screenshot(page, 'first-page-truncated')
    await page.close()
  })

  it('starts one worker, for the corpus the address names, never for the sample first', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    let workers = 0
    page.on('worker', () => workers++)
    const corpora: string[] = []
    page.context().on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (path.endsWith('.json')) corpora.push(path)
    })
    await page.goto(origin() + '/?corpus=/__fixtures/hostile-corpus.json')
    await page.locator('[data-release-id="x1"]').waitFor()
    expect(corpora).toEqual(['/__fixtures/hostile-corpus.json'])
    expect(workers).toBe(1)
    await page.close()
  })

  it('shows hostile corpus text as text and never runs it', async () => {
    const { page } = await open('/?corpus=/__fixtures/hostile-corpus.json')
    await page.locator('[data-release-id="x1"]').waitFor()
    expect(await page.locator('[data-release-id="x1"]').innerText()).toContain('<img src=x onerror=')
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0)
    await page.close()
  })
})
