/// <reference lib="webworker" />
/** Worker entry: forwards messages to a WorkerSession. */
import { WorkerSession } from './session.ts'
import type { WorkerEvent, WorkerRequest } from './protocol.ts'

const scope = self as unknown as DedicatedWorkerGlobalScope

// A MessageChannel task runs after messages already queued, without the 4 ms
// clamp that nested setTimeout calls get.
const channel = new MessageChannel()
const tasks: Array<() => void> = []
channel.port1.onmessage = () => tasks.shift()?.()
const schedule = (task: () => void) => {
  tasks.push(task)
  channel.port2.postMessage(null)
}

const session = new WorkerSession({ post: (event: WorkerEvent) => scope.postMessage(event), schedule })
scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => session.handle(event.data))
