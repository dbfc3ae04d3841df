import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import { useProgressive } from '../../../src/composables/useAfterPaint.ts'

/** One painted frame: the animation frame, then the task after it. */
async function frame(): Promise<void> {
  await vi.advanceTimersToNextFrame()
  await vi.advanceTimersByTimeAsync(0)
}

describe('useProgressive', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('grows by its step after each painted frame, once started, up to the total, then follows it', async () => {
    vi.useFakeTimers()
    const total = shallowRef(6)
    const started = shallowRef(false)
    const scope = effectScope()
    const count = scope.run(() => useProgressive(() => total.value, 2, 2, () => started.value))!
    expect(count.value).toBe(2)
    await frame()
    expect(count.value).toBe(2) // not started yet
    started.value = true
    await nextTick()
    const seen = [count.value]
    for (let i = 0; i < 8; i++) {
      await frame()
      if (count.value !== seen.at(-1)) seen.push(count.value)
    }
    expect(seen).toEqual([2, 4, 6])
    total.value = 9
    expect(count.value).toBe(9)
    total.value = 1
    expect(count.value).toBe(1)
    scope.stop()
  })

  it('is the total at once when the first items are all of them', () => {
    const scope = effectScope()
    const count = scope.run(() => useProgressive(() => 3, 5, 1))!
    expect(count.value).toBe(3)
    scope.stop()
  })
})
