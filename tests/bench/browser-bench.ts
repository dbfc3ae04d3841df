/**
 * The browser benchmark: the production build in headless Chromium, loading a
 * generated corpus, measured against DESIGN.md's budgets.
 *
 *   npx tsx tests/bench/browser-bench.ts [--sizes 10000,50000] [--runs N] [--lighthouse-runs N] [--queries 24]
 *                                        [--json] [--dist dist] [--trace DIR] [--verbose] [--only keystrokes]
 *
 * Needs `npm run build` first (dist/index.html). Per size (10,000 and 50,000 releases by default) it
 * writes the generator's corpus (seed 42) to a temporary folder, serves dist/ plus that
 * corpus from a local static server (no compression, content-length sent) and
 * does `--runs` cold runs (default 3, 1 from 50,000 releases), each in a FRESH browser context
 * (empty IndexedDB, empty HTTP cache) at normal CPU speed, 1280×900 with scrollbars shown. Each figure
 * is the median over runs. Then one phone-sized cold run (390×844, touch) for its layout shift, and
 * `--lighthouse-runs` Lighthouse runs per preset (default as many as cold runs; lighthouse.ts).
 * It prints the issue's budget table first — one row per budget, per size the figure beside its budget
 * (BUDGETS below), then ok or MISS — then Lighthouse's lost points for any preset under budget, then
 * the detailed figures. About 10 minutes with no flags on this machine.
 *
 * What is measured, in the page, with performance.now() (ms since navigation
 * start), by a probe installed with addInitScript (browser-probe.ts) that
 * wraps `window.Worker` to see the worker's messages and observes the DOM —
 * the app is not changed:
 * - first results: the first `[data-release-id]` in the DOM (browse mode, newest
 *   releases). Budget ≤ 1000 ms (≤ 1500 ms at 50,000).
 * - newest searchable: the first worker `indexed` message with indexed > 0 reaching the page
 *   (the releases indexed first, the newest, answer full-text queries from then). Budget ≤ 1500 ms.
 *   (`data-indexed="partial"` on results shows only once a query is typed, so it is not used.)
 * - full-text ready: the worker's `indexed` message with indexed = total reaching
 *   the page (what the corpus store's `fullyIndexed` follows; the search page
 *   hides the `[data-load-state="indexing"]` line, so the DOM has no hook for it).
 *   Budget ≤ raw MiniSearch `addAll` of the same releases (fields title + body),
 *   run in Node in the same run, just before the browser part; the ratio is reported.
 * - longest main-thread task and the number over 50 ms, from navigation start
 *   to full-text ready (PerformanceObserver 'longtask', buffered). The Long
 *   Tasks API only reports tasks over 50 ms, so 0 means none was. Budget: no task over 50 ms.
 * - repeat visit: in the same context, once the index is in IndexedDB (polled,
 *   database 'pressroom', store 'indexes'), the page is opened again and
 *   full-text ready measured; the run fails if it was not restored from the cache.
 *   Budget ≤ 800 ms.
 * - keystroke to results: `--queries` queries typed character by character into
 *   `input[type="search"]` with the index ready (on the cold page, after the
 *   cache write so it does not compete). Each keystroke is typed only once the
 *   previous one's results have shown, so every keystroke is one search (the
 *   search box searches on every input; a faster typist's superseded searches
 *   are dropped by the worker).
 *   Two figures per keystroke, both ending at the first change in the results
 *   region (`[data-total]` and its subtree, aria-busy ignored) after the worker's
 *   answer arrived:
 *     (a) end to end, from the input event — includes any wait in the search box
 *         and the URL update;
 *     (b) from the moment the search request is posted to the worker (seen by the
 *         Worker wrapper) — worker search, both message copies and Vue's render.
 *   DESIGN.md's ≤ 16 ms p95 is for the search in the worker; (b) adds the message
 *   copies, the worker's queue (an entity-suggestion request fires 120 ms after a
 *   keystroke) and the page's render, so it is also split into the worker
 *   round trip (posted → answer received) and the render (received → DOM).
 *   A keystroke whose answer changed nothing in the results region (the same
 *   hits as the previous prefix: the URL update had already re-rendered the
 *   query-dependent parts) has no end time and is left out; the count is reported.
 *   A third figure, the one the budget holds (≤ 50 ms at p95), ends when those
 *   results are painted: the first frame after the change (a requestAnimationFrame
 *   callback, then the next task), counted from the input event.
 * - layout shift (CLS): the Layout Instability API's shifts, grouped into session
 *   windows as Core Web Vitals do (a gap over 1 s or a window over 5 s starts a new
 *   one), the largest window counted; shifts within 500 ms of input are left out, as
 *   the API marks them. Reported for the cold load alone (to full-text ready) and for
 *   the whole cold page including typing, on the desktop runs and on the phone-sized run. Budget ≤ 0.05.
 * - worker heap: the search worker's V8 heap through the DevTools protocol (worker-heap.ts):
 *   sampled every 250 ms from navigation to the end of typing (peak), and after a full garbage
 *   collection once loaded and typed into (what it keeps; budget ≤ 500 MB at 50,000).
 * - Lighthouse performance and accessibility, desktop and mobile presets (lighthouse.ts).
 * `--only keystrokes` does the cold load and the typing only (no Node baseline, no
 * repeat visit, no phone-sized run, no Lighthouse): the keystroke and layout-shift figures in a fraction of the time.
 * `--verbose` prints each run's raw timeline (worker phases, long tasks, keystrokes).
 * `--trace DIR` adds one uncounted cold load and typing session per size, recorded as a Chromium
 * trace (open in chrome://tracing or the DevTools Performance panel) for profiling.
 */
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import MiniSearch from 'minisearch'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { generateCorpus, serializeCorpus } from '../../src/core/generate/index.ts'
import type { Corpus } from '../../src/core/corpus/types.ts'
import { chromium } from 'playwright-core'
import { CHROMIUM } from '../e2e/support/browser.ts'
import { startServer, type TestServer } from '../e2e/support/server.ts'
import { PROBE_GLOBAL, PROBE_SCRIPT, READ_PROBE, type ProbeRecord } from './browser-probe.ts'
import { typingQueries } from './browser-queries.ts'
import { formatBudgetTable, layoutShiftScore, rowVerdict, median, medianItem, percentile, sizeLabel, type Budget, type BudgetRow, type Part } from './bench-math.ts'
import { launchForLighthouse, runLighthouse, type FormFactor, type LighthouseRun } from './lighthouse.ts'
import { WorkerHeap } from './worker-heap.ts'

