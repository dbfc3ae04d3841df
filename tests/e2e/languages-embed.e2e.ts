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

async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' })
  const errors = watchErrors(page)
  await page.goto(origin() + path)
  await page.locator('[data-release-id]').first().waitFor()
  return { page, errors }
}

const LANGUAGES = [
  { code: 'en', nav: 'Organisations', count: /releases/, date: /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/ },
  { code: 'az', nav: 'Təşkilatlar', count: /press-reliz/, date: /^\d{1,2} (yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr) \d{4}$/ },
  { code: 'ru', nav: 'Организации', count: /Найдено|сообщени/, date: /^\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4} г\.$/ },
] as const

/** Waits until the first hit's date reads in the language (dates show as ISO text until their formats load). */
async function firstDateIn(page: Page, pattern: RegExp): Promise<string> {
  const time = page.locator('[data-release-id] time').first()
  await page.waitForFunction(
    ([source, flags]) => new RegExp(source, flags).test(document.querySelector('[data-release-id] time')?.textContent?.trim() ?? ''),
    [pattern.source, pattern.flags] as const,
  )
  return (await time.innerText()).trim()
}

describe('interface languages', () => {
  for (const lang of LANGUAGES) {
    it(`switches the whole interface to ${lang.code} and remembers it`, async () => {
      const { page, errors } = await open('/?organisation=iom')
      await page.getByRole('combobox', { name: /language|dili|Язык/i }).selectOption(lang.code)
      await page.getByRole('link', { name: lang.nav, exact: true }).waitFor()
      expect(await page.locator('[data-result-count]').innerText()).toMatch(lang.count)
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang.code)
      // Dates follow the language; release texts keep their own.
      expect(await firstDateIn(page, lang.date)).toMatch(lang.date)
      await screenshot(page, `language-${lang.code}`)
      await page.reload()
      await page.getByRole('link', { name: lang.nav, exact: true }).waitFor()
      await page.locator('[data-release-id]').first().waitFor()
      expect(await firstDateIn(page, lang.date)).toMatch(lang.date)
      expect(await axeViolations(page)).toEqual([])
      expect(errors).toEqual([])
      await page.close()
    })
  }

  it('follows the system dark mode', async () => {
    const { page } = await open('/', { colorScheme: 'dark' })
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    expect(background).toBe('rgb(18, 20, 23)')
    await screenshot(page, 'search-dark')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

describe('embed this search', () => {
  it('turns the current filters into snippets with a live preview', async () => {
    const { page, errors } = await open('/?organisation=iom&type=meeting')
    await page.locator('[data-embed-open]').click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    const element = await dialog.locator('[data-snippet="element"] textarea').inputValue()
    expect(element).toContain('<pressroom-search')
    expect(element).toContain('organisation="iom"')
    expect(element).toContain('type="meeting"')
    const iframe = await dialog.locator('[data-snippet="iframe"] textarea').inputValue()
    expect(iframe).toContain('/embed?organisation=iom&amp;type=meeting')
    const preview = page.frameLocator('.embed-dialog__preview')
    await preview.locator('[data-release-id]').first().waitFor()
    // Both count the whole archive once it is read (the newest releases show before).
    await preview.locator('[data-total][data-indexed="all"]').waitFor({ timeout: 30_000 })
    await page.locator('.search-page__results[data-total][data-indexed="all"]').waitFor({ timeout: 30_000 })
    const previewTotal = await preview.locator('[data-total]').getAttribute('data-total')
    expect(previewTotal).toBe(await page.locator('.search-page__results[data-total]').getAttribute('data-total'))
    await screenshot(page, 'embed-dialog')
    expect(await axeViolations(page, '.embed-dialog')).toEqual([])
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(errors).toEqual([])
    await page.close()
  })

  it('serves /embed as a bare frame page without violations', async () => {
    const { page } = await open('/embed?organisation=iom&page-size=3&facets=topic')
    expect(await page.locator('.app-header').count()).toBe(0)
    expect(await page.locator('[data-release-id]').count()).toBe(3)
    expect(await page.locator('[data-facet="topics"]').count()).toBeGreaterThan(0)
    expect(await page.locator('[data-facet="organisations"]').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
