/**
 * The search page in Chromium against the production build and the sample
 * archive: suggestions across scripts, facets and their counts, the date
 * histogram, history, pages, the phone drawer, keyboard-only use and axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser, origin, screenshot, watchErrors } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Another corpus URL for this test (e.g. while the sample is being regenerated); the sample archive by default. */
const CORPUS = process.env.PRESSROOM_E2E_SEARCH_CORPUS

function url(query = ''): string {
  const params = new URLSearchParams(query)
  if (CORPUS) params.set('corpus', CORPUS)
  const text = params.toString()
  return `${origin()}/${text ? `?${text}` : ''}`
}

async function open(query = '', viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport })
  const errors = watchErrors(page)
  await page.goto(url(query))
  await page.locator('[data-release-id]').first().waitFor()
  await page.waitForFunction(() => !document.querySelector('[data-load-state="indexing"]'), undefined, { timeout: 30_000 })
  await settled(page)
  return { page, errors }
}

/** Waits until the newest search has answered. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('section[data-total]')?.getAttribute('aria-busy') === 'false')
}

/**
 * Waits until the answer shown covers the whole archive: while indexing goes on (or a cached index
 * is restored) a search answers over the newest releases, and totals and order still grow.
 */
async function fullyIndexed(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const results = document.querySelector('section[data-total]')
    return results?.getAttribute('data-indexed') === 'all' && results.getAttribute('aria-busy') === 'false'
  }, undefined, { timeout: 30_000 })
}

async function total(page: Page): Promise<number> {
  return Number(await page.locator('section[data-total]').getAttribute('data-total'))
}

/** Waits until data-total becomes something other than `before`, and returns it. */
async function totalChangedFrom(page: Page, before: number): Promise<number> {
  await page.waitForFunction((old) => document.querySelector('section[data-total]')?.getAttribute('data-total') !== String(old), before)
  await settled(page)
  return total(page)
}

async function facetCount(page: Page, facet: string, value: string): Promise<number> {
  const text = await page.locator(`[data-facet="${facet}"][data-value="${value}"] [data-count]`).innerText()
  return Number(text.replace(/[^\d]/g, ''))
}

async function facetCounts(page: Page, facet: string): Promise<Map<string, number>> {
  const rows = await page.locator(`[data-facet="${facet}"]`).evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-value') ?? '', (el.querySelector('[data-count]')?.textContent ?? '').replace(/[^\d]/g, '')] as const),
  )
  return new Map(rows.map(([value, count]) => [value, Number(count)]))
}

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name)
}