/** Figures for one size (medians over runs); the first nine fields are the contract of `--json`. */
export interface BrowserFigures {
  docs: number
  firstResultsMs: number
  fullTextReadyMs: number
  baselineAddAllMs: number
  longestTaskMs: number
  longTasksOver50: number
  repeatVisitReadyMs: number
  keystrokeP50Ms: number
  keystrokeP95Ms: number
  /** Worker's browse-ready message (corpus parsed, validated, hashed, cache looked up). */
  browseReadyMs: number
  /** Download finished (the worker's first 'parse' progress message). */
  downloadedMs: number
  fullTextRatio: number
  repeatFirstResultsMs: number
  repeatLongestTaskMs: number
  keystrokeEndToEndP50Ms: number
  keystrokeEndToEndP95Ms: number
  /** Worker round trip alone: request posted → answer received. */
  keystrokeRoundTripP95Ms: number
  /** Main thread still busy after posting the request (re-rendering for the new URL), median. */
  keystrokePostTaskP50Ms: number
  /** Page side alone: answer received → results region updated. */
  keystrokeRenderP50Ms: number
  keystrokeRenderP95Ms: number
  /** Input event → first frame painted after the results changed: the figure held to the budget. */
  keystrokePaintedP50Ms: number
  keystrokePaintedP95Ms: number
  /** Cumulative Layout Shift (largest session window) of the cold load, to full-text ready. */
  clsLoad: number
  /** Cumulative Layout Shift of the whole cold page, load and typing. */
  cls: number
  keystrokes: number
  keystrokesUnchanged: number
  corpusBytes: number
  /** The first worker `indexed` message with indexed > 0 reaching the page: the newest releases are searchable. */
  newestSearchableMs: number
  /** The worker's used JS heap after a full garbage collection, once loaded and typed into (MB = 2^20 bytes). */
  workerHeapMB: number
  /** The largest used worker heap sampled (every 250 ms, no collection) from navigation to the end of typing. */
  workerHeapPeakMB: number
  /** CLS of the cold load and of the whole page with typing at 390×844 with touch (NaN when not run). */
  mobileClsLoad: number
  mobileCls: number
}

/**
 * Lighthouse's medians over its runs of one form factor; `lost` is what cost points in the
 * run with the median performance score, the most costly first.
 */
export type LighthouseSummary = Omit<LighthouseRun, 'formFactor'> & { runs: number }

/** One size's row of `--json`: the figures and, unless skipped, Lighthouse per form factor. */
export interface SizeResult extends BrowserFigures {
  lighthouse?: Partial<Record<FormFactor, LighthouseSummary>>
}

const SEED = 42
const QUERY_SEED = 11
const BUDGET = { repeatVisitReadyMs: 800, longTaskMs: 50, cls: 0.05 } as const
/**
 * The issue's budget table (DESIGN.md, Budgets): for 10,000 releases and, where DESIGN.md gives one in
 * brackets, for 50,000. Sizes up to 10,000 are held to the first, larger ones to the second; a budget that
 * does not depend on the size (long tasks, layout shift, accessibility) holds at every size, and a figure
 * with no budget at a size is shown but not judged.
 */
const BUDGETS = {
  keystrokePaintedP95Ms: { small: 50, large: 120 },
  firstResultsMs: { small: 1000, large: 1500 },
  fullTextReadyMs: { small: 3000 },
  newestSearchableMs: { small: 1500 },
  repeatVisitReadyMs: { small: BUDGET.repeatVisitReadyMs },
  longestTaskMs: { small: BUDGET.longTaskMs, large: BUDGET.longTaskMs },
  lighthouseDesktop: { small: 95 },
  lighthouseMobile: { small: 90 },
  cls: { small: BUDGET.cls, large: BUDGET.cls },
  accessibility: { small: 100, large: 100 },
  workerHeapMB: { large: 500 },
} as const satisfies Record<string, { small?: number; large?: number }>
/** Above this size the bracketed (50,000) budgets apply. */
const SMALL_MAX = 10_000
/** From this size on, one cold run (and one Lighthouse run per form factor) unless `--runs` says otherwise. */
const ONE_RUN_FROM = 50_000
/** Queries typed in the mobile run: enough to shift whatever typing shifts. */
const MOBILE_QUERIES = 8
const MOBILE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } as const
const HEAP_SAMPLE_MS = 250
/** Lighthouse waits after the load event this many times the cold runs' first-hits time (lighthouse.ts). */
const LIGHTHOUSE_SETTLE = 1.5
/** Bounded waits. */
const TIMEOUT = { navigation: 30_000, fullText: 180_000, cacheWrite: 30_000, keystroke: 5_000 } as const
const POLL_MS = 100

