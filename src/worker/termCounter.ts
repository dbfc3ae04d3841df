/**
 * The counting worker: the other half of building the full text.
 *
 * About two thirds of indexing is splitting texts into keys and counting them (`countTerms`);
 * it needs no index, so a second worker does it while the search worker reads the corpus and
 * adds what is counted (`sharedIndexing.ts`). The page starts both and joins them with a
 * `MessageChannel` (`client.ts`); the search worker then talks to this one directly.
 */
import { countTerms, type CountedTerms, type TermCounting } from '../core/search/bulkAdd.ts'
import { countingFor } from '../core/search/fullText.ts'
import type { EngineFeatures, IndexedDocument } from '../core/search/options.ts'

/** Messages to the counting worker. */
export type CountRequest =
  /** Count `texts` as an index with `features` counts them; the answer carries the same `seq`. */
  | { type: 'count'; seq: number; features: EngineFeatures; texts: Array<Omit<IndexedDocument, 'id'>> }
  /** Indexing is over: the counting worker may stop. */
  | { type: 'done' }

/** The counting worker's answers: that it has started, the counts, or why it could not count. */
export type CountAnswer = { ready: true } | { seq: number; counted: CountedTerms } | { seq: number; failed: string }

/** What the counting worker needs of its end of the channel (a `MessagePort`). */
export interface CountingPort {
  postMessage(message: CountAnswer, transfer: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent<CountRequest>) => void): void
  start(): void
  close(): void
}

/**
 * Answers every request on `port` with its counts, in order; `done` closes the port and calls `stop`.
 * The typed arrays of an answer are transferred, not copied.
 */
export function serveCounting(port: CountingPort, stop: () => void = () => {}): void {
  const countings = new Map<string, TermCounting | undefined>()
  port.addEventListener('message', (event) => {
    const request = event.data
    if (request.type === 'done') {
      port.close()
      stop()
      return
    }
    const key = JSON.stringify(request.features)
    if (!countings.has(key)) countings.set(key, countingFor(request.features))
    const counting = countings.get(key)
    if (!counting) {
      port.postMessage({ seq: request.seq, failed: 'this MiniSearch cannot count for another worker' }, [])
      return
    }
    try {
      const counted = countTerms(counting, request.texts)
      port.postMessage({ seq: request.seq, counted }, [counted.lengths.buffer, counted.ends.buffer, counted.postings.buffer])
    } catch (error) {
      port.postMessage({ seq: request.seq, failed: error instanceof Error ? error.message : String(error) }, [])
    }
  })
  port.start()
  port.postMessage({ ready: true }, [])
}
