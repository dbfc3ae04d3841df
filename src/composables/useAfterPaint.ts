/**
 * Splitting a large first render: `useAfterPaint(ready)` is false until the
 * frame after `ready` first became true has been painted, and true from then
 * on. A part of the page that is not needed to read the first answer (the
 * facet lists) renders in a task of its own, so the answer's own render stays
 * short and is painted first. When `ready` is already true at setup (a page
 * mounted with its answer), the flag is true at once: there is no first render
 * to split.
 */
import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'

/** Runs `callback` in a task after the next frame is painted. */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(callback)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

export function useAfterPaint(ready: MaybeRefOrGetter<boolean>): Readonly<Ref<boolean>> {
  const shown = shallowRef(toValue(ready))
  if (shown.value) return shown
  let cancel: (() => void) | undefined
  const stop = watch(
    () => toValue(ready),
    (now) => {
      if (!now || cancel) return
      cancel = afterNextPaint(() => {
        shown.value = true
        stop()
      })
    },
  )
  onScopeDispose(() => cancel?.())
  return shown
}
