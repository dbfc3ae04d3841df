/**
 * Debian's Chromium driven by playwright-core: headless, no sandbox, no
 * background networking (this machine has no network beyond loopback).
 */
import { mkdirSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOTS = 'test-results/screenshots'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/** The origin of the test server started by the global setup. */
export function origin(): string {
  const value = process.env.PRESSROOM_E2E_ORIGIN
  if (!value) throw new Error('PRESSROOM_E2E_ORIGIN is not set: run through `vitest --project e2e`')
  return value
}

/** Saves a full-page screenshot (or only the viewport, for enormous pages) under test-results/screenshots/. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: options.fullPage ?? true })
}

/** Runs axe-core in the page and returns its violations (id, impact, targets). */
export async function axeViolations(page: Page, context?: string): Promise<Array<{ id: string; impact: string | null; targets: string[] }>> {
  await page.addScriptTag({ url: `${origin()}/__axe.min.js` })
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } }).axe
    const result = await axe.run(selector ?? document)
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }))
  }, context)
}

/** Collects page errors and console errors, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(`console: ${message.text()}`)
  })
  return errors
}
