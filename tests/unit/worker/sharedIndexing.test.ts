import { afterEach, describe, expect, it, vi } from 'vitest'
import { generateCorpus } from '../../../src/core/generate/index.ts'
import { SearchEngine } from '../../../src/core/search/engine.ts'
import { countTerms } from '../../../src/core/search/bulkAdd.ts'
import { countingFor } from '../../../src/core/search/fullText.ts'
import { BATCH_RELEASES, IN_FLIGHT, PATIENCE_MS, SharedIndexing, START_PATIENCE_MS, type CounterLink } from '../../../src/worker/sharedIndexing.ts'
import { serveCounting, type CountAnswer, type CountingPort, type CountRequest } from '../../../src/worker/termCounter.ts'
import { WorkerSession } from '../../../src/worker/session.ts'
import type { WorkerEvent } from '../../../src/worker/protocol.ts'
import { validateSearchRequest } from '../../../src/core/request/schema.ts'
import { IDBFactory } from 'fake-indexeddb'
import { slowFetch } from './slowFetch.ts'
import type { Corpus } from '../../../src/core/corpus/types.ts'

const corpus = generateCorpus({ count: 1000, seed: 17 })

/** A counting worker the test drives: requests wait until `answer` is called. */
function fakeCounter(mode: 'counts' | 'fails' = 'counts') {
  const requests: Array<Extract<CountRequest, { type: 'count' }>> = []
  let listener: ((event: MessageEvent<CountAnswer>) => void) | undefined
  let done = false
  const link: CounterLink = {
    postMessage(message) {
      if (message.type === 'done') done = true
      else requests.push(message)
    },
    addEventListener(_type, l) {
      listener = l
    },
    start() {},
  }
  let answered = 0
  return {
    link,
    /** The counting worker says it has started. */
    started: () => listener?.({ data: { ready: true } } as MessageEvent<CountAnswer>),
    requests,
    done: () => done,
    answered: () => answered,
    /** Answers the oldest `n` requests not yet answered. */
    answer(n = 1) {
      for (let i = 0; i < n && requests.length > 0; i++) {
        const request = requests.shift() as Extract<CountRequest, { type: 'count' }>
        const data: CountAnswer =
          mode === 'fails' ? { seq: request.seq, failed: 'no counting here' } : { seq: request.seq, counted: structuredClone(countTerms(countingFor(request.features)!, request.texts)) }
        answered++
        listener?.({ data } as MessageEvent<CountAnswer>)
      }
    },
  }
}

/** The engine's index, built by the search worker alone. */
function alone(of: Corpus): Uint8Array {
  const engine = SearchEngine.fromCorpus(of)
  while (!engine.isFullyIndexed) engine.indexChunk(100)
  return new Uint8Array(engine.serializeIndex())
}

const expected = alone(corpus)

afterEach(() => {
  vi.useRealTimers()
})

