/**
 * The number of indexed releases, updated at most every `intervalMs` while
 * indexing runs and at once when it ends: enough to refresh a result list
 * without re-running a search on every indexing slice. `arrived` follows the
 * releases read so far the same way, for browsing a corpus that is still downloading.
 */
import { onScopeDispose, shallowRef, watch } from 'vue'
import { useCorpusStore } from '../stores/corpus.ts'

export function useThrottledIndexed(intervalMs = 400) {
  const corpus = useCorpusStore()
  const value = shallowRef(corpus.load.indexed)
  const arrived = shallowRef(corpus.info?.releaseCount ?? 0)
  let timer: ReturnType<typeof setTimeout> | undefined
  const catchUp = () => {
    timer = undefined
    value.value = corpus.load.indexed
    arrived.value = corpus.info?.releaseCount ?? 0
  }

  watch(
    () => [corpus.load.indexed, corpus.info?.releaseCount ?? 0, corpus.info?.reading] as const,
    ([indexed, count, reading]) => {
      if (!reading && indexed >= count) {
        clearTimeout(timer)
        catchUp()
      } else if (!timer) {
        timer = setTimeout(catchUp, intervalMs)
      }
    },
  )
  onScopeDispose(() => clearTimeout(timer))
  return Object.assign(value, { arrived })
}
