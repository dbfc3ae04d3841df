import { afterEach, describe, expect, it, vi } from 'vitest'
import { CorpusLoadError, fetchCorpus, RESUMES, STALL_TIMEOUT_MS, startsLikeMarkup } from '../../../src/worker/fetchCorpus.ts'

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

describe('fetchCorpus: a download broken off by the network', () => {
  const body = encode(JSON.stringify({ releases: Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, title: `Release ${i} — Miqrasiya xidməti` })) }))
  const breakAt = 3001

  /**
   * A server whose first answer breaks off after `breakAt` bytes, same-origin with an ETag; it then
   * answers as `then` says: honouring the range, ignoring it (the whole file), the whole of another
   * file, or breaking again. Records each request's headers.
   */
  function breaking(then: 'range' | 'whole' | 'changed' | 'breaks') {
    const requests: Array<Record<string, string>> = []
    const breakingBody = (bytes: Uint8Array) => {
      const pieces = [bytes.slice(0, 1000), bytes.slice(1000, breakAt)]
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          const piece = pieces.shift()
          if (piece) controller.enqueue(piece)
          else controller.error(new TypeError('network error'))
        },
      })
    }
    const whole = (bytes: Uint8Array) => new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(bytes.slice()), c.close()) })
    const fetchImpl = (async (_url: unknown, options?: RequestInit) => {
      const headers = Object.fromEntries(new Headers(options?.headers).entries())
      requests.push(headers)
      const first = requests.length === 1
      let response: Response
      if (first || then === 'breaks') response = new Response(breakingBody(body), { headers: { etag: '"v1"', 'content-length': String(body.length) } })
      else if (then === 'range' && headers.range) {
        const from = Number(/bytes=(\d+)-/.exec(headers.range)?.[1])
        response = new Response(whole(body.slice(from)), { status: 206, headers: { 'content-range': `bytes ${from}-${body.length - 1}/${body.length}` } })
      } else if (then === 'changed') {
        const other = body.slice()
        other[10] = 0x41
        response = new Response(whole(other), { headers: { etag: '"v2"' } })
      } else response = new Response(whole(body), { headers: { etag: '"v1"' } })
      // Same-origin: every header shows (Node's responses say "default").
      Object.defineProperty(response, 'type', { value: 'basic' })
      return response
    }) as typeof fetch
    return { fetchImpl, requests }
  }

  it.each(['range', 'whole'] as const)('takes it up again (server answering %s) and reads every byte once, in order', async (then) => {
    const server = breaking(then)
    const chunks: Uint8Array[] = []
    const download = await fetchCorpus('/c.json', () => {}, server.fetchImpl, (chunk) => void chunks.push(chunk))
    expect(download.bytes).toEqual(body)
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(body))
    expect(server.requests).toHaveLength(2)
    // From where it broke, and only if it is still the same file.
    expect(server.requests[1]).toEqual({ range: `bytes=${breakAt}-`, 'if-range': '"v1"' })
  })

  it('fails, saying so, when the file changed between the two answers', async () => {
    const failure = await failureOf(fetchCorpus('/c.json', () => {}, breaking('changed').fetchImpl))
    expect(failure).toMatchObject({ kind: 'network', problem: { code: 'load.network', params: { detail: 'the file changed while it was downloaded' } } })
  })

  it(`gives up after ${RESUMES} more breaks`, async () => {
    const server = breaking('breaks')
    const failure = await failureOf(fetchCorpus('/c.json', () => {}, server.fetchImpl))
    expect(failure).toMatchObject({ kind: 'network', problem: { code: 'load.network' } })
    expect(server.requests).toHaveLength(RESUMES + 1)
  })
})