interface Options {
  sizes: number[]
  /** Cold runs per size; undefined: 3, or 1 from ONE_RUN_FROM releases. */
  runs: number | undefined
  /** Lighthouse runs per form factor and size (0: none); undefined: as many as cold runs. */
  lighthouseRuns: number | undefined
  queries: number
  json: boolean
  verbose: boolean
  dist: string
  trace?: string
  /** Only the cold load and the typing: no baseline, no repeat visit. */
  keystrokesOnly: boolean
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '10000,50000' },
      runs: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      queries: { type: 'string', default: '24' },
      json: { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
      trace: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  })
  const whole = (name: string, raw: string, min: number, max: number): number => {
    const n = Number(raw)
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"`)
    return n
  }
  if (values.only !== undefined && values.only !== 'keystrokes') throw new Error(`--only takes "keystrokes", not "${values.only}"`)
  return {
    keystrokesOnly: values.only === 'keystrokes',
    sizes: (values.sizes as string).split(',').map((s) => whole('sizes', s.trim(), 1, 200_000)),
    runs: values.runs === undefined ? undefined : whole('runs', values.runs, 1, 50),
    lighthouseRuns: values['lighthouse-runs'] === undefined ? undefined : whole('lighthouse-runs', values['lighthouse-runs'], 0, 50),
    queries: whole('queries', values.queries as string, 1, 200),
    json: values.json as boolean,
    verbose: values.verbose as boolean,
    dist: resolve(values.dist as string),
    ...(values.trace ? { trace: resolve(values.trace as string) } : {}),
  }
}

const round = (ms: number): number => Math.round(ms * 10) / 10

const log = (message: string): void => void process.stderr.write(`${message}\n`)

/** Writes the generator's corpus to `file`, streaming; returns the corpus and its size in bytes. */
async function writeCorpus(docs: number, file: string): Promise<{ corpus: Corpus; bytes: number }> {
  const corpus = generateCorpus({ count: docs, seed: SEED })
  const out = createWriteStream(file)
  let bytes = 0
  for (const chunk of serializeCorpus(corpus)) {
    bytes += Buffer.byteLength(chunk)
    if (!out.write(chunk)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return { corpus, bytes }
}

/** Raw MiniSearch `addAll` of the releases as the app receives them (parsed from the served file). */
async function baselineAddAll(file: string): Promise<number> {
  const corpus = JSON.parse(await readFile(file, 'utf8')) as Corpus
  const index = new MiniSearch({ fields: ['title', 'body'], storeFields: [] })
  const started = performance.now()
  index.addAll(corpus.releases)
  return performance.now() - started
}

async function readProbe(page: Page): Promise<ProbeRecord> {
  const record = (await page.evaluate(READ_PROBE)) as ProbeRecord | null
  if (!record) throw new Error('the in-page probe is missing: addInitScript did not run')
  return record
}

/** Opens `url` and waits until the worker reports the full-text index complete. */
async function loadUntilFullText(page: Page, url: string, what: string): Promise<ProbeRecord> {
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT.navigation })
  try {
    await page.waitForFunction(
      `(() => { const b = window.${PROBE_GLOBAL}; return !!b && (b.fullText !== null || b.errors.length > 0) })()`,
      undefined,
      { polling: POLL_MS, timeout: TIMEOUT.fullText },
    )
  } catch (error) {
    const record = await readProbe(page).catch(() => undefined)
    const last = record?.phases.at(-1)
    throw new Error(
      `${what}: full-text index not ready within ${TIMEOUT.fullText / 1000} s (last phase: ${last ? `${last.phase} at ${Math.round(last.at)} ms` : 'none'}; browse-ready: ${record?.browseReady ?? 'no'})`,
      { cause: error },
    )
  }
  const record = await readProbe(page)
  if (record.errors.length > 0) throw new Error(`${what}: ${record.errors.join('; ')}`)
  if (record.firstResult === null) {
    // Hits render right after browse-ready; give the DOM a bounded moment.
    await page.waitForFunction(`window.${PROBE_GLOBAL}.firstResult !== null`, undefined, { polling: POLL_MS, timeout: TIMEOUT.navigation })
    return readProbe(page)
  }
  return record
}

/** True once the worker's cache write is committed: a count of 1+ in pressroom/indexes. */
const CACHE_HAS_ENTRY = `(async () => {
  if (!indexedDB.databases) return false;
  const dbs = await indexedDB.databases();
  if (!dbs.some((d) => d.name === 'pressroom')) return false; // never create the database ourselves
  return new Promise((resolve) => {
    const request = indexedDB.open('pressroom');
    request.onupgradeneeded = () => request.transaction.abort();
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      const db = request.result;
      try {
        if (!db.objectStoreNames.contains('indexes')) { db.close(); resolve(false); return; }
        const count = db.transaction('indexes', 'readonly').objectStore('indexes').count();
        count.onsuccess = () => { db.close(); resolve(count.result > 0); };
        count.onerror = () => { db.close(); resolve(false); };
      } catch { db.close(); resolve(false); }
    };
  });
})()`

