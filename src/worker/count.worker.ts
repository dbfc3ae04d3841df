/// <reference lib="webworker" />
/** Counting worker entry: the page sends one end of a channel to the search worker; it counts what comes on it. */
import { serveCounting, type CountingPort } from './termCounter.ts'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.addEventListener(
  'message',
  (event: MessageEvent) => {
    const port = event.ports[0]
    if (port) serveCounting(port as unknown as CountingPort, () => scope.close())
  },
  { once: true },
)