describe('search page', () => {
  it('finds a Latin-named official from Cyrillic text through a suggestion', async () => {
    const { page, errors } = await open()
    const field = page.locator('input[type="search"]')
    await field.click()
    await field.pressSequentially('Гусей', { delay: 30 })
    const option = page.locator('[role="option"][data-suggestion="officials:vusal-huseynov"]')
    await option.waitFor()
    expect(await option.innerText()).toContain('Vusal Huseynov')
    await screenshot(page, 'search-page-suggestions')

    const ids = await page.locator('[role="option"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-suggestion')))
    const index = ids.indexOf('officials:vusal-huseynov')
    for (let i = 0; i <= index; i++) await field.press('ArrowDown')
    expect(await field.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'))
    await field.press('Enter')

    await page.waitForURL((u) => u.searchParams.get('official') === 'vusal-huseynov')
    await settled(page)
    expect(param(page, 'q')).toBeNull()
    expect(await field.inputValue()).toBe('')
    expect(await total(page)).toBeGreaterThan(0)
    const mentioned = await page.locator('[data-release-id]').evaluateAll((els) =>
      els.every((el) => el.querySelector('[data-entity="officials:vusal-huseynov"]') !== null),
    )
    expect(mentioned).toBe(true)
    expect(await page.locator('[data-chip="officials:vusal-huseynov"]').innerText()).toContain('Vusal Huseynov')
    expect(errors).toEqual([])
    await page.close()
  })

  it('filters by a facet, updating data-total and the URL, with disjunctive counts', async () => {
    const { page, errors } = await open()
    const all = await total(page)
    const organisations = await facetCounts(page, 'organisations')
    const [first, second] = [...organisations.keys()].filter((v) => v !== 'iom').slice(0, 2) as [string, string]
    const iomCount = organisations.get('iom') ?? 0
    expect(iomCount).toBeGreaterThan(0)
    expect(iomCount).toBeLessThan(all)

    await page.locator('[data-facet="organisations"][data-value="iom"]').click()
    await page.waitForURL((u) => u.searchParams.get('organisation') === 'iom')
    expect(await totalChangedFrom(page, all)).toBe(iomCount)
    expect(await page.locator('[data-facet="organisations"][data-value="iom"] input').isChecked()).toBe(true)

    // Counts within the selected facet ignore its own selection, so they do not change...
    expect(await facetCount(page, 'organisations', first)).toBe(organisations.get(first))
    expect(await facetCount(page, 'organisations', second)).toBe(organisations.get(second))
    // ...while other facets count within the filtered set: every release has one type and one language.
    const types = [...(await facetCounts(page, 'type')).values()]
    expect(types.reduce((a, b) => a + b, 0)).toBe(iomCount)
    const langs = [...(await facetCounts(page, 'lang')).values()]
    expect(langs.reduce((a, b) => a + b, 0)).toBe(iomCount)

    // A second value of the same facet widens the result (OR), bounded by the two counts.
    const secondCount = organisations.get(second) ?? 0
    await page.locator(`[data-facet="organisations"][data-value="${second}"]`).click()
    await page.waitForURL((u) => u.searchParams.get('organisation') === `iom,${second}`)
    const both = await totalChangedFrom(page, iomCount)
    expect(both).toBeGreaterThanOrEqual(Math.max(iomCount, secondCount))
    expect(both).toBeLessThanOrEqual(iomCount + secondCount)

    await screenshot(page, 'search-page-facets')
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('selects a year from the histogram and restores every step with back and forward', async () => {
    const { page, errors } = await open()
    const field = page.locator('input[type="search"]')
    await field.fill('migration')
    await field.press('Enter')
    await page.waitForURL((u) => u.searchParams.get('q') === 'migration')
    await fullyIndexed(page)
    await settled(page)

    await page.locator('[data-facet="organisations"][data-value="iom"]').click()
    await page.waitForURL((u) => u.searchParams.get('organisation') === 'iom')
    await settled(page)
    const filtered = await total(page)

    const bar = page.locator('[data-period="2020"]')
    const label = (await bar.getAttribute('aria-label')) ?? ''
    expect(label).toMatch(/^2020: /)
    const barCount = Number(label.replace(/^2020: /, '').replace(/[^\d]/g, '')) || 0
    await bar.click()
    await page.waitForURL((u) => u.searchParams.get('from') === '2020-01-01' && u.searchParams.get('to') === '2020-12-31')
    await settled(page)
    expect(await total(page)).toBe(barCount)
    expect(await page.locator('[data-granularity]').getAttribute('data-granularity')).toBe('month')
    expect(await page.locator('[data-period="2020-05"]').getAttribute('aria-pressed')).toBe('true')
    await screenshot(page, 'search-page-histogram-2020')

    await page.goBack()
    await page.waitForURL((u) => !u.searchParams.has('from'))
    await settled(page)
    expect(await total(page)).toBe(filtered)
    expect(param(page, 'organisation')).toBe('iom')

    await page.goBack()
    await page.waitForURL((u) => !u.searchParams.has('organisation'))
    await settled(page)
    expect(await page.locator('[data-facet="organisations"][data-value="iom"] input').isChecked()).toBe(false)
    expect(await field.inputValue()).toBe('migration')

    await page.goBack()
    await page.waitForURL((u) => !u.searchParams.has('q'))
    expect(await field.inputValue()).toBe('')

    await page.goForward()
    await page.goForward()
    await page.goForward()
    await page.waitForURL((u) => u.searchParams.get('from') === '2020-01-01')
    await settled(page)
    expect(await total(page)).toBe(barCount)
    expect(await field.inputValue()).toBe('migration')
    expect(errors).toEqual([])
    await page.close()
  })

  it('searches on every keystroke; the URL follows once typing pauses, one history entry per burst of typing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    // Before the app runs: note, per input event in the search field, whether the search request for the
    // typed text was posted to the worker before the next task (or the next keystroke), and what the URL
    // carried then. A debounced search could not post in time; no timing is measured.
    await page.addInitScript(`(() => {
      const keys = []; Object.defineProperty(window, '__keys', { value: keys })
      const NativeWorker = window.Worker
      window.Worker = class extends NativeWorker {
        postMessage(message, ...rest) {
          const key = keys[keys.length - 1]
          if (key && !key.checked && message && message.type === 'search' && message.request.q === key.text) key.posted = true
          return super.postMessage(message, ...rest)
        }
      }
      // A key is checked at the next task or at the next keystroke, whichever comes first.
      const check = (key) => { if (!key.checked) { key.checked = true; key.url = new URL(location.href).searchParams.get('q') } }
      addEventListener('input', (event) => {
        if (!event.target.matches || !event.target.matches('input[type="search"]')) return
        if (keys.length > 0) check(keys[keys.length - 1])
        const key = { text: event.target.value, posted: false, checked: false, url: null }
        keys.push(key)
        const channel = new MessageChannel()
        channel.port1.onmessage = () => { check(key); channel.port1.close() }
        channel.port2.postMessage(0)
      }, true)
    })()`)
    const errors = watchErrors(page)
    await page.goto(url())
    await page.locator('[data-release-id]').first().waitFor()
    await page.waitForFunction(() => !document.querySelector('[data-load-state="indexing"]'), undefined, { timeout: 30_000 })
    await settled(page)
    const browsing = await total(page)

    const field = page.locator('input[type="search"]')
    await field.click()
    await field.pressSequentially('embassy')
    await page.waitForURL((u) => u.searchParams.get('q') === 'embassy')
    await totalChangedFrom(page, browsing)
    await fullyIndexed(page)
    const found = await total(page)
    expect(found).toBeGreaterThan(0)
    const keys = (await page.evaluate('window.__keys')) as Array<{ text: string; posted: boolean; checked: boolean; url: string | null }>
    expect(keys.map((k) => k.text)).toEqual(['e', 'em', 'emb', 'emba', 'embas', 'embass', 'embassy'])
    expect(keys.filter((k) => !k.checked || !k.posted)).toEqual([])
    // While typing fast, the URL waits (its write would sit between a keystroke and its results).
    expect(keys.slice(1).filter((k) => k.url === k.text)).toEqual([])
    await field.press('Enter')

    const option = page.locator('[data-facet="officials"]').first()
    const official = (await option.getAttribute('data-value')) ?? ''
    const count = await facetCount(page, 'officials', official)
    await option.click()
    await page.waitForURL((u) => u.searchParams.get('official') === official)
    expect(await totalChangedFrom(page, found)).toBe(count)

    // Back: the facet goes, the typed text stays; back again: the whole burst of typing goes at once.
    await page.goBack()
    await page.waitForURL((u) => !u.searchParams.has('official') && u.searchParams.get('q') === 'embassy')
    await page.waitForFunction((n) => document.querySelector('section[data-total]')?.getAttribute('data-total') === String(n), found)
    expect(await field.inputValue()).toBe('embassy')
    expect(await page.locator(`[data-facet="officials"][data-value="${official}"] input`).isChecked()).toBe(false)
    await page.goBack()
    await page.waitForURL((u) => !u.searchParams.has('q'))
    await page.waitForFunction((n) => document.querySelector('section[data-total]')?.getAttribute('data-total') === String(n), browsing)
    expect(await field.inputValue()).toBe('')
    await page.goForward()
    await page.waitForURL((u) => u.searchParams.get('q') === 'embassy')
    await page.waitForFunction((n) => document.querySelector('section[data-total]')?.getAttribute('data-total') === String(n), found)
    expect(await field.inputValue()).toBe('embassy')
    expect(errors).toEqual([])
    await page.close()
  })

  it('pages through results, focusing the results heading', async () => {
    const { page, errors } = await open()
    const firstId = await page.locator('[data-release-id]').first().getAttribute('data-release-id')
    await page.locator('.pagination [data-page="next"]').click()
    await page.waitForURL((u) => u.searchParams.get('page') === '2')
    await page.waitForFunction((id) => document.querySelector('[data-release-id]')?.getAttribute('data-release-id') !== id, firstId)
    expect(await page.locator('.pagination [aria-current="page"]').innerText()).toBe('2')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading')
    await page.locator('.pagination [data-page="3"]').click()
    await page.waitForURL((u) => u.searchParams.get('page') === '3')
    await page.goBack()
    await page.waitForURL((u) => u.searchParams.get('page') === '2')
    await page.goBack()
    await page.waitForURL((u) => !u.searchParams.has('page'))
    await page.waitForFunction((id) => document.querySelector('[data-release-id]')?.getAttribute('data-release-id') === id, firstId)
    expect(errors).toEqual([])
    await page.close()
  })

  it('explains ignored URL parameters and the any-word fallback', async () => {
    const { page, errors } = await open('page=-3&from=someday')
    const notice = page.locator('[data-ignored-params]')
    expect(await notice.innerText()).toContain('page=-3 (is not a page number')
    expect(await notice.innerText()).toContain('from=someday')
    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await notice.waitFor({ state: 'detached' })

    await page.goto(url('q=migration xqzvbk'))
    await page.locator('[data-fallback="any-word"]').waitFor()
    expect(await total(page)).toBeGreaterThan(0)

    await page.goto(url('q=xqzvbk&organisation=iom'))
    await page.locator('[data-zero-results]').waitFor()
    expect(await total(page)).toBe(0)
    await screenshot(page, 'search-page-zero-results')
    expect(await axeViolations(page)).toEqual([])
    await page.locator('[data-zero-results] [data-chip="clear-all"]').click()
    await page.waitForURL((u) => !u.searchParams.has('q') && !u.searchParams.has('organisation'))
    await page.locator('[data-release-id]').first().waitFor()
    expect(errors).toEqual([])
    await page.close()
  })

  it('puts the filters in a drawer on a phone', async () => {
    const { page, errors } = await open('', { width: 375, height: 740 })
    expect(await page.locator('aside [data-facet]').count()).toBe(0)
    const opener = page.locator('[data-open-filters]')
    expect(await opener.innerText()).toBe('Filters')
    const list = await page.locator('.results__list').boundingBox()
    expect(list?.width ?? 0).toBeGreaterThan(375 - 48)
    await screenshot(page, 'search-page-phone')

    const before = await total(page)
    await opener.click()
    const dialog = page.locator('dialog[data-filters-drawer]')
    await dialog.locator('[data-facet="type"]').first().waitFor()
    expect(await dialog.evaluate((el) => (el as HTMLDialogElement).open && el.matches(':modal'))).toBe(true)
    await dialog.locator('[data-facet="type"]').first().click()
    await totalChangedFrom(page, before)
    await screenshot(page, 'search-page-phone-drawer')
    expect(await axeViolations(page)).toEqual([])

    await page.keyboard.press('Escape')
    await page.waitForFunction(() => !document.querySelector('dialog[data-filters-drawer]')?.hasAttribute('open'))
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-open-filters'))).toBe(true)
    expect(await opener.innerText()).toBe('Filters (1)')
    expect(errors).toEqual([])
    await page.close()
  })

  it('works by keyboard alone', async () => {
    const { page, errors } = await open()
    await page.locator('body').press('/')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search')
    await page.keyboard.type('IOM', { delay: 30 })
    await page.locator('[role="option"]').first().waitFor()
    await page.keyboard.press('Escape')
    await page.locator('[role="listbox"]').waitFor({ state: 'hidden' })
    await page.keyboard.press('Enter')
    await page.waitForURL((u) => u.searchParams.get('q') === 'IOM')
    // Rows are re-rendered while indexing goes on; moving focus waits for the final list.
    await fullyIndexed(page)
    await settled(page)

    await page.keyboard.press('ArrowDown')
    const titles = page.locator('.result__title a')
    expect(await page.evaluate(() => document.activeElement?.closest('[data-release-id]')?.getAttribute('data-release-id'))).toBe(
      await page.locator('[data-release-id]').first().getAttribute('data-release-id'),
    )
    await page.keyboard.press('j')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('k')
    const second = await titles.nth(1).evaluate((el) => el === document.activeElement)
    expect(second).toBe(true)
    await screenshot(page, 'search-page-keyboard-focus')
    const id = await page.evaluate(() => document.activeElement?.closest('[data-release-id]')?.getAttribute('data-release-id'))
    await page.keyboard.press('Enter')
    await page.waitForURL((u) => u.pathname === `/releases/${id}`)
    await page.goBack()
    await page.waitForURL((u) => u.searchParams.get('q') === 'IOM')

    // The histogram by keyboard: the bars form one tab stop, arrows move, Enter chooses.
    await page.locator('[data-period]').first().waitFor()
    const stop = page.locator('[data-period][tabindex="0"]')
    await stop.focus()
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowRight')
    const period = await page.evaluate(() => document.activeElement?.getAttribute('data-period'))
    await page.keyboard.press('Enter')
    await page.waitForURL((u) => u.searchParams.get('from') === (period?.length === 4 ? `${period}-01-01` : `${period}-01`))
    expect(errors).toEqual([])
    await page.close()
  })

  it('has no axe violations on the first page', async () => {
    const { page } = await open()
    await screenshot(page, 'search-page-desktop')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
