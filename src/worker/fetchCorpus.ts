/**
 * Downloads a corpus with progress, turning every way it can fail into a
 * LoadFailure with a message a person can act on.
 */
import type { LoadFailure } from './protocol.ts'

/** No byte for this long means the server has stalled. */
export const STALL_TIMEOUT_MS = 30_000

export class CorpusLoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.message)
  }
}

/** A downloaded corpus: its bytes (hashed for the index cache) and their text. */
export interface CorpusDownload {
  bytes: Uint8Array
  text: string
}

/** Fetches the corpus, reporting (loaded, total) bytes; total is 0 when the server does not say. */
export async function fetchCorpus(
  url: string,
  onProgress: (loaded: number, total: number) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<CorpusDownload> {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  let timedOut = false
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, STALL_TIMEOUT_MS)
  }
  try {
    arm()
    let response: Response
    try {
      response = await fetchImpl(url, { signal: controller.signal })
    } catch (error) {
      throw networkFailure(url, error, timedOut)
    }
    if (!response.ok) {
      throw new CorpusLoadError({
        kind: 'http',
        status: response.status,
        message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`,
      })
    }
    // Compressed responses report the compressed length, so progress may end below 100%.
    const total = Number(response.headers.get('content-length')) || 0
    if (!response.body) return finish(url, new Uint8Array(await response.arrayBuffer()))
    const reader = response.body.getReader()
    const parts: Uint8Array[] = []
    let loaded = 0
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>
      try {
        chunk = await reader.read()
      } catch (error) {
        throw networkFailure(url, error, timedOut)
      }
      if (chunk.done) break
      arm()
      loaded += chunk.value.byteLength
      parts.push(chunk.value)
      onProgress(loaded, total)
    }
    const bytes = new Uint8Array(loaded)
    let offset = 0
    for (const part of parts) {
      bytes.set(part, offset)
      offset += part.byteLength
    }
    return finish(url, bytes)
  } finally {
    clearTimeout(timer)
  }
}

function finish(url: string, bytes: Uint8Array): CorpusDownload {
  const text = new TextDecoder().decode(bytes)
  if (text.trim() === '') throw new CorpusLoadError({ kind: 'empty', message: `The corpus at ${url} is empty.` })
  return { bytes, text }
}

function networkFailure(url: string, error: unknown, timedOut: boolean): CorpusLoadError {
  if (timedOut) {
    return new CorpusLoadError({ kind: 'timeout', message: `The server stopped sending ${url} for ${STALL_TIMEOUT_MS / 1000} s.` })
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new CorpusLoadError({
    kind: 'network',
    message: `The corpus at ${url} could not be downloaded (${detail}). If it is on another site, that site must allow cross-origin requests.`,
  })
}
