/**
 * Bad input costs only what is bad, and says so in the reader's language:
 * corpus problems, ignored address parameters and widget attribute problems
 * in en, az and ru; an empty archive; an HTML page where the corpus was
 * expected; a bad optional field; the publisher kept out of the partner facet.
 */
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

async function open(path: string, lang = 'en'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.addInitScript((code) => localStorage.setItem('pressroom.lang', code), lang)
  const errors = watchErrors(page)
  await page.goto(origin() + path)
  return { page, errors }
}

/** Expected texts by language: a corpus problem, an ignored parameter and a widget attribute. */
const TEXTS = {
  en: {
    date: 'releases[1].date: "2020-13-01" is not a calendar date',
    cost: 'release skipped',
    page: 'page=-3 (is not a page number from 1 to 10000)',
    repeated: 'type=meeting,visit (given 2 times; the values were combined)',
    encoding: 'has broken %-encoding',
    attribute: 'page-size="lots": use a whole number from 1 to 50',
  },
  az: {
    date: 'releases[1].date: "2020-13-01" təqvim tarixi deyil',
    cost: 'reliz buraxıldı',
    page: 'page=-3 (1-dən 10000-dək səhifə nömrəsi deyil)',
    repeated: 'type=meeting,visit (bir neçə dəfə verilib (2); dəyərlər birləşdirildi)',
    encoding: '%-kodlaşdırması pozulub',
    attribute: 'page-size="lots": 1-dən 50-dək tam ədəd yazın',
  },
  ru: {
    date: 'releases[1].date: "2020-13-01" — не календарная дата',
    cost: 'сообщение пропущено',
    page: 'page=-3 (не номер страницы от 1 до 10000)',
    repeated: 'type=meeting,visit (указан несколько раз (2); значения объединены)',
    encoding: 'испорченную %-кодировку',
    attribute: 'page-size="lots": укажите целое число от 1 до 50',
  },
} as const

describe('bad input in the reader\'s language', () => {
  for (const [lang, text] of Object.entries(TEXTS)) {
    it(`shows corpus problems and ignored parameters in ${lang}`, async () => {
      const { page, errors } = await open('/?corpus=/__fixtures/invalid-corpus.json&page=-3&type=meeting&type=visit&from=%E0%A4', lang)
      const problems = page.locator('[data-corpus-problems]')
      await problems.waitFor()
      const problemText = await problems.innerText()
      expect(problemText).toContain(text.date)
      expect(problemText).toContain(text.cost)
      const notice = await page.locator('[data-ignored-params]').innerText()
      expect(notice).toContain(text.page)
      expect(notice).toContain(text.repeated)
      expect(notice).toContain(text.encoding)
      if (lang !== 'en') expect(`${problemText}\n${notice}`).not.toMatch(/is not|given 2 times|broken/)
      await screenshot(page, `bad-input-problems-${lang}`)
      expect(errors).toEqual([])
      await page.close()
    })

    it(`shows widget attribute problems in ${lang}`, async () => {
      const { page, errors } = await open(`/embed?page-size=lots&ui-lang=${lang}`, lang)
      const problems = page.locator('[data-widget-problems]')
      await problems.waitFor()
      expect(await problems.innerText()).toContain(text.attribute)
      await page.locator('[data-release-id]').first().waitFor()
      await screenshot(page, `bad-input-embed-attributes-${lang}`)
      expect(errors).toEqual([])
      await page.close()
    })
  }
})

describe('the <pressroom-search> element', () => {
  it('shows its attribute problems in its interface language, and follows ui-lang', async () => {
    const { page, errors } = await open('/__fixtures/hostile-host.html')
    const broken = page.locator('pressroom-search#broken')
    const problems = broken.locator('[data-widget-problems]')
    await problems.waitFor()
    for (const [lang, text] of Object.entries(TEXTS)) {
      await broken.evaluate((el, code) => el.setAttribute('ui-lang', code), lang)
      await page.waitForFunction(
        ([expected]) => document.querySelector('#broken')?.shadowRoot?.querySelector('[data-widget-problems]')?.textContent?.includes(expected as string),
        [text.attribute],
      )
      expect(await problems.innerText()).toContain(text.attribute)
      await broken.screenshot({ path: `test-results/screenshots/bad-input-widget-attributes-${lang}.png` })
    }
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('smaller truths', () => {
  it('says an archive with no releases has none, instead of suggesting other spelling', async () => {
    const { page, errors } = await open('/?corpus=/__fixtures/empty-corpus.json')
    const zero = page.locator('[data-zero-results="empty-archive"]')
    await zero.waitFor()
    expect(await zero.innerText()).toContain('This archive has no releases')
    expect(await page.locator('main').innerText()).not.toContain('Check the spelling')
    await screenshot(page, 'bad-input-empty-archive')
    expect(errors).toEqual([])
    await page.close()
  })

  it('names an HTML page served where the corpus was expected, with its address', async () => {
    // A static host's SPA fallback answers a missing file with the app's own page, status 200.
    const { page } = await open('/?corpus=/no-such-corpus.json', 'az')
    const alert = page.locator('[data-load-state="failed"]')
    await alert.waitFor()
    const text = await alert.innerText()
    expect(text).toContain(`${origin()}/no-such-corpus.json`)
    expect(text).toContain('arxiv əvəzinə veb səhifə (HTML) göndərdi')
    await screenshot(page, 'bad-input-html-instead-of-json-az')
    await page.close()
  })

  it('keeps a release whose optional fields are bad, without those fields, and warns', async () => {
    const { page, errors } = await open('/?corpus=/__fixtures/bad-fields-corpus.json')
    await page.locator('[data-release-id="b2"]').waitFor()
    expect(await page.locator('[data-total]').getAttribute('data-total')).toBe('3')
    const problems = page.locator('[data-corpus-problems]')
    await problems.locator('summary').click()
    const text = await problems.innerText()
    expect(text).toContain('releases[0].url: "javascript:alert(document.domain)" is not an http(s) URL (field ignored)')
    expect(text).toContain('releases[1].lang: "English" is not a language code such as "en" (field ignored)')
    // The publisher is not a partner: no facet option, and the footer names it instead.
    await page.locator('[data-facet="organisations"][data-value="iom"]').first().waitFor()
    expect(await page.locator('[data-facet="organisations"][data-value="sms"]').count()).toBe(0)
    expect(await page.locator('footer [data-publisher]').innerText()).toContain('State Migration Service')
    await page.goto(`${origin()}/releases/b1?corpus=/__fixtures/bad-fields-corpus.json`)
    await page.getByRole('heading', { level: 1, name: 'Seasonal workers and the IOM office' }).waitFor()
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0)
    await screenshot(page, 'bad-input-bad-fields-release')
    expect(errors).toEqual([])
    await page.close()
  })

  it('leaves the publisher out of the sample archive\'s partner facet', async () => {
    const { page, errors } = await open('/')
    await page.locator('[data-facet="organisations"]').first().waitFor()
    expect(await page.locator('[data-facet="organisations"][data-value="sms"]').count()).toBe(0)
    const total = Number(await page.locator('[data-total]').getAttribute('data-total'))
    const firstCount = Number((await page.locator('[data-facet="organisations"]').first().innerText()).replace(/\D+/g, ' ').trim().split(' ').pop())
    expect(firstCount).toBeLessThan(total)
    await page.goto(`${origin()}/organisations/sms`)
    await page.locator('dd[data-publisher]').waitFor()
    await screenshot(page, 'bad-input-publisher-page')
    expect(errors).toEqual([])
    await page.close()
  })
})
