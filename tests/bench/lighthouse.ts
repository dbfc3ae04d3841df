/**
 * Lighthouse for the browser benchmark: the search page with a generated
 * corpus, in Debian's Chromium (chrome-launcher with its path; nothing
 * downloads a browser), with Lighthouse's desktop preset and its default
 * mobile preset (a Moto G Power-sized screen, simulated slow 4G and 4× CPU).
 *
 * Lighthouse 12 (Node ≥ 18.16): 13 needs Node ≥ 22.19 and the project runs Node 20.
 * Each run is a cold load: Lighthouse clears the origin's storage (IndexedDB
 * included) and the HTTP cache before it navigates. The app's CSP does not get in
 * the way: Lighthouse reads the page through the DevTools protocol, which the
 * policy's `script-src` does not govern.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import type { Config, Result } from 'lighthouse'
import { CHROMIUM } from '../e2e/support/browser.ts'
import { lostPoints, type AuditRef, type LostPoints } from './bench-math.ts'

export type FormFactor = 'desktop' | 'mobile'

/** One Lighthouse run's scores (0–100) and what cost points. */
export interface LighthouseRun {
  formFactor: FormFactor
  performance: number
  accessibility: number
  /** Cumulative Layout Shift as Lighthouse measured it in this run. */
  cls: number
  lcpMs: number
  tbtMs: number
  /** Audits scored below 1 in either category, the most costly first. */
  lost: LostPoints[]
}

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Chromium with a debugging port for Lighthouse; close it with `kill()`. */
export function launchForLighthouse(): Promise<LaunchedChrome> {
  return launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' })
}

/** Where a metric's culprits are listed: the diagnostic audit beside it. */
const CULPRITS: Record<string, string> = {
  'cumulative-layout-shift': 'layout-shifts',
  'total-blocking-time': 'long-tasks',
  'largest-contentful-paint': 'largest-contentful-paint-element',
}
const MAX_CULPRITS = 3
/** Lighthouse's own pause after the load event. */
const DEFAULT_PAUSE_MS = 1000

/** A few distinct elements (selector, else snippet) or long tasks (script and duration) an audit lists. */
function culprits(lhr: Result, auditId: string): string[] {
  const details = lhr.audits[auditId]?.details as { items?: unknown[] } | undefined
  const out: string[] = []
  const visit = (item: unknown): void => {
    if (out.length >= MAX_CULPRITS || !item || typeof item !== 'object') return
    const record = item as { node?: { selector?: string; snippet?: string }; url?: string; duration?: number; items?: unknown[] }
    if (record.node) {
      const name = record.node.selector || record.node.snippet || '?'
      if (!out.includes(name)) out.push(name)
    }
    else if (typeof record.url === 'string' && typeof record.duration === 'number') out.push(`${record.url.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(record.duration)} ms`)
    else if (Array.isArray(record.items)) record.items.forEach(visit) // a list of tables
  }
  if (Array.isArray(details?.items)) details.items.forEach(visit)
  return out
}

/**
 * One Lighthouse run of `url` (performance and accessibility) in the launched Chromium.
 *
 * Lighthouse ends a load once the network and the main thread have been quiet for a second after
 * the load event; the app parses the corpus in its worker after the download, quietly, so with a
 * large corpus Lighthouse would score the empty shell. `settleMs` (at least the time the bench's
 * cold runs took to paint first hits) keeps it waiting after the load event until results are there.
 */
export async function runLighthouse(chrome: LaunchedChrome, url: string, formFactor: FormFactor, settleMs = 0): Promise<LighthouseRun> {
  const config: Config = formFactor === 'desktop' ? desktopConfig : { extends: 'lighthouse:default' }
  const flags = { port: chrome.port, logLevel: 'error' as const, output: 'json' as const, onlyCategories: ['performance', 'accessibility'], pauseAfterLoadMs: Math.max(DEFAULT_PAUSE_MS, Math.ceil(settleMs)) }
  const result = await lighthouse(url, flags, config)
  if (!result) throw new Error(`Lighthouse (${formFactor}) returned nothing for ${url}`)
  const lhr: Result = result.lhr
  if (lhr.runtimeError) throw new Error(`Lighthouse (${formFactor}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100)
  const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN
  const lost: LostPoints[] = []
  for (const id of ['performance', 'accessibility']) {
    const category = lhr.categories[id]
    if (!category) continue
    const refs: AuditRef[] = category.auditRefs.map((ref) => {
      const audit = lhr.audits[ref.id]
      const nodes = culprits(lhr, CULPRITS[ref.id] ?? ref.id)
      return { id: ref.id, weight: ref.weight, score: audit?.score ?? null, ...(audit?.displayValue ? { displayValue: audit.displayValue } : {}), ...(nodes.length > 0 ? { nodes } : {}) }
    })
    lost.push(...lostPoints(id, refs))
  }
  lost.sort((a, b) => b.points - a.points)
  return {
    formFactor,
    performance: score('performance'),
    accessibility: score('accessibility'),
    cls: numeric('cumulative-layout-shift'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    lost,
  }
}
