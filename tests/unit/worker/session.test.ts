import { describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { generateCorpus } from '../../../src/core/generate/index.ts'
import { FIRST_SCREEN_RELEASES, WorkerSession } from '../../../src/worker/session.ts'
import { contentKey, readCachedIndex, writeCachedIndex } from '../../../src/worker/indexCache.ts'
import type { WorkerEvent } from '../../../src/worker/protocol.ts'
import { validateSearchRequest } from '../../../src/core/request/schema.ts'
import { parseCorpusText } from '../../../src/core/corpus/parse.ts'
import { slowFetch } from './slowFetch.ts'

const search = (q: string) => validateSearchRequest({ q }).request

const corpusText = JSON.stringify(generateCorpus({ count: 300, seed: 7 }))
const URL_A = 'https://example.org/corpus.json'
const VERSION = 'test-build-1'

function fakeFetch(body: string, status = 200): typeof fetch {
  return (async () => new Response(body, { status, headers: { 'content-length': String(new TextEncoder().encode(body).byteLength) } })) as typeof fetch
}

/** A session whose scheduled tasks run when `drain` is called, like a worker's task queue. */
function harness(fetchImpl: typeof fetch, indexedDB: IDBFactory = new IDBFactory(), cacheVersion = VERSION) {
  const events: WorkerEvent[] = []
  const tasks: Array<() => void> = []
  const session = new WorkerSession({ post: (e) => events.push(e), fetchImpl, indexedDB, schedule: (task) => tasks.push(task), cacheVersion })
  async function drain(until: () => boolean): Promise<void> {
    for (let i = 0; i < 100_000 && !until(); i++) {
      const task = tasks.shift()
      if (task) task()
      else await new Promise((resolve) => setTimeout(resolve, 1))
    }
    if (!until()) throw new Error('condition never held')
  }
  /** Runs every task queued so far. */
  function flush(): void {
    while (tasks.length > 0) tasks.shift()?.()
  }
  return { session, events, drain, flush, indexedDB }
}

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('condition never held')
}

/** Entries in the cache, 0 before the worker has created it. */
function cachedEntries(indexedDB: IDBFactory): Promise<number> {
  return new Promise((resolve) => {
    const open = indexedDB.open('pressroom')
    open.onupgradeneeded = () => open.transaction?.abort()
    open.onerror = () => resolve(0)
    open.onsuccess = () => {
      const count = open.result.transaction('indexes').objectStore('indexes').count()
      count.onsuccess = () => {
        open.result.close()
        resolve(count.result)
      }
    }
  })
}

const fullyIndexed = (events: WorkerEvent[]) => events.some((e) => e.type === 'indexed' && e.indexed === e.total)

