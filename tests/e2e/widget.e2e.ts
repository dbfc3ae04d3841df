import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { axeViolations, launchBrowser, origin, screenshot, watchErrors } from './support/browser.ts'

let browser: Browser
let page: Page
let errors: string[]
let corpusRequests: string[]

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
  errors = watchErrors(page)
  corpusRequests = []
  page.on('request', (request) => {
    if (request.url().endsWith('/sample/corpus.json') && request.frame() === page.mainFrame()) corpusRequests.push(request.url())
  })
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto(`${origin()}/__fixtures/hostile-host.html`)
})
afterAll(async () => {
  await browser?.close()
})

/** A locator inside a widget's shadow root (Playwright pierces open shadow roots). */
const inWidget = (id: string, selector: string): Locator => page.locator(`pressroom-search#${id}`).locator(selector)

async function total(id: string): Promise<number> {
  const region = inWidget(id, '[data-total]')
  await inWidget(id, '[data-release-id]').first().waitFor()
  return Number(await region.getAttribute('data-total'))
}

describe('<pressroom-search> on a hostile host page with a strict CSP', () => {
  it('shows preset-filtered results in each widget independently', async () => {
    const iom = await total('first')
    const agreements = await total('second')
    expect(iom).toBeGreaterThan(0)
    expect(agreements).toBeGreaterThan(0)
    expect(iom).not.toBe(agreements)
    expect(await inWidget('first', '[data-release-id]').count()).toBe(5)
    expect(await inWidget('second', '[data-release-id]').count()).toBe(3)
    // Presets are not offered as facets; the chosen panels are.
    expect(await inWidget('first', '[data-facet="organisations"]').count()).toBe(0)
    expect(await inWidget('first', '[data-facet="officials"]').count()).toBeGreaterThan(0)
    expect(await inWidget('second', '[data-facet]').count()).toBe(0)
    await screenshot(page, 'widget-hostile-host')
  })

  it('shares one download between widgets with the same corpus', () => {
    expect(corpusRequests).toHaveLength(1)
  })

  it('keeps the host page CSS out and its own CSS in', async () => {
    const link = inWidget('first', '[data-release-id] a').first()
    const style = await link.evaluate((el) => {
      const s = getComputedStyle(el)
      return { color: s.color, fontSize: s.fontSize }
    })
    expect(style.color).not.toBe('rgb(255, 0, 0)')
    expect(style.fontSize).not.toBe('40px')
    expect(await inWidget('first', 'input[type="search"]').isVisible()).toBe(true)
    const hostButton = await page.locator('#host-button').evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(hostButton).toBe('rgb(0, 255, 0)')
  })

  it('shows a specific message for bad attributes and still works', async () => {
    const problems = inWidget('broken', '[data-widget-problems]')
    await problems.waitFor()
    const text = await problems.innerText()
    expect(text).toContain('page-size="lots"')
    expect(text).toContain('theme="neon"')
    expect(await total('broken')).toBeGreaterThan(0)
  })

  it('follows attribute changes', async () => {
    const before = await total('first')
    await page.locator('pressroom-search#first').evaluate((el) => el.setAttribute('organisation', 'unhcr'))
    await page.waitForFunction(
      (old) => {
        const host = document.querySelector('#first')
        const value = host?.shadowRoot?.querySelector('[data-total]')?.getAttribute('data-total')
        return value !== undefined && value !== null && Number(value) !== old
      },
      before,
    )
    expect(await total('first')).not.toBe(before)
  })

  it('searches within its presets', async () => {
    const box = inWidget('second', 'input[type="search"]')
    const before = await total('second')
    await box.fill('memorandum')
    await box.press('Enter')
    await page.waitForFunction(
      (old) => Number(document.querySelector('#second')?.shadowRoot?.querySelector('[data-total]')?.getAttribute('data-total')) !== old,
      before,
    )
    const after = await total('second')
    expect(after).toBeLessThanOrEqual(before)
  })

  it('keeps to a preset period', async () => {
    const before = await total('second')
    await page.locator('pressroom-search#second').evaluate((el) => {
      el.setAttribute('from', '2019')
      el.setAttribute('to', '2021')
    })
    await page.waitForFunction(
      (old) => Number(document.querySelector('#second')?.shadowRoot?.querySelector('[data-total]')?.getAttribute('data-total')) !== old,
      before,
    )
    const dates = await inWidget('second', '[data-release-id] time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))
    expect(dates.length).toBeGreaterThan(0)
    for (const date of dates) expect(date >= '2019-01-01' && date <= '2021-12-31').toBe(true)
  })

  it('resizes the iframe to the height its content reports', async () => {
    await page.waitForFunction(() => {
      const frame = document.querySelector<HTMLIFrameElement>('#frame')
      return frame !== null && frame.style.height !== '300px'
    })
    const frame = page.frameLocator('#frame')
    await frame.locator('[data-release-id]').first().waitFor()
    const height = await page.locator('#frame').evaluate((el) => parseInt((el as HTMLElement).style.height, 10))
    expect(height).toBeGreaterThan(300)
  })

  it('passes axe-core inside the widget', async () => {
    const violations = await axeViolations(page, 'pressroom-search#first')
    expect(violations).toEqual([])
  })

  it('ran without page errors and defines no globals but the element', async () => {
    expect(errors.filter((e) => !/404/.test(e))).toEqual([])
    const fresh = await browser.newPage()
    await fresh.goto(`${origin()}/robots.txt`)
    const names = () => fresh.evaluate(() => Object.getOwnPropertyNames(window))
    const before = new Set(await names())
    await fresh.addScriptTag({ type: 'module', url: `${origin()}/widget/pressroom-search.js` })
    await fresh.waitForFunction(() => customElements.get('pressroom-search') !== undefined)
    const added = { globals: (await names()).filter((name) => !before.has(name)), defined: true }
    expect(added).toEqual({ globals: [], defined: true })
    await fresh.close()
  })
})