async function waitForCacheWrite(page: Page): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < TIMEOUT.cacheWrite) {
    if (await page.evaluate(CACHE_HAS_ENTRY)) return Date.now() - started
    await new Promise((done) => setTimeout(done, 250)) // polling
  }
  throw new Error(`the index did not reach IndexedDB within ${TIMEOUT.cacheWrite / 1000} s of full-text ready`)
}

async function keyCount(page: Page): Promise<number> {
  return page.evaluate(`window.${PROBE_GLOBAL}.keys.length`) as Promise<number>
}

/** Presses something in the search field and waits until the probe has closed its record. */
async function keystroke(page: Page, press: () => Promise<void>, label: string): Promise<void> {
  const before = await keyCount(page)
  await press()
  try {
    await page.waitForFunction(`window.${PROBE_GLOBAL}.keys.length > ${before}`, undefined, { polling: 10, timeout: TIMEOUT.keystroke })
  } catch (error) {
    throw new Error(`keystroke ${JSON.stringify(label)}: no input event or no answer within ${TIMEOUT.keystroke / 1000} s`, { cause: error })
  }
}

/** Types each query character by character, clearing the field between queries. */
async function typeQueries(page: Page, queries: readonly string[], touch = false): Promise<void> {
  const field = page.locator('input[type="search"]')
  if (touch) await field.tap({ timeout: TIMEOUT.navigation })
  else await field.click({ timeout: TIMEOUT.navigation })
  const arm = (measured: boolean) => page.evaluate(`(() => { const b = window.${PROBE_GLOBAL}; b.armed = true; b.measured = ${measured} })()`)
  for (const query of queries) {
    await arm(true)
    for (const char of query) await keystroke(page, () => page.keyboard.type(char), query)
    await arm(false)
    await keystroke(
      page,
      async () => {
        await page.keyboard.press('ControlOrMeta+A')
        await page.keyboard.press('Backspace')
      },
      'clear',
    )
  }
}

interface RunResult {
  cold: ProbeRecord
  repeat: ProbeRecord
  baselineMs: number
  /** Worker heap after a collection, once loaded and typed into, and the peak sampled until then (MB). */
  heapMB: number
  heapPeakMB: number
}

async function coldRun(browser: Browser, url: string, queries: readonly string[], file: string, traceFile?: string, keystrokesOnly = false): Promise<RunResult> {
  const baselineMs = traceFile || keystrokesOnly ? 0 : await baselineAddAll(file)
  // The bench's waits are string predicates, which the app's CSP (no 'unsafe-eval') refuses; the
  // policy costs nothing measurable, so bypassing it for the harness changes no figure.
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
  try {
    await context.addInitScript({ content: PROBE_SCRIPT })
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    const heap = await WorkerHeap.attach(cdp)
    if (traceFile) {
      await browser.startTracing(page, {
        path: traceFile,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-v8.cpu_profiler'],
      })
    }
    heap.startSampling(HEAP_SAMPLE_MS)
    const cold = await loadUntilFullText(page, url, 'cold load')
    await waitForCacheWrite(page)
    await typeQueries(page, queries)
    heap.stopSampling()
    const heapMB = await heap.retainedMB()
    const measured = await readProbe(page)
    cold.keys = measured.keys
    cold.shifts = measured.shifts
    if (traceFile) await browser.stopTracing()
    const figures = { cold, baselineMs, heapMB, heapPeakMB: heap.peakMB }
    if (traceFile || keystrokesOnly) return { ...figures, repeat: cold }
    const repeat = await loadUntilFullText(page, url, 'repeat visit')
    if (repeat.fromCache !== true) throw new Error('repeat visit: the index was built again instead of restored from IndexedDB')
    if (pageErrors.length > 0) log(`  page errors: ${pageErrors.slice(0, 3).join(' | ')}`)
    return { ...figures, repeat }
  } finally {
    await context.close()
  }
}

/**
 * A phone-sized cold visit (390×844, touch, 3× pixels) in a fresh context: load to full-text ready,
 * then a few queries typed after tapping the field. Only its layout shift is reported.
 */
async function mobileRun(browser: Browser, url: string, queries: readonly string[]): Promise<{ clsLoad: number; cls: number }> {
  const context = await browser.newContext({ ...MOBILE, bypassCSP: true }) // bypassCSP: see coldRun
  try {
    await context.addInitScript({ content: PROBE_SCRIPT })
    const page = await context.newPage()
    const cold = await loadUntilFullText(page, url, 'mobile cold load')
    // As in coldRun: the worker's cache write (seconds at 50,000 releases) would hold up the answers.
    await waitForCacheWrite(page)
    await typeQueries(page, queries.slice(0, MOBILE_QUERIES), true)
    const { shifts } = await readProbe(page)
    return { clsLoad: layoutShiftScore(shifts, cold.fullText as number), cls: layoutShiftScore(shifts) }
  } finally {
    await context.close()
  }
}

