/**
 * Splitting a large first render: `useAfterPaint(ready)` is false until the
 * frame after `ready` first became true has been painted, and true from then
 * on. A part of the page that is not needed to read the first answer (the
 * facet lists) renders in a task of its own, so the answer's own render stays
 * short and is painted first. When `ready` is already true at setup (a page
 * mounted with its answer), the flag is true at once: there is no first render
 * to split.
 */
import { computed, onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'

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

/**
 * A count that starts at `first` and grows by `step` after each painted frame until it reaches
 * `total()`: a long list set up a few items a task, so each task stays short and the first items
 * are painted first. It starts growing once `from()` is true; once it has reached the total it
 * follows the total at once.
 */
export function useProgressive(total: () => number, first: number, step: number, from: () => boolean = () => true): Readonly<Ref<number>> {
  const count = shallowRef(first)
  const complete = shallowRef(false)
  let cancel: (() => void) | undefined
  const grow = (): void => {
    if (count.value + step >= total()) complete.value = true
    else {
      count.value += step
      cancel = afterNextPaint(grow)
    }
  }
  const start = (): void => {
    if (first >= total()) complete.value = true
    else cancel = afterNextPaint(grow)
  }
  if (from()) start()
  else {
    const stop = watch(from, (now) => {
      if (!now) return
      stop()
      start()
    })
  }
  onScopeDispose(() => cancel?.())
  return computed(() => (complete.value ? total() : Math.min(count.value, total())))
}
