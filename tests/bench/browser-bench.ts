/**
 * The browser benchmark: the production build in headless Chromium, loading a
 * generated corpus, measured against DESIGN.md's budgets.
 *
 *   npx tsx tests/bench/browser-bench.ts [--sizes 1000,10000] [--runs 3] [--queries 24] [--json]
 *                                        [--dist dist] [--trace DIR] [--verbose] [--only keystrokes]
 *
 * Needs `npm run build` first (dist/index.html). Per size it writes the
 * generator's corpus (seed 42) to a temporary folder, serves dist/ plus that
 * corpus from a local static server (no compression, content-length sent) and
 * does `--runs` cold runs, each in a FRESH browser context (empty IndexedDB,
 * empty HTTP cache) at normal CPU speed. Each figure is the median over runs.
 *
 * What is measured, in the page, with performance.now() (ms since navigation
 * start), by a probe installed with addInitScript (browser-probe.ts) that
 * wraps `window.Worker` to see the worker's messages and observes the DOM —
 * the app is not changed:
 * - first results: the first `[data-release-id]` in the DOM (browse mode, newest
 *   releases). Budget ≤ 1000 ms.
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
 *   Budget ≤ 1000 ms.
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
 *   the whole cold page including typing. Budget ≤ 0.05.
 * `--only keystrokes` does the cold load and the typing only (no Node baseline, no
 * repeat visit): the keystroke and layout-shift figures in a fraction of the time.
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
import { launchBrowser } from '../e2e/support/browser.ts'
import { startServer, type TestServer } from '../e2e/support/server.ts'
import { PROBE_GLOBAL, PROBE_SCRIPT, READ_PROBE, type ProbeRecord } from './browser-probe.ts'
import { typingQueries } from './browser-queries.ts'

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
}

const SEED = 42
const QUERY_SEED = 11
const BUDGET = { firstResultsMs: 1000, repeatVisitReadyMs: 1000, longTaskMs: 50, keystrokeP95Ms: 16, keystrokePaintedP95Ms: 50, cls: 0.05 } as const
/** Bounded waits. */
const TIMEOUT = { navigation: 30_000, fullText: 180_000, cacheWrite: 30_000, keystroke: 5_000 } as const
const POLL_MS = 100

interface Options {
  sizes: number[]
  runs: number
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
      sizes: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '3' },
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
    runs: whole('runs', values.runs as string, 1, 50),
    queries: whole('queries', values.queries as string, 1, 200),
    json: values.json as boolean,
    verbose: values.verbose as boolean,
    dist: resolve(values.dist as string),
    ...(values.trace ? { trace: resolve(values.trace as string) } : {}),
  }
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number
}

const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

const round = (ms: number): number => Math.round(ms * 10) / 10

/** Core Web Vitals' CLS: the largest session window of shifts not caused by input (gap ≤ 1 s, window ≤ 5 s). */
function layoutShiftScore(shifts: ProbeRecord['shifts'], until = Infinity): number {
  let best = 0
  let window = 0
  let windowStart = -Infinity
  let previous = -Infinity
  for (const shift of [...shifts].sort((a, b) => a.start - b.start)) {
    if (shift.recentInput || shift.start > until) continue
    if (shift.start - previous > 1000 || shift.start - windowStart > 5000) {
      window = 0
      windowStart = shift.start
    }
    window += shift.value
    previous = shift.start
    best = Math.max(best, window)
  }
  return best
}
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
async function typeQueries(page: Page, queries: readonly string[]): Promise<void> {
  const field = page.locator('input[type="search"]')
  await field.click({ timeout: TIMEOUT.navigation })
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
    if (traceFile) {
      await browser.startTracing(page, {
        path: traceFile,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-v8.cpu_profiler'],
      })
    }
    const cold = await loadUntilFullText(page, url, 'cold load')
    await waitForCacheWrite(page)
    await typeQueries(page, queries)
    const measured = await readProbe(page)
    cold.keys = measured.keys
    cold.shifts = measured.shifts
    if (traceFile) await browser.stopTracing()
    if (traceFile || keystrokesOnly) return { cold, repeat: cold, baselineMs }
    const repeat = await loadUntilFullText(page, url, 'repeat visit')
    if (repeat.fromCache !== true) throw new Error('repeat visit: the index was built again instead of restored from IndexedDB')
    if (pageErrors.length > 0) log(`  page errors: ${pageErrors.slice(0, 3).join(' | ')}`)
    return { cold, repeat, baselineMs }
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
  }
}

function medianFigures(runs: readonly BrowserFigures[]): BrowserFigures {
  const first = runs[0] as BrowserFigures
  const out = { ...first }
  for (const key of Object.keys(first) as Array<keyof BrowserFigures>) {
    const value = median(runs.map((r) => r[key]))
    const hundredths = key === 'fullTextRatio' || key === 'cls' || key === 'clsLoad'
    out[key] = key === 'docs' || key === 'corpusBytes' ? value : hundredths ? Math.round(value * 1000) / 1000 : round(value)
  }
  return out
}

