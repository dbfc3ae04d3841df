/**
 * A server that sends the body in pieces, each only when the test lets it (`next`), like a slow
 * download; unless `held` is false, when each piece goes as soon as it is asked for.
 * `sent()` says how many pieces went out; the body ends after the last.
 */
export function slowFetch(body: string, pieces: number, held = true) {
  const bytes = new TextEncoder().encode(body)
  const size = Math.ceil(bytes.length / pieces)
  let sent = 0
  let pull: (() => void) | undefined
  const fetchImpl = (async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          const give = () => {
            controller.enqueue(bytes.subarray(sent * size, (sent + 1) * size))
            sent++
            if (sent * size >= bytes.length) controller.close()
          }
          if (!held) return give()
          return new Promise<void>((resolve) => {
            pull = () => {
              pull = undefined
              give()
              resolve()
            }
          })
        },
      }),
      { headers: { 'content-length': String(bytes.length) } },
    )) as typeof fetch
  return { fetchImpl, next: () => pull?.(), sent: () => sent, done: () => sent * size >= bytes.length }
}