describe('SharedIndexing', () => {
  it('meets the counting worker in the middle and builds exactly the index the search worker builds alone', () => {
    const engine = SearchEngine.fromCorpus(corpus)
    const counter = fakeCounter()
    const onCounted = vi.fn()
    const shared = new SharedIndexing(counter.link, onCounted)
    shared.plan(engine.catalog.releases, 0, engine.textFeatures, true)
    // The counting worker holds a few batches at a time, from the front.
    expect(counter.requests).toHaveLength(IN_FLIGHT)
    expect(counter.requests[0]?.texts).toHaveLength(BATCH_RELEASES)
    const results: string[] = []
    for (let step = 0; step < 500 && !engine.isFullyIndexed; step++) {
      const result = shared.step(engine)
      results.push(result)
      // The counting worker answers one batch every other step, or when the search worker waits.
      if (step % 2 === 1 || result === 'wait') counter.answer()
    }
    expect(engine.isFullyIndexed).toBe(true)
    expect(new Uint8Array(engine.serializeIndex())).toEqual(expected)
    const batches = Math.ceil(corpus.releases.length / BATCH_RELEASES)
    // Both counted: the counting worker some batches, the search worker the others (from the back).
    expect(counter.answered()).toBeGreaterThan(2)
    expect(counter.answered()).toBeLessThan(batches)
    expect(onCounted).toHaveBeenCalledTimes(counter.answered())
    shared.close()
    expect(counter.done()).toBe(true)
  })

  it.each([
    ['that said it started', true, PATIENCE_MS],
    ['that never said it started', false, START_PATIENCE_MS],
  ])('waits for the counting worker only when nothing is left to count, and for a silent one %s no longer than its patience', (_, started, patience) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const releases = corpus.releases.slice(0, 3 * BATCH_RELEASES)
    const engine = SearchEngine.fromCorpus({ ...corpus, releases })
    const counter = fakeCounter()
    const onCounted = vi.fn()
    const shared = new SharedIndexing(counter.link, onCounted)
    if (started) counter.started()
    shared.plan(engine.catalog.releases, 0, engine.textFeatures, true)
    // All three batches went to the counting worker: nothing to count here, so the search worker waits.
    expect(shared.step(engine)).toBe('wait')
    vi.advanceTimersByTime(patience - 1)
    expect(onCounted).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    // Silent too long: its batches come back, and the search worker counts them itself.
    expect(onCounted).toHaveBeenCalledTimes(1)
    while (!engine.isFullyIndexed) expect(shared.step(engine)).toBe('indexed')
    // A late answer changes nothing; the counting worker is still told to stop.
    counter.answer(3)
    expect(new Uint8Array(engine.serializeIndex())).toEqual(alone({ ...corpus, releases }))
    shared.close()
    expect(counter.done()).toBe(true)
  })

  it('counts alone at once when the page says the counting worker could not start', () => {
    const releases = corpus.releases.slice(0, 3 * BATCH_RELEASES)
    const engine = SearchEngine.fromCorpus({ ...corpus, releases })
    const counter = fakeCounter()
    const onCounted = vi.fn()
    const shared = new SharedIndexing(counter.link, onCounted)
    shared.plan(engine.catalog.releases, 0, engine.textFeatures, true)
    expect(shared.step(engine)).toBe('wait')
    shared.counterLost()
    expect(onCounted).toHaveBeenCalledTimes(1)
    while (!engine.isFullyIndexed) expect(shared.step(engine)).toBe('indexed')
    expect(new Uint8Array(engine.serializeIndex())).toEqual(alone({ ...corpus, releases }))
  })

  it('counts alone once the counting worker says it cannot count', () => {
    const engine = SearchEngine.fromCorpus(corpus)
    const counter = fakeCounter('fails')
    const shared = new SharedIndexing(counter.link, () => {})
    shared.plan(engine.catalog.releases, 0, engine.textFeatures, true)
    counter.answer()
    expect(counter.requests.length).toBe(IN_FLIGHT - 1)
    for (let step = 0; step < 500 && !engine.isFullyIndexed; step++) expect(shared.step(engine)).toBe('indexed')
    expect(new Uint8Array(engine.serializeIndex())).toEqual(expected)
    // No more requests went out after the failure.
    expect(counter.requests.length).toBe(IN_FLIGHT - 1)
  })

  it('plans again from the engine’s order when the releases counted are not those at their place', () => {
    const engine = SearchEngine.fromCorpus(corpus)
    const counter = fakeCounter()
    const shared = new SharedIndexing(counter.link, () => {})
    // Planned in an order the engine does not have (oldest first).
    shared.plan([...engine.catalog.releases].reverse(), 0, engine.textFeatures, false)
    counter.answer(IN_FLIGHT)
    for (let step = 0; step < 1000 && !engine.isFullyIndexed; step++) {
      if (shared.step(engine) === 'wait') counter.answer(IN_FLIGHT)
    }
    expect(new Uint8Array(engine.serializeIndex())).toEqual(expected)
  })

  it('asks to grow when the next batch holds releases the engine has not taken yet, and counts ahead meanwhile', () => {
    const engine = SearchEngine.fromPartialCorpus({ ...corpus, releases: corpus.releases.slice(0, 100) })
    const counter = fakeCounter()
    const shared = new SharedIndexing(counter.link, () => {})
    // Planned from what was read: 300 releases, of which the engine holds 100.
    shared.plan(corpus.releases.slice(0, 300), 0, engine.textFeatures, false)
    counter.answer(IN_FLIGHT)
    const results: string[] = []
    for (let step = 0; step < 100; step++) {
      const result = shared.step(engine)
      results.push(result)
      if (result === 'grow') break
    }
    expect(results.at(-1)).toBe('grow')
    expect(engine.indexedCount).toBe(BATCH_RELEASES)
    engine.grow(corpus, true)
    shared.plan(engine.catalog.releases, engine.indexedCount, engine.textFeatures, true)
    for (let step = 0; step < 1000 && !engine.isFullyIndexed; step++) {
      if (shared.step(engine) === 'wait') counter.answer(IN_FLIGHT)
    }
    expect(new Uint8Array(engine.serializeIndex())).toEqual(expected)
  })
})

