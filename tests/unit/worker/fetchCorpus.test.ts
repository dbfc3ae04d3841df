import { afterEach, describe, expect, it, vi } from 'vitest'
import { CorpusLoadError, fetchCorpus, STALL_TIMEOUT_MS, startsLikeMarkup } from '../../../src/worker/fetchCorpus.ts'

const encode = (text: string) => new TextEncoder().encode(text)

/** A response whose body sends these chunks and then never ends (unless `end`), like a dripping server. */
function dripping(chunks: string[], init: ResponseInit = {}, end = false): typeof fetch {
  return (async (_url: unknown, options?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encode(chunk))
        if (end) controller.close()
        options?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')))
      },
    })
    return new Response(body, init)
  }) as typeof fetch
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    if (error instanceof CorpusLoadError) return error.failure
    throw error
  }
  throw new Error('expected a failure')
}

afterEach(() => {
  vi.useRealTimers()
})

describe('fetchCorpus', () => {
  it('fails on an error status without waiting for the error page to end', async () => {
    const failure = await failureOf(fetchCorpus('/c.json', () => {}, dripping(['<html>Not found'], { status: 404, statusText: 'Not Found' })))
    expect(failure).toMatchObject({ kind: 'http', status: 404, problem: { path: '', code: 'load.http', params: { status: '404 Not Found', url: '/c.json' } } })
  })

  it('names a web page where JSON was expected at its first bytes, while the page is still arriving', async () => {
    const failure = await failureOf(fetchCorpus('/c.json', () => {}, dripping(['\n  <!doctype html><html><head>'], { status: 200, headers: { 'content-type': 'text/html' } })))
    expect(failure).toMatchObject({ kind: 'html', problem: { code: 'load.html', params: { url: '/c.json' } } })
  })

  it('still times out on a stalled download', async () => {
    vi.useFakeTimers()
    const pending = failureOf(fetchCorpus('/c.json', () => {}, dripping(['{"schema": "announcements/v1", '], { status: 200 })))
    await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS + 1)
    expect(await pending).toMatchObject({ kind: 'timeout', problem: { code: 'load.timeout', params: { seconds: STALL_TIMEOUT_MS / 1000 } } })
  })

  it('reads JSON that starts with white space or a byte-order mark, reporting progress', async () => {
    const progress: number[] = []
    const download = await fetchCorpus('/c.json', (loaded) => progress.push(loaded), dripping(['\uFEFF', '  \n', '{"schema": 1}'], { status: 200 }, true))
    expect(download.text.trim()).toBe('{"schema": 1}')
    expect(progress.at(-1)).toBe(download.bytes.byteLength)
  })

  it('names an empty corpus', async () => {
    expect(await failureOf(fetchCorpus('/c.json', () => {}, dripping([' \n'], { status: 200 }, true)))).toMatchObject({ kind: 'empty', problem: { code: 'load.empty' } })
  })
})

describe('startsLikeMarkup', () => {
  it('looks at the first character that is not white space', () => {
    expect(startsLikeMarkup(encode('\uFEFF <html>'))).toBe(true)
    expect(startsLikeMarkup(encode('\r\n{"a":1}'))).toBe(false)
    expect(startsLikeMarkup(encode('  \n'))).toBeUndefined()
  })
})
