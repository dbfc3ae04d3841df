/**
 * Indexing shared with the counting worker (`termCounter.ts`), planned in batches of releases
 * by their place in the full text (newest first).
 *
 * The counting worker counts batches from the front, a couple at a time so that it never waits
 * for a round trip. The search worker adds counted batches in order, and while the batch it
 * needs next is still being counted, it counts the last batch nobody has taken: the two
 * workers meet in the middle. Batches are planned from the releases as they are read, before
 * the engine holds them; each is added only if the engine's releases at its place are the very
 * releases counted (a corpus that is not newest first is sorted anew as it grows), else the
 * plan starts again from the engine's own order once the corpus is read.
 *
 * A counting worker that fails or falls silent costs at most {@link PATIENCE_MS}: its batches
 * go back to the search worker, which then counts alone.
 */
import type { Release } from '../core/corpus/types.ts'
import type { CountedTerms } from '../core/search/bulkAdd.ts'
import { indexedText, type SearchEngine } from '../core/search/engine.ts'
import type { CountAnswer, CountRequest } from './termCounter.ts'

/** Releases per batch: counted in 10–20 ms, and large enough that common words are looked up once for many releases. */
export const BATCH_RELEASES = 64
/**
 * Batches the counting worker holds at once: enough that it does not run dry while the search
 * worker, busy reading, has not yet taken its answers (with two, it counted a quarter of the batches).
 */
export const IN_FLIGHT = 8
/** Releases indexed at a time where no batch is planned. */
const LOCAL_CHUNK = 25
/** How long the search worker waits for an answer before it counts the batches itself. */
export const PATIENCE_MS = 500
/** The same, before the counting worker has said it started (loading it may take a while on a slow device). */
export const START_PATIENCE_MS = 3000

/** The search worker's end of the channel to the counting worker (a `MessagePort`). */
export interface CounterLink {
  postMessage(message: CountRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<CountAnswer>) => void): void
  start(): void
}

interface Batch {
  /** Place of the first release in the full text. */
  first: number
  releases: readonly Release[]
  /** With the counting worker, not yet answered. */
  sent: boolean
  /** The request that took it to the counting worker. */
  seq?: number
  counted?: CountedTerms
}

/**
 * What one indexing step did: `indexed` releases or counted a batch; `wait` for the counting
 * worker (`onCounted` is called when it answers); `grow`: the next batch needs releases the
 * engine does not hold yet.
 */
export type StepResult = 'indexed' | 'wait' | 'grow'

export class SharedIndexing {
  private batches: Batch[] = []
  /** Places up to here are planned (or were indexed). */
  private planned = 0
  private inFlight = 0
  private seq = 0
  /** False once the counting worker failed or fell silent. */
  private counterUp = true
  /** Set once a batch planned from reading order did not fit the engine's order. */
  private readingOrderFailed = false
  private lastAnswerAt = 0
  /** The counting worker said it started. */
  private counterStarted = false
  private patience: ReturnType<typeof setTimeout> | undefined
  private closed = false
  private features: SearchEngine['textFeatures'] | undefined

  constructor(
    private readonly link: CounterLink,
    private readonly onCounted: () => void,
  ) {
    link.addEventListener('message', (event) => this.received(event.data))
    link.start()
  }

  /** True while batches may be planned from the releases in reading order. */
  get followsReading(): boolean {
    return !this.readingOrderFailed && !this.closed
  }

  /**
   * Plans the releases of `order` from `from` on (what is indexed), where `order[p]` is the
   * release expected at place `p`. Only whole batches, unless `final` (all releases are known).
   */
  plan(order: readonly Release[], from: number, features: SearchEngine['textFeatures'], final: boolean): void {
    if (this.closed) return
    let first = Math.max(this.planned, from)
    while (order.length - first >= BATCH_RELEASES || (final && first < order.length)) {
      const end = Math.min(order.length, first + BATCH_RELEASES)
      this.batches.push({ first, releases: order.slice(first, end), sent: false })
      first = end
    }
    this.planned = first
    this.features = features
    this.send()
  }