describe('WorkerSession with a counting worker', () => {
  const streamed = JSON.stringify(generateCorpus({ count: 1500, seed: 11 }))

  /**
   * A session reading the corpus in 40 pieces (as fast as it reads them, or each when `next` is
   * called), with a counting worker served in this thread (`served`), one that started but never
   * answers (`silent`), or none.
   */
  function session(counter: 'served' | 'silent' | 'none', held = false) {
    const { fetchImpl, next } = slowFetch(streamed, 40, held)
    const events: WorkerEvent[] = []
    const tasks: Array<() => void> = []
    const worker = new WorkerSession({ post: (e) => events.push(e), fetchImpl, indexedDB: new IDBFactory(), schedule: (task) => tasks.push(task), cacheVersion: 'test' })
    const channel = new MessageChannel()
    const requests: unknown[] = []
    if (counter === 'served') serveCounting(channel.port2 as unknown as CountingPort)
    if (counter === 'silent') {
      channel.port2.addEventListener('message', (event) => void requests.push(event.data))
      channel.port2.start()
      channel.port2.postMessage({ ready: true })
    }
    worker.handle({ type: 'load', url: 'https://example.org/corpus.json' })
    if (counter !== 'none') worker.handle({ type: 'counter', port: channel.port1 })
    const lastIndexed = () => events.filter((e) => e.type === 'indexed').at(-1)
    const lastReady = () => events.filter((e) => e.type === 'ready').at(-1)
    return {
      events,
      requests,
      next,
      lastIndexed,
      lastReady,
      async drain(until: () => boolean) {
        for (let i = 0; i < 100_000 && !until(); i++) {
          const task = tasks.shift()
          if (task) task()
          else await new Promise((resolve) => setTimeout(resolve, 1))
        }
        expect(until()).toBe(true)
      },
      complete: () => events.some((e) => e.type === 'indexed' && e.indexed === e.total && e.total === 1500),
      close() {
        channel.port1.close()
        channel.port2.close()
      },
      search(seq: number, q: string) {
        worker.handle({ type: 'search', seq, channel: 'a', request: validateSearchRequest({ q }).request })
        while (tasks.length > 0) tasks.shift()?.()
        const answer = events.find((e) => e.type === 'search' && e.seq === seq)
        return answer?.type === 'search' ? { ...answer.response, tookMs: 0 } : undefined
      },
      handle: (message: Parameters<WorkerSession['handle']>[0]) => worker.handle(message),
    }
  }

  const queries = ['migration', 'IOM visa', 'miqrasiya', 'мигра', 'residence permit', '"work permit"']

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('indexes a corpus that arrives in pieces with the counting worker, and answers as the search worker alone', async () => {
    const taken = vi.spyOn(SearchEngine.prototype, 'indexCounted')
    const shared = session('served')
    await shared.drain(shared.complete)
    // Batches counted elsewhere were added (not only answered).
    expect(taken.mock.results.filter((r) => r.value === true).length).toBeGreaterThan(0)
    taken.mockRestore()
    const lone = session('none')
    await lone.drain(lone.complete)
    for (const [seq, q] of queries.entries()) {
      const answer = shared.search(seq, q)
      expect(answer?.total).toBeGreaterThan(0)
      expect(answer).toEqual(lone.search(seq, q))
    }
    shared.close()
  }, 30_000)

  it('finishes alone when the counting worker falls silent, and tells it to stop', async () => {
    const silent = session('silent')
    await silent.drain(silent.complete)
    const lone = session('none')
    await lone.drain(lone.complete)
    for (const [seq, q] of queries.entries()) expect(silent.search(seq, q)).toEqual(lone.search(seq, q))
    await vi.waitFor(() => expect(silent.requests.at(-1)).toEqual({ type: 'done' }))
    silent.close()
  }, 30_000)

  it('indexes every release the engine holds while the download waits', async () => {
    const held = session('served', true)
    // Some pieces, then none: what was read must become searchable without the next piece.
    const shown = () => {
      const ready = held.lastReady()
      return ready?.type === 'ready' ? ready.info.releaseCount : 0
    }
    await held.drain(() => {
      held.next()
      return shown() >= 700
    })
    await held.drain(() => {
      const indexed = held.lastIndexed()
      return indexed?.type === 'indexed' && indexed.indexed === shown()
    })
    held.close()
  }, 30_000)
})
