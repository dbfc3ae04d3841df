/**
 * The search worker's JavaScript heap, read through the DevTools protocol on
 * the worker's own target: `Runtime.getHeapUsage` (V8's used heap, no
 * collection) while it loads, and `HeapProfiler.collectGarbage` then
 * `Runtime.getHeapUsage` for what it keeps.
 *
 * Playwright hands out CDP sessions for pages and frames only, and its session
 * cannot address a flattened child session; so the page's session auto-attaches
 * to workers in the older non-flattened mode and talks to the worker through
 * `Target.sendMessageToTarget`. `performance.measureUserAgentSpecificMemory`
 * would need cross-origin isolation, which the app does not ask for.
 */
import type { CDPSession } from 'playwright-core'

const MB = 1024 * 1024
/** Bounded wait for one answer from the worker. */
const ANSWER_MS = 30_000

interface Pending {
  resolve: (result: unknown) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

export class WorkerHeap {
  private session: string | undefined
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private sampler: NodeJS.Timeout | undefined
  private sampling = false
  /** Largest used heap seen by `sample()` or `startSampling()`, in MB. */
  peakMB = 0

  private constructor(private readonly cdp: CDPSession) {}

  /** Attaches to the page's workers from now on (call before the page creates its worker). */
  static async attach(cdp: CDPSession): Promise<WorkerHeap> {
    const heap = new WorkerHeap(cdp)
    cdp.on('Target.attachedToTarget', (event) => {
      // The search worker, not the counting worker that shares its indexing for a while.
      const { type, title, url } = event.targetInfo
      if (type === 'worker' && (title === 'pressroom-search' || url.includes('search.worker'))) heap.session = event.sessionId
    })
    cdp.on('Target.detachedFromTarget', (event) => {
      if (event.sessionId === heap.session) heap.session = undefined
    })
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== heap.session) return
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } }
      const waiting = message.id === undefined ? undefined : heap.pending.get(message.id)
      if (!waiting) return
      heap.pending.delete(message.id as number)
      clearTimeout(waiting.timer)
      if (message.error) waiting.reject(new Error(message.error.message))
      else waiting.resolve(message.result)
    })
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false })
    return heap
  }

  get attached(): boolean {
    return this.session !== undefined
  }

  private call(method: string): Promise<unknown> {
    const sessionId = this.session
    if (!sessionId) return Promise.reject(new Error('no worker attached'))
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new Error(`the worker did not answer ${method} within ${ANSWER_MS / 1000} s`))
      }, ANSWER_MS)
      this.pending.set(id, { resolve, reject, timer })
      this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch((error: unknown) => {
        this.pending.delete(id)
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      })
    })
  }

  /** The worker's used heap now, in MB (undefined without a worker); updates the peak. */
  async sample(): Promise<number | undefined> {
    if (!this.session) return undefined
    const usage = (await this.call('Runtime.getHeapUsage')) as { usedSize: number }
    const mb = usage.usedSize / MB
    this.peakMB = Math.max(this.peakMB, mb)
    return mb
  }

  /** Samples every `everyMs` until `stopSampling()`; a failed sample (worker gone) is skipped. */
  startSampling(everyMs: number): void {
    this.sampler = setInterval(() => {
      if (this.sampling) return
      this.sampling = true
      this.sample()
        .catch(() => undefined)
        .finally(() => (this.sampling = false))
    }, everyMs)
  }

  stopSampling(): void {
    clearInterval(this.sampler)
    this.sampler = undefined
  }

  /** What the worker keeps: its used heap after a full garbage collection, in MB. */
  async retainedMB(): Promise<number> {
    await this.call('HeapProfiler.collectGarbage')
    return (await this.sample()) as number
  }

  /** Forgets the current peak (a new page load starts). */
  resetPeak(): void {
    this.peakMB = 0
  }
}
