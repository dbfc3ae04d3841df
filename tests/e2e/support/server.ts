/**
 * A static server for end-to-end tests: serves the production build in dist/
 * with the SPA fallback a static host gives, plus test routes that fail in
 * the ways a real host can (status codes, truncated bodies) and fixtures.
 */
import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { extname, join, normalize, resolve } from 'node:path'
import { breakingCorpus } from './breakingCorpus.ts'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.png': 'image/png',
}

/** The policy the README documents for partner pages: no inline or eval'd script. */
export const STRICT_CSP = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'",
}

export interface TestServer {
  origin: string
  close(): Promise<void>
}

export interface ServerOptions {
  root: string
  fixtures: string
  examples: string
  /** A folder tests write into during the run (an imported corpus), served under /__results/. */
  results?: string
  /** Extra response headers for HTML pages (e.g. a Content-Security-Policy). */
  pageHeaders?: (path: string) => Record<string, string>
  /** Rewrites the app's HTML pages, as a deployment that edits dist/index.html would. */
  transformHtml?: (html: string) => string
}

/** Bytes of a held download sent before it waits (about 400 releases of the sample). */
const HELD_HEAD = 1_200_000

export async function startServer(options: ServerOptions): Promise<TestServer> {
  /** Held downloads waiting for `/__let-go/NAME`, by name. */
  const held = new Map<string, Array<() => void>>()
  /** Downloads that broke once, by name, with the Range header of each request after the break. */
  const broken = new Map<string, string[]>()
  const root = resolve(options.root)
  const fixtures = resolve(options.fixtures)
  const examples = resolve(options.examples)
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const path = decodeURIComponent(url.pathname)
    try {
      const status = /^\/__status\/(\d{3})/.exec(path)
      if (status) {
        res.writeHead(Number(status[1]), { 'content-type': 'text/plain' }).end('failure on purpose')
        return
      }
      if (path.startsWith('/__stall/')) {
        // Announces the whole file, sends its first kilobyte and then nothing: a stalled download.
        const body = await readFile(safeJoin(root, path.slice('/__stall'.length)))
        res.writeHead(200, { 'content-type': TYPES['.json'] as string, 'content-length': body.length })
        res.write(body.subarray(0, 1024))
        return
      }
      const drip = /^\/__drip\/(\d{3})\/(html|text)$/.exec(path)
      if (drip) {
        // Headers and the first bytes of an error or HTML page, then a body that never ends.
        res.writeHead(Number(drip[1]), { 'content-type': drip[2] === 'html' ? TYPES['.html'] as string : 'text/plain' })
        res.write(drip[2] === 'html' ? '<!doctype html>\n<html><head><title>Not the archive</title></head><body>' : 'failure on purpose ')
        return
      }
      if (path === '/__breaking-corpus.json') {
        const body = Buffer.from(JSON.stringify(breakingCorpus()))
        res.writeHead(200, { 'content-type': TYPES['.json'] as string, 'content-length': body.length })
        res.end(body)
        return
      }
      const hold = /^\/__held\/([a-z0-9-]+)(\/.*)$/.exec(path)
      if (hold) {
        // Announces the whole file, sends its head, and sends the rest only when the test
        // asks for /__let-go/NAME: a slow download whose end the test decides, without timing.
        const body = await readFile(safeJoin(root, hold[2] as string))
        res.writeHead(200, { 'content-type': TYPES['.json'] as string, 'content-length': body.length })
        res.write(body.subarray(0, HELD_HEAD))
        const name = hold[1] as string
        await new Promise<void>((go) => held.set(name, [...(held.get(name) ?? []), go]))
        res.end(body.subarray(HELD_HEAD))
        return
      }
      const breaks = /^\/__breaks-once\/([a-z0-9-]+)(\/.*)$/.exec(path)
      if (breaks) {
        // The first answer breaks off half way (the connection is cut); later ones honour a
        // Range for the same ETag, as a static host does. `/__broken/NAME` lists their ranges.
        const body = await readFile(safeJoin(root, breaks[2] as string))
        const name = breaks[1] as string
        const etag = `"${body.length}"`
        const headers = { 'content-type': TYPES['.json'] as string, etag, 'accept-ranges': 'bytes' }
        const ranges = broken.get(name)
        if (!ranges) {
          broken.set(name, [])
          res.writeHead(200, { ...headers, 'content-length': body.length })
          res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy())
          return
        }
        const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '')
        ranges.push(req.headers.range ?? '')
        if (range && req.headers['if-range'] === etag) {
          const from = Number(range[1])
          res.writeHead(206, { ...headers, 'content-length': body.length - from, 'content-range': `bytes ${from}-${body.length - 1}/${body.length}` })
          res.end(body.subarray(from))
        } else res.writeHead(200, { ...headers, 'content-length': body.length }).end(body)
        return
      }
      const brokenLog = /^\/__broken\/([a-z0-9-]+)$/.exec(path)
      if (brokenLog) {
        res.writeHead(200, { 'content-type': TYPES['.json'] as string }).end(JSON.stringify(broken.get(brokenLog[1] as string) ?? null))
        return
      }
      const letGo = /^\/__let-go\/([a-z0-9-]+)$/.exec(path)
      if (letGo) {
        const waiting = held.get(letGo[1] as string) ?? []
        held.delete(letGo[1] as string)
        for (const go of waiting) go()
        res.writeHead(200, { 'content-type': 'text/plain' }).end(String(waiting.length))
        return
      }
      if (path.startsWith('/__truncated/')) {
        const body = await readFile(safeJoin(root, path.slice('/__truncated'.length)))
        res.writeHead(200, { 'content-type': TYPES['.json'] as string }).end(body.subarray(0, Math.floor(body.length / 2)))
        return
      }
      if (path === '/__axe.min.js') {
        // As a file, so it also runs on pages whose CSP forbids inline scripts.
        await sendFile(res, AXE, {})
        return
      }
      if (path.startsWith('/__fixtures/')) {
        const file = safeJoin(fixtures, path.slice('/__fixtures/'.length))
        await sendFile(res, file, file.endsWith('.html') ? STRICT_CSP : {})
        return
      }
      if (options.results && path.startsWith('/__results/')) {
        await sendFile(res, safeJoin(resolve(options.results), path.slice('/__results/'.length)), {})
        return
      }
      if (path.startsWith('/__examples/')) {
        const file = safeJoin(examples, path.slice('/__examples/'.length))
        await sendFile(res, file, file.endsWith('.html') ? STRICT_CSP : {})
        return
      }
      let file = safeJoin(root, path)
      const info = await stat(file).catch(() => undefined)
      if (info?.isDirectory()) file = join(file, 'index.html')
      else if (!info) file = join(root, 'index.html') // SPA fallback
      const headers = file.endsWith('.html') ? (options.pageHeaders?.(path) ?? {}) : {}
      await sendFile(res, file, headers, file.endsWith('.html') ? options.transformHtml : undefined)
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        for (const waiting of held.values()) for (const go of waiting) go()
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

function safeJoin(root: string, path: string): string {
  const full = normalize(join(root, path))
  if (!full.startsWith(root)) throw new Error('outside root')
  return full
}

async function sendFile(
  res: import('node:http').ServerResponse,
  file: string,
  headers: Record<string, string>,
  transform?: (text: string) => string,
): Promise<void> {
  const body = transform ? Buffer.from(transform(await readFile(file, 'utf8'))) : await readFile(file)
  // JSON may be read from other origins (e.g. http://localhost:PORT against http://127.0.0.1:PORT).
  const cors = file.endsWith('.json') ? { 'access-control-allow-origin': '*' } : {}
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length, ...cors, ...headers })
  res.end(body)
}
