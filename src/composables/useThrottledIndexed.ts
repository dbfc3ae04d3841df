/**
 * The number of indexed releases, updated at most every `intervalMs` while
 * indexing runs and at once when it ends: enough to refresh a result list
 * without re-running a search on every indexing slice.
 */
import { onScopeDispose, shallowRef, watch } from 'vue'
import { useCorpusStore } from '../stores/corpus.ts'

export function useThrottledIndexed(intervalMs = 400) {
  const corpus = useCorpusStore()
  const value = shallowRef(corpus.load.indexed)
  let timer: ReturnType<typeof setTimeout> | undefined

  watch(
    () => corpus.load.indexed,
    (indexed) => {
      const done = indexed >= (corpus.info?.releaseCount ?? Infinity)
      if (done) {
        clearTimeout(timer)
        timer = undefined
        value.value = indexed
      } else if (!timer) {
        timer = setTimeout(() => {
          timer = undefined
          value.value = corpus.load.indexed
        }, intervalMs)
      }
    },
  )
  onScopeDispose(() => clearTimeout(timer))
  return value
}