function describeRun(f: BrowserFigures): string {
  return (
    `downloaded ${Math.round(f.downloadedMs)} ms, browse-ready ${Math.round(f.browseReadyMs)} ms, first hit ${Math.round(f.firstResultsMs)} ms, ` +
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
  const lines: string[][] = [
    ['docs', 'first results', 'full-text ready', 'MiniSearch addAll', 'ratio', 'longest task', '>50 ms', 'repeat visit', 'key p50/p95 (request)', 'worker rt p95', 'render p95', 'key p50/p95 (end to end)', 'key p50/p95 (painted)', 'CLS load / all'],
  ]
  for (const r of rows) {
    lines.push([
      String(r.docs),
      `${ms(r.firstResultsMs)} ${verdict(r.firstResultsMs <= BUDGET.firstResultsMs)}`,
      ms(r.fullTextReadyMs),
      ms(r.baselineAddAllMs),
      `${r.fullTextRatio.toFixed(2)}× ${verdict(r.fullTextRatio <= 1)}`,
      r.longestTaskMs === 0 ? '≤ 50 ms ok' : `${ms(r.longestTaskMs)} ${verdict(r.longestTaskMs <= BUDGET.longTaskMs)}`,
      String(r.longTasksOver50),
      `${ms(r.repeatVisitReadyMs)} ${verdict(r.repeatVisitReadyMs <= BUDGET.repeatVisitReadyMs)}`,
      `${ms(r.keystrokeP50Ms)} / ${ms(r.keystrokeP95Ms)} ${verdict(r.keystrokeP95Ms <= BUDGET.keystrokeP95Ms)}`,
      ms(r.keystrokeRoundTripP95Ms),
      ms(r.keystrokeRenderP95Ms),
      `${ms(r.keystrokeEndToEndP50Ms)} / ${ms(r.keystrokeEndToEndP95Ms)}`,
      `${ms(r.keystrokePaintedP50Ms)} / ${ms(r.keystrokePaintedP95Ms)} ${verdict(r.keystrokePaintedP95Ms <= BUDGET.keystrokePaintedP95Ms)}`,
      `${r.clsLoad.toFixed(3)} / ${r.cls.toFixed(3)} ${verdict(Math.max(r.clsLoad, r.cls) <= BUDGET.cls)}`,
    ])
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => (l[c] as string).length)))
  return lines.map((l) => l.map((cell, c) => cell.padStart(widths[c] as number)).join('  ')).join('\n')
}

/** Runs every size; the browser, the server and the temporary corpora are gone when it returns. */
async function measure(opts: Options): Promise<BrowserFigures[]> {
  const folder = mkdtempSync(join(tmpdir(), 'pressroom-browser-bench-'))
  let server: TestServer | undefined
  let browser: Browser | undefined
  try {
    server = await startServer({ root: opts.dist, fixtures: folder, examples: 'examples' })
    browser = await launchBrowser()
    // Warm the Node baseline's code paths once, so the first size does not pay for compiling MiniSearch.
    new MiniSearch({ fields: ['title', 'body'], storeFields: [] }).addAll(generateCorpus({ count: 300, seed: SEED + 1 }).releases)
    const rows: BrowserFigures[] = []
    for (const docs of opts.sizes) {
      const name = `corpus-${docs}.json`
      const file = join(folder, name)
      const { corpus, bytes } = await writeCorpus(docs, file)
      const queries = typingQueries(corpus, opts.queries, QUERY_SEED)
      const url = `${server.origin}/?corpus=${encodeURIComponent(`/__fixtures/${name}`)}`
      log(`${docs} releases (${(bytes / 1048576).toFixed(1)} MB), ${queries.length} queries, ${opts.runs} cold run(s)`)
      if (opts.trace) {
        mkdirSync(opts.trace, { recursive: true })
        const traceFile = join(opts.trace, `cold-${docs}.trace.json`)
        await coldRun(browser, url, queries, file, traceFile)
        log(`  trace of an uncounted cold load and typing: ${traceFile}`)
      }
      const runs: BrowserFigures[] = []
      for (let run = 1; run <= opts.runs; run++) {
        const result = await coldRun(browser, url, queries, file, undefined, opts.keystrokesOnly)
        const figures = figuresOf(docs, bytes, result)
        log(`  run ${run}: ${describeRun(figures)}`)
        if (opts.verbose) log(timeline(result))
        runs.push(figures)
      }
      rows.push(medianFigures(runs))
    }
    return rows
  } finally {
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
  const rows = await measure(opts)
  if (opts.json) {
    console.log(JSON.stringify({ sizes: rows }, null, 2))
  } else {
    console.log(table(rows))
    console.log(
      'medians over cold runs in fresh contexts; first results and full-text ready from navigation start; ratio = full-text ready / raw MiniSearch addAll in Node;\n' +
        'longest task from the Long Tasks API (reports only tasks over 50 ms); key (request) = search posted to the worker → results region updated (held to the worker budget, p95 ≤ 16 ms),\n' +
        'split into worker rt (posted → answer received by the page) and render (answer → DOM updated);\n' +
        'key (end to end) = input event → results region updated; key (painted) = input event → first frame after that update (budget p95 ≤ 50 ms);\n' +
        'CLS = largest session window of layout shifts without recent input, for the cold load and for the whole page with typing (budget ≤ 0.05)' +
        (opts.keystrokesOnly ? '\n--only keystrokes: no baseline and no repeat visit were run (their columns repeat the cold figures or show 0)' : ''),
    )
  }
  return 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`browser-bench: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