describe('WorkerSession', () => {
  it('shows browse results first, indexes in slices, then caches the index for the next visit', async () => {
    const first = harness(fakeFetch(corpusText))
    first.session.handle({ type: 'load', url: 'https://example.org/corpus.json' })
    await first.drain(() => first.events.some((e) => e.type === 'ready'))
    const ready = first.events.find((e) => e.type === 'ready')
    expect(ready?.type === 'ready' && ready.info.releaseCount).toBe(300)
    expect(first.events.filter((e) => e.type === 'progress' && e.phase === 'download').length).toBeGreaterThan(0)
    await first.drain(() => fullyIndexed(first.events))
    expect(first.events.filter((e) => e.type === 'indexed').length).toBeGreaterThan(1)

    // The cache write is a scheduled task; run it and let IndexedDB finish.
    await waitFor(async () => {
      first.flush()
      return (await cachedEntries(first.indexedDB)) === 1
    })

    // The next visit restores the index instead of indexing (its slices are held back here).
    const second = harness(fakeFetch(corpusText), first.indexedDB)
    second.session.handle({ type: 'load', url: 'https://example.org/corpus.json' })
    await waitFor(async () => second.events.some((e) => e.type === 'indexed' && e.fromCache))
    expect(second.events.some((e) => e.type === 'indexed' && e.fromCache && e.indexed === 300)).toBe(true)

    second.session.handle({ type: 'search', seq: 1, channel: 'a', request: search('migration') })
    await second.drain(() => second.events.some((e) => e.type === 'search'))
    const answer = second.events.find((e) => e.type === 'search')
    expect(answer?.type === 'search' && answer.response.total).toBeGreaterThan(0)
  })

  it('answers only the newest search of each channel', async () => {
    const h = harness(fakeFetch(corpusText))
    h.session.handle({ type: 'load', url: 'https://example.org/corpus.json' })
    await h.drain(() => fullyIndexed(h.events))
    h.session.handle({ type: 'search', seq: 10, channel: 'a', request: search('m') })
    h.session.handle({ type: 'search', seq: 11, channel: 'a', request: search('mi') })
    h.session.handle({ type: 'search', seq: 12, channel: 'b', request: search('visit') })
    await h.drain(() => h.events.filter((e) => e.type === 'search').length >= 2)
    await h.drain(() => true)
    const answered = h.events.flatMap((e) => (e.type === 'search' ? [e.seq] : []))
    expect(answered.sort()).toEqual([11, 12])
  })

  it('reports an HTTP failure and a truncated corpus', async () => {
    const missing = harness(fakeFetch('nope', 404))
    missing.session.handle({ type: 'load', url: 'https://example.org/missing.json' })
    await missing.drain(() => missing.events.some((e) => e.type === 'failed'))
    const failed = missing.events.find((e) => e.type === 'failed')
    expect(failed?.type === 'failed' && failed.failure).toMatchObject({ kind: 'http', status: 404 })

    const truncated = harness(fakeFetch(corpusText.slice(0, 5000)))
    truncated.session.handle({ type: 'load', url: 'https://example.org/c.json' })
    await truncated.drain(() => truncated.events.some((e) => e.type === 'failed'))
    const parse = truncated.events.find((e) => e.type === 'failed')
    expect(parse?.type === 'failed' && parse.failure.kind).toBe('parse')
    expect(parse?.type === 'failed' && parse.failure.message).toMatch(/not valid JSON/)
  })

  // The download names a page at its first bytes, before the text is parsed.
  it('names an HTML page served where the corpus was expected, with its address', async () => {
    const html = harness(fakeFetch('<!doctype html><html><body>Welcome</body></html>'))
    html.session.handle({ type: 'load', url: 'https://example.org/press/' })
    await html.drain(() => html.events.some((e) => e.type === 'failed'))
    const failed = html.events.find((e) => e.type === 'failed')
    expect(failed?.type === 'failed' && failed.failure.problem).toMatchObject({ code: 'load.html', params: { url: 'https://example.org/press/' } })
    expect(failed?.type === 'failed' && failed.failure.message).toBe('the server sent a web page (HTML) instead of the archive at https://example.org/press/')
  })

  // Each test indexes 300 releases a few times: seconds on a loaded machine.
  describe('repeat visits', { timeout: 30_000 }, () => {
    /** A first visit that indexes the corpus and leaves its entry in the cache. */
    async function firstVisit(text = corpusText, indexedDB = new IDBFactory()) {
      const h = harness(fakeFetch(text), indexedDB)
      h.session.handle({ type: 'load', url: URL_A })
      await h.drain(() => fullyIndexed(h.events))
      await waitFor(async () => {
        h.flush()
        return (await cachedEntries(indexedDB)) === 1 && (await readCachedIndex(URL_A, indexedDB))?.content === (await contentKey(new TextEncoder().encode(text), VERSION))
      })
      return indexedDB
    }

    async function visit(text: string, indexedDB: IDBFactory, version = VERSION) {
      const h = harness(fakeFetch(text), indexedDB, version)
      h.session.handle({ type: 'load', url: URL_A })
      await h.drain(() => fullyIndexed(h.events))
      const answer = async (q: string) => {
        const before = h.events.length
        h.session.handle({ type: 'search', seq: before, channel: 'a', request: search(q) })
        await h.drain(() => h.events.slice(before).some((e) => e.type === 'search'))
        const event = h.events.slice(before).find((e) => e.type === 'search')
        return event?.type === 'search' ? event.response : undefined
      }
      return { ...h, fromCache: h.events.some((e) => e.type === 'indexed' && e.fromCache), answer }
    }

    it('start from the cached index and browse structures without parsing the corpus again', async () => {
      const indexedDB = await firstVisit()
      const second = await visit(corpusText, indexedDB)
      expect(second.fromCache).toBe(true)
      // No parse phase: the browse structures came from the cache.
      expect(second.events.some((e) => e.type === 'progress' && e.phase === 'parse')).toBe(false)
      const ready = second.events.find((e) => e.type === 'ready')
      expect(ready?.type === 'ready' && ready.info.releaseCount).toBe(300)
      const fresh = await visit(corpusText, new IDBFactory())
      for (const q of ['migration', 'visit ', '']) {
        const [cached, built] = [await second.answer(q), await fresh.answer(q)]
        expect({ ...cached, tookMs: 0 }).toEqual({ ...built, tookMs: 0 })
      }
    })

    it('index afresh when one byte of the corpus changed, even at the same length, and cache the new index', async () => {
      const indexedDB = await firstVisit()
      const corpus = JSON.parse(corpusText) as { releases: Array<{ title: string }> }
      const title = corpus.releases[0]?.title as string
      const edited = corpusText.replace(JSON.stringify(title), JSON.stringify(`Zqxjkv${title.slice(6)}`))
      expect(edited.length).toBe(corpusText.length)
      expect(edited).not.toBe(corpusText)
      const second = await visit(edited, indexedDB)
      expect(second.fromCache).toBe(false)
      expect((await second.answer('zqxjkv'))?.total).toBe(1)
      await waitFor(async () => {
        second.flush()
        return (await readCachedIndex(URL_A, indexedDB))?.content === (await contentKey(new TextEncoder().encode(edited), VERSION))
      })
      expect((await visit(edited, indexedDB)).fromCache).toBe(true)
    })

    it('index afresh after a new build (another cache version)', async () => {
      const indexedDB = await firstVisit()
      expect((await visit(corpusText, indexedDB, 'test-build-2')).fromCache).toBe(false)
    })

    it('index afresh when the cached entry is damaged or cut short, and replace it', async () => {
      const key = await contentKey(new TextEncoder().encode(corpusText), VERSION)
      for (const damage of ['cut', 'flip', 'catalog'] as const) {
        const indexedDB = await firstVisit()
        const stored = await readCachedIndex(URL_A, indexedDB)
        const index = new Uint8Array(stored?.index as ArrayBuffer)
        if (damage === 'flip') index[index.length >> 1] = (index[index.length >> 1] as number) ^ 0x40
        const broken =
          damage === 'cut'
            ? { content: key, index: index.slice(0, index.length >> 1).buffer }
            : damage === 'flip'
              ? { content: key, index: index.buffer }
              : { content: key, index: index.buffer, corpus: { ...stored?.corpus, catalog: { releases: 'nothing' } } }
        await writeCachedIndex(URL_A, broken as typeof stored & object, indexedDB)
        const second = await visit(corpusText, indexedDB)
        // A catalog that does not fit is rebuilt from the corpus; its index still fits.
        expect(second.fromCache).toBe(damage === 'catalog')
        expect(second.events.some((e) => e.type === 'failed')).toBe(false)
        expect((await second.answer('migration'))?.total).toBeGreaterThan(0)
        if (damage !== 'catalog') {
          await waitFor(async () => {
            second.flush()
            const entry = await readCachedIndex(URL_A, indexedDB)
            return entry?.index.byteLength === stored?.index.byteLength && entry?.corpus !== undefined
          })
          expect((await visit(corpusText, indexedDB)).fromCache).toBe(true)
        }
      }
    })
  })

  it('shows the newest releases of a corpus written newest first before its download ends, and grows as it arrives', async () => {
    const corpus = generateCorpus({ count: 1500, seed: 11 })
    const server = slowFetch(JSON.stringify(corpus), 40)
    const h = harness(server.fetchImpl)
    h.session.handle({ type: 'load', url: 'https://example.org/corpus.json' })
    const ready = () => h.events.filter((e): e is Extract<WorkerEvent, { type: 'ready' }> => e.type === 'ready')
    await h.drain(() => {
      server.next()
      return ready().length > 0
    })
    expect(server.done()).toBe(false)
    const first = ready()[0]!.info
    expect(first.reading).toBe(true)
    expect(first.releaseCount).toBeGreaterThanOrEqual(FIRST_SCREEN_RELEASES)
    expect(first.releaseCount).toBeLessThan(1500)
    expect(first.lastDate).toBe(corpus.releases[0]!.date)

    // Browsing answers with the newest releases, and says the corpus is still being read.
    h.session.handle({ type: 'search', seq: 1, channel: 'a', request: validateSearchRequest({}).request })
    await h.drain(() => h.events.some((e) => e.type === 'search'))
    const answer = h.events.find((e) => e.type === 'search')
    expect(answer?.type === 'search' && answer.response.reading).toBe(true)
    expect(answer?.type === 'search' && answer.response.hits.map((hit) => hit.id)).toEqual(corpus.releases.slice(0, 20).map((r) => r.id))

    // A release page waits for the whole corpus: the oldest release may not have arrived yet.
    const oldest = corpus.releases.at(-1)!.id
    h.session.handle({ type: 'release', seq: 2, id: oldest })
    await h.drain(() => true)
    expect(h.events.some((e) => e.type === 'release')).toBe(false)

    // While reading, full text is never reported complete.
    await h.drain(() => {
      server.next()
      return server.done() && ready().some((e) => !e.info.reading)
    })
    const counts = ready().map((e) => e.info.releaseCount)
    expect(counts.length).toBeGreaterThan(2)
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(ready().at(-1)!.info.releaseCount).toBe(1500)
    const release = h.events.find((e) => e.type === 'release')
    expect(release?.type === 'release' && release.detail?.release.id).toBe(oldest)
    expect(h.events.indexOf(release!)).toBeGreaterThan(h.events.indexOf(ready().at(-1)!))
    await h.drain(() => fullyIndexed(h.events))
    const complete = h.events.findIndex((e) => e.type === 'indexed' && e.indexed === e.total)
    expect(h.events.slice(0, complete).some((e) => e.type === 'indexed' && e.reading && e.indexed >= e.total)).toBe(false)
    expect(h.events.slice(complete).some((e) => e.type === 'ready' && e.info.reading)).toBe(false)
  }, 30_000)

  it('shows a corpus written oldest first only once it is read, with the same problems as a whole read', async () => {
    const corpus = generateCorpus({ count: 600, seed: 3 })
    const oldestFirst = JSON.stringify({ ...corpus, releases: [...corpus.releases].reverse() })
    const server = slowFetch(oldestFirst, 12)
    const h = harness(server.fetchImpl)
    h.session.handle({ type: 'load', url: 'https://example.org/corpus.json' })
    await h.drain(() => {
      server.next()
      return h.events.some((e) => e.type === 'ready')
    })
    expect(server.done()).toBe(true)
    const ready = h.events.filter((e) => e.type === 'ready')
    expect(ready).toHaveLength(1)
    expect(ready[0]?.type === 'ready' && ready[0].info.reading).toBeUndefined()
  })

  it('keeps the releases read before a break in the text, with the problem a whole read gives first', async () => {
    const text = JSON.stringify(generateCorpus({ count: 1200, seed: 5 }))
    const broken = text.slice(0, Math.floor(text.length * 0.8))
    const server = slowFetch(broken, 30)
    const h = harness(server.fetchImpl)
    h.session.handle({ type: 'load', url: 'https://example.org/corpus.json' })
    await h.drain(() => {
      server.next()
      return h.events.some((e) => e.type === 'ready' && !e.info.reading) || h.events.some((e) => e.type === 'failed')
    })
    const last = h.events.filter((e) => e.type === 'ready').at(-1)
    const whole = parseCorpusText(broken, 'https://example.org/corpus.json')
    expect('error' in whole && whole.error.code).toMatch(/^json\./)
    expect(last?.type === 'ready' && last.info.errors[0]).toEqual('error' in whole && { ...whole.error, cost: 'rest' })
    expect(last?.type === 'ready' && last.info.releaseCount).toBeGreaterThan(FIRST_SCREEN_RELEASES)
    expect(h.events.some((e) => e.type === 'failed')).toBe(false)
  })
})