/** Per-run figures from the probe records. */
function figuresOf(docs: number, bytes: number, run: RunResult): BrowserFigures {
  const { cold, repeat } = run
  const required = (value: number | null, name: string): number => {
    if (value === null) throw new Error(`no ${name} recorded`)
    return value
  }
  const fullText = required(cold.fullText, 'full-text ready')
  const during = (record: ProbeRecord, end: number) => record.longTasks.filter((t) => t.start <= end)
  const coldTasks = during(cold, fullText)
  const repeatTasks = during(repeat, required(repeat.fullText, 'repeat full-text ready'))
  const keys = cold.keys.filter((k) => k.measured && k.status === 'dom')
  const fromRequest = keys.filter((k) => k.sent !== undefined).map((k) => (k.dom as number) - (k.sent as number))
  const endToEnd = keys.map((k) => (k.dom as number) - k.input)
  const roundTrip = keys.filter((k) => k.sent !== undefined && k.received !== undefined).map((k) => (k.received as number) - (k.sent as number))
  const render = keys.filter((k) => k.received !== undefined).map((k) => (k.dom as number) - (k.received as number))
  const painted = keys.filter((k) => k.painted !== undefined).map((k) => (k.painted as number) - k.input)
  const postTask = keys.filter((k) => k.sent !== undefined && k.sentTaskEnd !== undefined).map((k) => (k.sentTaskEnd as number) - (k.sent as number))
  const downloaded = cold.phases.find((p) => p.phase === 'parse')?.at ?? Number.NaN
  return {
    docs,
    firstResultsMs: required(cold.firstResult, 'first result'),
    fullTextReadyMs: fullText,
    baselineAddAllMs: run.baselineMs,
    longestTaskMs: Math.max(0, ...coldTasks.map((t) => t.duration)),
    longTasksOver50: coldTasks.filter((t) => t.duration > 50).length,
    repeatVisitReadyMs: required(repeat.fullText, 'repeat full-text ready'),
    keystrokeP50Ms: percentile(fromRequest, 50),
    keystrokeP95Ms: percentile(fromRequest, 95),
    browseReadyMs: required(cold.browseReady, 'browse-ready'),
    downloadedMs: downloaded,
    fullTextRatio: run.baselineMs > 0 ? fullText / run.baselineMs : Number.NaN,
    repeatFirstResultsMs: required(repeat.firstResult, 'repeat first result'),
    repeatLongestTaskMs: Math.max(0, ...repeatTasks.map((t) => t.duration)),
    keystrokeEndToEndP50Ms: percentile(endToEnd, 50),
    keystrokeEndToEndP95Ms: percentile(endToEnd, 95),
    keystrokeRoundTripP95Ms: percentile(roundTrip, 95),
    keystrokePostTaskP50Ms: percentile(postTask, 50),
    keystrokeRenderP50Ms: percentile(render, 50),
    keystrokeRenderP95Ms: percentile(render, 95),
    keystrokePaintedP50Ms: percentile(painted, 50),
    keystrokePaintedP95Ms: percentile(painted, 95),
    clsLoad: layoutShiftScore(cold.shifts, fullText),
    cls: layoutShiftScore(cold.shifts),
    keystrokes: keys.length,
    keystrokesUnchanged: cold.keys.filter((k) => k.measured && k.status !== 'dom').length,
    corpusBytes: bytes,
    newestSearchableMs: required(cold.firstIndexed, 'first releases indexed'),
    workerHeapMB: run.heapMB,
    workerHeapPeakMB: run.heapPeakMB,
    mobileClsLoad: Number.NaN,
    mobileCls: Number.NaN,
  }
}

function medianFigures(runs: readonly BrowserFigures[]): BrowserFigures {
  const first = runs[0] as BrowserFigures
  const out = { ...first }
  for (const key of Object.keys(first) as Array<keyof BrowserFigures>) {
    const value = median(runs.map((r) => r[key]))
    const hundredths = key === 'fullTextRatio' || key === 'cls' || key === 'clsLoad' || key === 'mobileCls' || key === 'mobileClsLoad'
    out[key] = key === 'docs' || key === 'corpusBytes' ? value : hundredths ? Math.round(value * 1000) / 1000 : round(value)
  }
  return out
}

function describeRun(f: BrowserFigures): string {
  return (
    `downloaded ${Math.round(f.downloadedMs)} ms, browse-ready ${Math.round(f.browseReadyMs)} ms, first hit ${Math.round(f.firstResultsMs)} ms, ` +
    `newest searchable ${Math.round(f.newestSearchableMs)} ms, worker heap ${Math.round(f.workerHeapMB)} MB (peak ${Math.round(f.workerHeapPeakMB)} MB), ` +
    `full text ${Math.round(f.fullTextReadyMs)} ms (MiniSearch addAll ${Math.round(f.baselineAddAllMs)} ms), ` +
    `longest task ${Math.round(f.longestTaskMs)} ms (${f.longTasksOver50} over 50), repeat ${Math.round(f.repeatVisitReadyMs)} ms, ` +
    `keystroke p50/p95 ${f.keystrokeP50Ms.toFixed(1)}/${f.keystrokeP95Ms.toFixed(1)} ms from request, ` +
    `${f.keystrokeEndToEndP50Ms.toFixed(0)}/${f.keystrokeEndToEndP95Ms.toFixed(0)} ms end to end, worker round trip p95 ${f.keystrokeRoundTripP95Ms.toFixed(1)} ms ` +
    `(page busy after posting p50 ${f.keystrokePostTaskP50Ms.toFixed(1)} ms), ` +
    `render p50/p95 ${f.keystrokeRenderP50Ms.toFixed(1)}/${f.keystrokeRenderP95Ms.toFixed(1)} ms, ` +
    `painted p50/p95 ${f.keystrokePaintedP50Ms.toFixed(0)}/${f.keystrokePaintedP95Ms.toFixed(0)} ms from input, ` +
    `CLS ${f.clsLoad.toFixed(3)} load, ${f.cls.toFixed(3)} with typing (${f.keystrokes} keys, ${f.keystrokesUnchanged} without change)`
  )
}

