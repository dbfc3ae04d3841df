/**
 * The widget fails closed: a preset id the archive does not have is named
 * inside the widget and never widens the search (zero results, or only what
 * the known part of the preset allows). The same for the /embed frame.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { launchBrowser, origin, screenshot } from './support/browser.ts'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
  await page.goto(`${origin()}/__fixtures/widget-host.html`)
})
afterAll(async () => {
  await browser?.close()
})

let next = 0
/** Adds a widget with these attributes and returns it once its results region has settled. */
async function widget(attributes: Record<string, string>): Promise<Locator> {
  const id = `w${++next}`
  await page.evaluate(
    ({ id, attributes }) => {
      const element = document.createElement('pressroom-search')
      element.id = id
      element.setAttribute('corpus', '/sample/corpus.json')
      element.setAttribute('page-size', '3')
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
      document.getElementById('widgets')?.replaceChildren(element)
    },
    { id, attributes },
  )
  const element = page.locator(`pressroom-search#${id}`)
  await element.locator('[data-release-id], [data-zero-results]').first().waitFor()
  // Counts are final once the whole archive is read and indexed (the newest releases show before).
  await element.locator('[data-total][data-indexed="all"], [data-preset-empty]').first().waitFor({ timeout: 30_000 })
  return element
}

const total = async (element: Locator) => Number(await element.locator('[data-total]').getAttribute('data-total'))

describe('widget presets with ids the archive does not have', () => {
  it('shows nothing and names the attribute for organisation="no-such-org" (en, az, ru)', async () => {
    for (const lang of ['en', 'az', 'ru']) {
      const element = await widget({ organisation: 'no-such-org', 'ui-lang': lang })
      expect(await total(element)).toBe(0)
      expect(await element.locator('[data-release-id]').count()).toBe(0)
      const notice = element.locator('[data-preset-problems]')
      expect(await notice.innerText()).toContain('organisation="no-such-org"')
      expect(await element.locator('[data-preset-empty]').isVisible()).toBe(true)
      await screenshot(page, `widget-preset-unknown-${lang}`)
    }
  })

  it('applies only the known part of organisation="iom,no-such-org"', async () => {
    const iom = await total(await widget({ organisation: 'iom' }))
    const mixed = await widget({ organisation: 'iom,no-such-org' })
    expect(iom).toBeGreaterThan(0)
    expect(await total(mixed)).toBe(iom)
    expect(await mixed.locator('[data-preset-problems]').innerText()).toContain('organisation="no-such-org"')
    expect(await mixed.locator('[data-preset-problems]').innerText()).not.toContain('"iom"')
  })

  for (const attribute of ['official', 'topic', 'type', 'lang']) {
    it(`fails closed for ${attribute}="nope"`, async () => {
      const element = await widget({ [attribute]: 'nope' })
      expect(await total(element)).toBe(0)
      expect(await element.locator('[data-preset-problems]').innerText()).toContain(`${attribute}="nope"`)
    })
  }

  it('keeps a reader from widening a preset that matches nothing', async () => {
    const element = await widget({ organisation: 'no-such-org', facets: 'official' })
    await element.locator('input[type="search"]').fill('migration')
    await element.locator('input[type="search"]').press('Enter')
    expect(await total(element)).toBe(0)
  })
})

describe('/embed with ids the archive does not have', () => {
  it('shows nothing for organisation=no-such-org and names it', async () => {
    const frame = await browser.newPage({ viewport: { width: 900, height: 800 } })
    await frame.goto(`${origin()}/embed?organisation=no-such-org&ui-lang=ru`)
    await frame.locator('[data-zero-results]').waitFor()
    expect(Number(await frame.locator('[data-total]').getAttribute('data-total'))).toBe(0)
    expect(await frame.locator('[data-preset-problems]').innerText()).toContain('organisation="no-such-org"')
    await screenshot(frame, 'embed-preset-unknown-ru')
    await frame.goto(`${origin()}/embed?organisation=iom,no-such-org`)
    await frame.locator('[data-release-id]').first().waitFor()
    expect(Number(await frame.locator('[data-total]').getAttribute('data-total'))).toBeGreaterThan(0)
    await frame.close()
  })

  it('still names ?organisation=nope in the app’s ignored-parameters notice', async () => {
    const app = await browser.newPage({ viewport: { width: 1200, height: 800 } })
    await app.goto(`${origin()}/?organisation=nope`)
    const notice = app.locator('[data-ignored-params]')
    await notice.locator('[data-problem-code="filter.unknownId"]').waitFor()
    expect(await notice.innerText()).toContain('organisation=nope (is not the id of anything in this archive; the search leaves it out)')
    await app.close()
  })
})
