/**
 * Downloads a corpus with progress, turning every way it can fail into a
 * LoadFailure with a message a person can act on. Failures show as soon as
 * they are known: an error status when the headers arrive, a web page where
 * JSON was expected at its first bytes; only a stalled download waits.
 */
import type { LoadFailure } from './protocol.ts'
import { formatProblem, makeProblem, type ProblemCode, type ProblemParams } from '../core/problems.ts'

/** No byte for this long means the server has stalled. */
export const STALL_TIMEOUT_MS = 30_000
/** A download broken off by the network is taken up again this many times before it fails. */
export const RESUMES = 3

export class CorpusLoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.message)
  }
}

/** A downloaded corpus: its bytes (hashed for the index cache) and their text (decoded when first read). */
export interface CorpusDownload {
  bytes: Uint8Array
  readonly text: string
}

/**
 * Fetches the corpus, reporting (loaded, total) bytes; total is 0 when the server does
 * not say. `onChunk` sees each piece of the body as it arrives (after the check for a
 * web page), so the corpus can be read while it downloads; the next piece is read once
 * the promise it may return settles.
 */
export async function fetchCorpus(
  url: string,
  onProgress: (loaded: number, total: number) => void,
  fetchImpl: typeof fetch = fetch,
  onChunk?: (chunk: Uint8Array) => void | Promise<void>,
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
      // The status is the answer: the error page's body is not waited for.
      controller.abort()
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
      throw failure('http', 'load.http', { status, url }, response.status)
    }
    // Compressed responses report the compressed length, so progress may end below 100%.
    const total = Number(response.headers.get('content-length')) || 0
    if (!response.body) {
      const bytes = new Uint8Array(await response.arrayBuffer())
      if (startsLikeMarkup(bytes) === true) throw htmlFailure(url)
      await onChunk?.(bytes)
      return finish(url, bytes)
    }
    let reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader()
    const parts: Uint8Array[] = []
    let loaded = 0
    let sniffed = false
    let resumes = 0
    /** Bytes of a new response that repeat what was already read: checked, not read again. */
    let again: { bytes: Uint8Array; at: number } | undefined
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>
      try {
        chunk = await reader.read()
      } catch (error) {
        if (timedOut || loaded === 0 || resumes >= RESUMES) throw networkFailure(url, error, timedOut)
        resumes++
        const resumed = await resume(url, response, loaded, () => concat(parts, loaded), fetchImpl, controller.signal).catch(() => undefined)
        if (!resumed) throw networkFailure(url, error, timedOut)
        reader = resumed.reader
        again = resumed.again
        arm()
        continue
      }
      if (chunk.done) break
      arm()
      let value = chunk.value
      if (again) {
        // A server that ignored the range sends the whole file again: the part read before must be the same.
        const overlap = Math.min(value.byteLength, again.bytes.byteLength - again.at)
        for (let i = 0; i < overlap; i++) {
          if (value[i] !== again.bytes[again.at + i]) throw failure('network', 'load.network', { url, detail: 'the file changed while it was downloaded' })
        }
        again.at += overlap
        if (again.at >= again.bytes.byteLength) again = undefined
        value = value.subarray(overlap)
        if (value.byteLength === 0) continue
      }
      if (!sniffed) {
        const markup = startsLikeMarkup(value)
        if (markup === true) {
          controller.abort()
          throw htmlFailure(url)
        }
        sniffed = markup === false
      }
      loaded += value.byteLength
      parts.push(value)
      onProgress(loaded, total)
      await onChunk?.(value)
    }
    if (again) throw networkFailure(url, new Error('the file ended early when downloaded again'), false)
    return finish(url, concat(parts, loaded))
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Asks again for a download that broke after `loaded` bytes: from where it broke when the server
 * can say it is the same file (a validator, and no content coding, whose offsets would not be
 * those read), else whole, its first bytes then checked against those read (`read`). Undefined
 * when the server answers with anything else.
 */
async function resume(
  url: string,
  first: Response,
  loaded: number,
  read: () => Uint8Array,
  fetchImpl: typeof fetch,
  signal: AbortSignal,
): Promise<{ reader: ReadableStreamDefaultReader<Uint8Array>; again?: { bytes: Uint8Array; at: number } } | undefined> {
  const validator = first.headers.get('etag') ?? first.headers.get('last-modified')
  // Only a same-origin response shows every header; elsewhere a content coding could be hidden.
  const ranged = validator !== null && first.type === 'basic' && (first.headers.get('content-encoding') ?? 'identity') === 'identity'
  const headers: Record<string, string> = ranged ? { range: `bytes=${loaded}-`, 'if-range': validator } : {}
  const response = await fetchImpl(url, { signal, headers })
  if (!response.body) return undefined
  if (response.status === 206 && ranged) {
    const from = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '')
    if (Number(from?.[1]) !== loaded) return undefined
    return { reader: response.body.getReader() }
  }
  if (response.status !== 200) return undefined
  return { reader: response.body.getReader(), again: { bytes: read(), at: 0 } }
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    offset += part.byteLength
  }
  return bytes
}

/**
 * True when the first character that is not white space (or a byte-order mark)
 * is `<`: a web page, never JSON. Undefined when the bytes hold only white space.
 */
export function startsLikeMarkup(bytes: Uint8Array): boolean | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++
  return i < bytes.length ? bytes[i] === 0x3c : undefined
}

function finish(url: string, bytes: Uint8Array): CorpusDownload {
  let text: string | undefined
  const download = {
    bytes,
    get text(): string {
      text ??= new TextDecoder().decode(bytes)
      return text
    },
  }
  // Only white space (ASCII, or beyond ASCII and then decoded to be sure) is an empty corpus.
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++
  if (i >= bytes.length || ((bytes[i] as number) >= 0x80 && download.text.trim() === '')) throw failure('empty', 'load.empty', { url })
  return download
}

function htmlFailure(url: string): CorpusLoadError {
  return failure('html', 'load.html', { url })
}

function networkFailure(url: string, error: unknown, timedOut: boolean): CorpusLoadError {
  if (timedOut) {
    const seconds = STALL_TIMEOUT_MS / 1000
    return failure('timeout', 'load.timeout', { url, seconds })
  }
  const detail = error instanceof Error ? error.message : String(error)
  return failure('network', 'load.network', { url, detail })
}

/** A failure of the whole download; its English message is the problem's text. */
function failure(kind: LoadFailure['kind'], code: ProblemCode, params: ProblemParams, status?: number): CorpusLoadError {
  const problem = makeProblem('', code, params)
  return new CorpusLoadError({ kind, message: formatProblem(problem), ...(status !== undefined ? { status } : {}), problem })
}