/** The probe's raw timeline of a run, for `--verbose`. */
function timeline(run: RunResult): string {
  const at = (v: number | null): string => (v === null ? '–' : `${Math.round(v)}`)
  const describe = (name: string, r: ProbeRecord): string =>
    `    ${name}: worker ${at(r.workerCreated)}, ${r.phases.map((p) => `${p.phase} ${at(p.at)}`).join(', ')}, ready ${at(r.browseReady)}, ` +
    `first hit ${at(r.firstResult)}, full text ${at(r.fullText)}${r.fromCache ? ' (cache)' : ''}\n` +
    `    ${name} long tasks: ${r.longTasks.map((t) => `${at(t.start)}+${at(t.duration)}`).join(' ') || 'none'}`
  const keys = run.cold.keys
    .filter((k) => k.measured)
    .map((k) => `${JSON.stringify(k.q)} ${k.status} ${k.sent === undefined ? '' : `+${at(k.sent - k.input)} `}rt ${k.received !== undefined && k.sent !== undefined ? at(k.received - k.sent) : '–'} dom ${k.dom !== undefined && k.sent !== undefined ? at(k.dom - k.sent) : '–'} painted ${k.painted !== undefined ? at(k.painted - k.input) : '–'}`)
  const shifts = run.cold.shifts.filter((s) => !s.recentInput).map((s) => `${at(s.start)}:${s.value.toFixed(3)}`)
  return `${describe('cold', run.cold)}\n${describe('repeat', run.repeat)}\n    keys: ${keys.join(' | ')}\n    layout shifts without input: ${shifts.join(' ') || 'none'}`
}

const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISS')