  /** One step of indexing `engine` (see {@link StepResult}). */
  step(engine: SearchEngine): StepResult {
    const position = engine.indexedCount
    if (!engine.takesCounted) {
      this.close()
      engine.indexChunk(LOCAL_CHUNK)
      return 'indexed'
    }
    while (this.batches.length > 0 && (this.batches[0] as Batch).first < position) this.batches.shift()
    const front = this.batches[0]
    if (!front || front.first > position) {
      engine.indexChunk(front ? Math.min(LOCAL_CHUNK, front.first - position) : LOCAL_CHUNK)
      return 'indexed'
    }
    const fits = front.first + front.releases.length <= engine.size
    if (fits) {
      if (!front.counted && !front.sent) front.counted = engine.countTerms(front.releases)
      if (front.counted) {
        this.batches.shift()
        if (!engine.indexCounted(front.counted, front.releases)) this.replan(engine)
        this.send()
        return 'indexed'
      }
    } else if (engine.complete) {
      this.replan(engine)
      return 'indexed'
    }
    // The next batch is being counted, or waits for the engine to grow: count the last one nobody has taken.
    for (let i = this.batches.length - 1; i > 0; i--) {
      const batch = this.batches[i] as Batch
      if (batch.sent || batch.counted) continue
      batch.counted = engine.countTerms(batch.releases)
      return 'indexed'
    }
    if (!fits) return 'grow'
    this.waitPatiently()
    return 'wait'
  }

  /** Indexing is over: the counting worker stops. */
  close(): void {
    if (this.closed) return
    this.closed = true
    this.batches = []
    clearTimeout(this.patience)
    // Also to a counting worker given up on: it may only be slow, and it stops when it reads this.
    this.link.postMessage({ type: 'done' })
  }

  /**
   * A batch did not fit the engine's order: the plan is dropped (answers for its batches are
   * ignored), and made again from what is indexed, from the engine's order once the corpus is read.
   */
  private replan(engine: SearchEngine): void {
    this.batches = []
    this.planned = engine.indexedCount
    this.readingOrderFailed = true
    if (engine.complete) this.plan(engine.catalog.releases, engine.indexedCount, engine.textFeatures, true)
  }

  private send(): void {
    const features = this.features
    if (!this.counterUp || !features) return
    for (const batch of this.batches) {
      if (this.inFlight >= IN_FLIGHT) return
      if (batch.sent || batch.counted) continue
      batch.sent = true
      batch.seq = ++this.seq
      this.inFlight++
      if (this.inFlight === 1) this.lastAnswerAt = Date.now()
      this.link.postMessage({ type: 'count', seq: batch.seq, features, texts: batch.releases.map(indexedText) })
    }
  }

  private received(answer: CountAnswer): void {
    if (this.closed) return
    this.lastAnswerAt = Date.now()
    if ('ready' in answer) {
      this.counterStarted = true
      return
    }
    this.inFlight = Math.max(0, this.inFlight - 1)
    if ('failed' in answer) {
      this.counterFailed()
      return
    }
    const batch = this.batches.find((b) => b.seq === answer.seq && b.sent)
    if (batch) {
      batch.sent = false
      batch.counted = answer.counted
    }
    this.send()
    this.onCounted()
  }

  /**
   * Waits for the counting worker, but not longer than {@link PATIENCE_MS} without an answer
   * ({@link START_PATIENCE_MS} before it said it started).
   */
  private waitPatiently(): void {
    if (this.patience !== undefined) return
    const patience = (): number => (this.counterStarted ? PATIENCE_MS : START_PATIENCE_MS)
    const check = (): void => {
      this.patience = undefined
      if (this.closed || this.inFlight === 0) return
      const silent = Date.now() - this.lastAnswerAt
      if (silent >= patience()) this.counterFailed()
      else this.patience = setTimeout(check, patience() - silent)
    }
    this.patience = setTimeout(check, Math.max(1, patience() - (Date.now() - this.lastAnswerAt)))
  }

  /** The page says the counting worker failed to start or stopped: the search worker counts its batches at once. */
  counterLost(): void {
    if (!this.closed && this.counterUp) this.counterFailed()
  }

  /** The counting worker failed or fell silent: the search worker counts its batches. */
  private counterFailed(): void {
    this.counterUp = false
    this.inFlight = 0
    clearTimeout(this.patience)
    this.patience = undefined
    for (const batch of this.batches) batch.sent = false
    this.onCounted()
  }
}
