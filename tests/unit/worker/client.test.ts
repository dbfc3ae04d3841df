import { afterEach, describe, expect, it, vi } from 'vitest'
import { SearchClient, type WorkerLike } from '../../../src/worker/client.ts'
import type { WorkerEvent, WorkerRequest } from '../../../src/worker/protocol.ts'
import { validateSearchRequest } from '../../../src/core/request/schema.ts'
import type { SearchResponse } from '../../../src/core/search/types.ts'

/** A search worker the test speaks for; `assist` is recorded. */
function fakeWorker() {
  const posted: WorkerRequest[] = []
  let listener: ((event: MessageEvent<WorkerEvent>) => void) | undefined
  const assist = vi.fn()
  const worker: WorkerLike = {
    postMessage: (message) => void posted.push(message),
    addEventListener: ((type: string, l: (event: MessageEvent<WorkerEvent>) => void) => {
      if (type === 'message') listener = l
    }) as WorkerLike['addEventListener'],
    terminate: () => {},
    assist,
  }
  return { worker, posted, assist, send: (data: WorkerEvent) => listener?.({ data } as MessageEvent<WorkerEvent>) }
}

const response = { total: 0, page: 1, pageSize: 20, hits: [], facets: { officials: [], organisations: [], topics: [], types: [], langs: [] }, histogram: { years: [], months: [] }, tookMs: 1, indexed: 1, releases: 1 } as unknown as SearchResponse

afterEach(() => {
  vi.useRealTimers()
})

/** A client whose worker reported `indexed`, and whose first search was answered; timers not yet run. */
async function answeredAfter(indexed: Omit<Extract<WorkerEvent, { type: 'indexed' }>, 'type'>) {
  const fake = fakeWorker()
  const client = new SearchClient('/corpus.json', () => fake.worker)
  fake.send({ type: 'indexed', ...indexed })
  const searching = client.search(validateSearchRequest({}).request)
  const request = fake.posted.find((m) => m.type === 'search') as Extract<WorkerRequest, { type: 'search' }>
  fake.send({ type: 'search', seq: request.seq, response })
  await searching
  return fake
}

describe('SearchClient: the counting worker', () => {
  it('starts once the worker indexes text and an answer has come, after a paint', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const fake = await answeredAfter({ indexed: 25, total: 1000, fromCache: false, reading: true })
    expect(fake.assist).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(fake.assist).toHaveBeenCalledTimes(1)
    // Only once.
    fake.send({ type: 'indexed', indexed: 50, total: 1000, fromCache: false })
    vi.runAllTimers()
    expect(fake.assist).toHaveBeenCalledTimes(1)
  })

  it('does not start where the browser has one core', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    vi.stubGlobal('navigator', { hardwareConcurrency: 1 })
    try {
      const fake = await answeredAfter({ indexed: 25, total: 1000, fromCache: false })
      vi.runAllTimers()
      expect(fake.assist).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('does not start for an index restored from the cache, or one finished in a single step', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    for (const indexed of [{ indexed: 1000, total: 1000, fromCache: true }, { indexed: 40, total: 40, fromCache: false }]) {
      const fake = await answeredAfter(indexed)
      vi.runAllTimers()
      expect(fake.assist).not.toHaveBeenCalled()
    }
  })
})