function table(rows: readonly BrowserFigures[]): string {
  const ms = (v: number): string => (Number.isNaN(v) ? '–' : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`)
  // Judged against the budget at that size (see BUDGETS); a figure with none there is shown unjudged.
  const judged = (value: number, limits: { small?: number; large?: number }, docs: number): string => {
    const budget = budgetAt(limits, docs)
    return budget ? `${ms(value)} ${verdict(value <= budget.limit)}` : ms(value)
  }
  const lines: string[][] = [
    ['docs', 'first results', 'full-text ready', 'MiniSearch addAll', 'ratio', 'longest task', '>50 ms', 'repeat visit', 'key p50/p95 (request)', 'worker rt p95', 'render p95', 'key p50/p95 (end to end)', 'key p50/p95 (painted)', 'CLS load / all'],
  ]
  for (const r of rows) {
    lines.push([
      String(r.docs),
      judged(r.firstResultsMs, BUDGETS.firstResultsMs, r.docs),
      ms(r.fullTextReadyMs),
      ms(r.baselineAddAllMs),
      `${r.fullTextRatio.toFixed(2)}× ${verdict(r.fullTextRatio <= 1)}`,
      r.longestTaskMs === 0 ? '≤ 50 ms ok' : `${ms(r.longestTaskMs)} ${verdict(r.longestTaskMs <= BUDGET.longTaskMs)}`,
      String(r.longTasksOver50),
      judged(r.repeatVisitReadyMs, BUDGETS.repeatVisitReadyMs, r.docs),
      `${ms(r.keystrokeP50Ms)} / ${ms(r.keystrokeP95Ms)}`,
      ms(r.keystrokeRoundTripP95Ms),
      ms(r.keystrokeRenderP95Ms),
      `${ms(r.keystrokeEndToEndP50Ms)} / ${ms(r.keystrokeEndToEndP95Ms)}`,
      `${ms(r.keystrokePaintedP50Ms)} / ${judged(r.keystrokePaintedP95Ms, BUDGETS.keystrokePaintedP95Ms, r.docs)}`,
      `${r.clsLoad.toFixed(3)} / ${r.cls.toFixed(3)} ${verdict(Math.max(r.clsLoad, r.cls) <= BUDGET.cls)}`,
    ])
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => (l[c] as string).length)))
  return lines.map((l) => l.map((cell, c) => cell.padStart(widths[c] as number)).join('  ')).join('\n')
}

/** Lighthouse's medians over runs of one form factor; the median-performance run's lost points. */
function summarizeLighthouse(runs: readonly LighthouseRun[]): LighthouseSummary {
  const pick = (key: 'performance' | 'accessibility' | 'cls' | 'lcpMs' | 'tbtMs'): number => median(runs.map((r) => r[key]))
  return {
    runs: runs.length,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    cls: Math.round(pick('cls') * 1000) / 1000,
    lcpMs: Math.round(pick('lcpMs')),
    tbtMs: Math.round(pick('tbtMs')),
    lost: medianItem(runs, (r) => r.performance)?.lost ?? [],
  }
}

/** The budget at `docs` releases, if any. */
function budgetAt(limits: { small?: number; large?: number }, docs: number, kind: Budget['kind'] = 'max'): Budget | undefined {
  const limit = docs <= SMALL_MAX ? limits.small : limits.large
  return limit === undefined ? undefined : { limit, kind }
}

/** The issue's table: one row per row of it, each size's figures beside their budgets. */
function budgetRows(results: readonly SizeResult[], keystrokesOnly = false): BudgetRow[] {
  const row = (label: string, unit: BudgetRow['unit'], cell: (r: SizeResult) => Part[]): BudgetRow => ({
    label,
    unit,
    cells: Object.fromEntries(results.map((r) => [r.docs, cell(r)])),
  })
  const part = (value: number | undefined, limits: { small?: number; large?: number }, docs: number, kind: Budget['kind'] = 'max'): Part => {
    const budget = budgetAt(limits, docs, kind)
    return budget ? { value, budget } : { value }
  }
  const lh = (r: SizeResult, form: FormFactor) => r.lighthouse?.[form]
  return [
    row('keystroke → results painted, p95', 'ms', (r) => [part(r.keystrokePaintedP95Ms, BUDGETS.keystrokePaintedP95Ms, r.docs)]),
    row('cold: first hits painted (browse)', 'ms', (r) => [part(r.firstResultsMs, BUDGETS.firstResultsMs, r.docs)]),
    row('cold: full-text ready / newest searchable', 'ms', (r) => [
      part(r.fullTextReadyMs, BUDGETS.fullTextReadyMs, r.docs),
      part(r.newestSearchableMs, BUDGETS.newestSearchableMs, r.docs),
    ]),
    row('repeat visit: search ready', 'ms', (r) => [part(keystrokesOnly ? undefined : r.repeatVisitReadyMs, BUDGETS.repeatVisitReadyMs, r.docs)]),
    // The Long Tasks API reports only tasks over 50 ms: none is shown as 50 ms, within the budget.
    row('longest main-thread task while loading', 'ms', (r) => [part(r.longestTaskMs === 0 ? BUDGET.longTaskMs : r.longestTaskMs, BUDGETS.longestTaskMs, r.docs)]),
    row('Lighthouse performance desktop / mobile', 'score', (r) => [
      part(lh(r, 'desktop')?.performance, BUDGETS.lighthouseDesktop, r.docs, 'min'),
      part(lh(r, 'mobile')?.performance, BUDGETS.lighthouseMobile, r.docs, 'min'),
    ]),
    row('Cumulative Layout Shift desktop / mobile', 'cls', (r) => [
      part(Math.max(r.clsLoad, r.cls), BUDGETS.cls, r.docs),
      part(Number.isNaN(r.mobileCls) ? undefined : Math.max(r.mobileClsLoad, r.mobileCls), BUDGETS.cls, r.docs),
    ]),
    row('Lighthouse accessibility desktop / mobile', 'score', (r) => [
      part(lh(r, 'desktop')?.accessibility, BUDGETS.accessibility, r.docs, 'min'),
      part(lh(r, 'mobile')?.accessibility, BUDGETS.accessibility, r.docs, 'min'),
    ]),
    row('worker heap (after GC; peak sampled)', 'MB', (r) => [part(r.workerHeapMB, BUDGETS.workerHeapMB, r.docs), { value: r.workerHeapPeakMB }]),
  ]
}

/** Lighthouse's lost points, for each size and form factor under its budget (or under the 10,000-release one). */
function lighthouseReport(results: readonly SizeResult[]): string {
  const lines: string[] = []
  for (const r of results) {
    for (const form of ['desktop', 'mobile'] as const) {
      const summary = r.lighthouse?.[form]
      if (!summary) continue
      const perfBudget = form === 'desktop' ? BUDGETS.lighthouseDesktop.small : BUDGETS.lighthouseMobile.small
      if (summary.performance >= perfBudget && summary.accessibility >= BUDGETS.accessibility.small) continue
      lines.push(
        `Lighthouse ${sizeLabel(r.docs)} ${form} (median of ${summary.runs}): performance ${summary.performance}, accessibility ${summary.accessibility}; ` +
          `LCP ${summary.lcpMs} ms, TBT ${summary.tbtMs} ms, CLS ${summary.cls.toFixed(3)}. Points lost in the median run:`,
      )
      for (const lost of summary.lost) {
        lines.push(
          `  ${lost.category} −${lost.points.toFixed(1)}  ${lost.id}${lost.displayValue ? ` (${lost.displayValue})` : ''}${lost.nodes ? `: ${lost.nodes.join(', ')}` : ''}`,
        )
      }
    }
  }
  return lines.join('\n')
}

const runsAt = (opts: Options, docs: number): number => opts.runs ?? (docs >= ONE_RUN_FROM ? 1 : 3)

/**
 * The e2e tests' Chromium, but with scrollbars: Playwright hides them by default, and a desktop
 * visitor's scrollbar appearing as results fill the page shifts the layout (Lighthouse, which does
 * not hide them, counts that shift).
 */
function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ignoreDefaultArgs: ['--hide-scrollbars'],
  })
}

/** Runs every size; the browsers, the server and the temporary corpora are gone when it returns. */
async function measure(opts: Options): Promise<SizeResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'pressroom-browser-bench-'))
  let server: TestServer | undefined
  let browser: Browser | undefined
  let chrome: Awaited<ReturnType<typeof launchForLighthouse>> | undefined
  try {
    server = await startServer({ root: opts.dist, fixtures: folder, examples: 'examples' })
    browser = await launchBenchBrowser()
    // Warm the Node baseline's code paths once, so the first size does not pay for compiling MiniSearch.
    new MiniSearch({ fields: ['title', 'body'], storeFields: [] }).addAll(generateCorpus({ count: 300, seed: SEED + 1 }).releases)
    const rows: SizeResult[] = []
    for (const docs of opts.sizes) {
      const name = `corpus-${docs}.json`
      const file = join(folder, name)
      const { corpus, bytes } = await writeCorpus(docs, file)
      const queries = typingQueries(corpus, opts.queries, QUERY_SEED)
      const url = `${server.origin}/?corpus=${encodeURIComponent(`/__fixtures/${name}`)}`
      const runs = runsAt(opts, docs)
      const lighthouseRuns = opts.keystrokesOnly ? 0 : (opts.lighthouseRuns ?? runs)
      log(`${docs} releases (${(bytes / 1048576).toFixed(1)} MB), ${queries.length} queries, ${runs} cold run(s), ${lighthouseRuns} Lighthouse run(s) per form factor`)
      if (opts.trace) {
        mkdirSync(opts.trace, { recursive: true })
        const traceFile = join(opts.trace, `cold-${docs}.trace.json`)
        await coldRun(browser, url, queries, file, traceFile)
        log(`  trace of an uncounted cold load and typing: ${traceFile}`)
      }
      const figures: BrowserFigures[] = []
      for (let run = 1; run <= runs; run++) {
        const result = await coldRun(browser, url, queries, file, undefined, opts.keystrokesOnly)
        const f = figuresOf(docs, bytes, result)
        log(`  run ${run}: ${describeRun(f)}`)
        if (opts.verbose) log(timeline(result))
        figures.push(f)
      }
      const row: SizeResult = medianFigures(figures)
      if (!opts.keystrokesOnly) {
        // A failed phone-sized run leaves its figures empty ("–") rather than losing the desktop runs.
        const mobile = await mobileRun(browser, url, queries).catch((error: unknown) => {
          log(`  mobile (390×844, touch) run failed: ${error instanceof Error ? error.message : String(error)}`)
          return undefined
        })
        if (mobile) {
          row.mobileClsLoad = Math.round(mobile.clsLoad * 1000) / 1000
          row.mobileCls = Math.round(mobile.cls * 1000) / 1000
          log(`  mobile (390×844, touch): CLS ${mobile.clsLoad.toFixed(3)} load, ${mobile.cls.toFixed(3)} with typing`)
        }
      }
      if (lighthouseRuns > 0) {
        chrome ??= await launchForLighthouse()
        const byForm: Record<FormFactor, LighthouseRun[]> = { desktop: [], mobile: [] }
        for (let run = 1; run <= lighthouseRuns; run++) {
          for (const form of ['desktop', 'mobile'] as const) {
            const result = await runLighthouse(chrome, url, form, row.firstResultsMs * LIGHTHOUSE_SETTLE)
            byForm[form].push(result)
            log(`  Lighthouse ${form} ${run}: performance ${result.performance}, accessibility ${result.accessibility}, LCP ${Math.round(result.lcpMs)} ms, TBT ${Math.round(result.tbtMs)} ms, CLS ${result.cls.toFixed(3)}`)
          }
        }
        row.lighthouse = { desktop: summarizeLighthouse(byForm.desktop), mobile: summarizeLighthouse(byForm.mobile) }
      }
      rows.push(row)
    }
    return rows
  } finally {
    chrome?.kill()
    await browser?.close().catch(() => undefined)
    await server?.close().catch(() => undefined)
    rmSync(folder, { recursive: true, force: true })
  }
}

async function main(argv: string[]): Promise<number> {
  const opts = options(argv)
  if (!existsSync(join(opts.dist, 'index.html'))) {
    log(`${join(opts.dist, 'index.html')} is missing: run \`npm run build\` first (npm run bench:browser does).`)
    return 2
  }
  const started = Date.now()
  const rows = await measure(opts)
  const budgets = budgetRows(rows, opts.keystrokesOnly)
  if (opts.json) {
    const verdicts = Object.fromEntries(budgets.map((b) => [b.label, rowVerdict(b, opts.sizes)]))
    console.log(JSON.stringify({ sizes: rows, budgets: budgets.map((b) => ({ ...b, verdict: verdicts[b.label] })) }, null, 2))
  } else {
    console.log(formatBudgetTable(budgets, opts.sizes))
    const lighthouse = lighthouseReport(rows)
    if (lighthouse) console.log(`\n${lighthouse}`)
    console.log(`\n${table(rows)}`)
    console.log(
      'medians over cold runs in fresh contexts; first results and full-text ready from navigation start; ratio = full-text ready / raw MiniSearch addAll in Node;\n' +
        'newest searchable = the first worker `indexed` message with indexed > 0 reaching the page (the newest releases answer full-text queries);\n' +
        'longest task from the Long Tasks API (reports only tasks over 50 ms); key (request) = search posted to the worker → results region updated (the engine budget of 16 ms is judged by pressroom bench, in Node),\n' +
        'split into worker rt (posted → answer received by the page) and render (answer → DOM updated);\n' +
        'key (end to end) = input event → results region updated; key (painted) = input event → first frame after that update (budget p95 ≤ 50 ms, ≤ 120 ms at 50k);\n' +
        'CLS = largest session window of layout shifts without recent input, for the cold load and for the whole page with typing (budget ≤ 0.05); mobile: 390×844 with touch, one cold load and 8 queries;\n' +
        'worker heap = V8 used heap of the search worker through the DevTools protocol (Runtime.getHeapUsage on the worker target), after HeapProfiler.collectGarbage once loaded and typed into; peak = largest sample every 250 ms without collection;\n' +
        'Lighthouse 12 (performance, accessibility) in a fresh cold load per run, desktop preset and default mobile preset (simulated slow 4G, 4× CPU), medians over runs' +
        (opts.keystrokesOnly ? '\n--only keystrokes: no baseline, repeat visit, mobile run or Lighthouse were run (their columns repeat the cold figures, show 0 or –)' : ''),
    )
    log(`browser bench: ${Math.round((Date.now() - started) / 1000)} s`)
  }
  return 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`browser-bench: ${error instanceof Error ? (process.env.DEBUG ? error.stack : error.message) : String(error)}`)
    process.exit(1)
  },
)
