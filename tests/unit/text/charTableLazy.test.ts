import { afterEach, describe, expect, it, vi } from 'vitest'

/**
 * The character tables are built on first use (not while the module loads, which made the
 * search page's first task long): each function that reads them must build them first,
 * whichever is called first in a fresh module and before the loading timer has run.
 */
describe('character tables built on first use', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.resetModules()
  })

  const fresh = async () => {
    vi.useFakeTimers()
    vi.resetModules()
    const [fold, key] = await Promise.all([import('../../../src/core/text/fold.ts'), import('../../../src/core/text/searchKey.ts')])
    return { ...fold, ...key }
  }

  it('foldText', async () => {
    expect((await fresh()).foldText('Məmmədov İsmayıl')).toBe('memmedov ismayil')
  })
  it('searchKey', async () => {
    const { searchKey } = await fresh()
    expect(searchKey('Miqrasiya')).not.toBe('')
  })
  it('wordCharWidth', async () => {
    const { wordCharWidth } = await fresh()
    expect([wordCharWidth('a b', 0), wordCharWidth('a b', 1)]).toEqual([1, 0])
  })
  it('keyOfRange', async () => {
    const { keyOfRange } = await fresh()
    expect(keyOfRange('the migration service', 4, 13)).not.toBe('')
  })
  it('forEachWord', async () => {
    const { forEachWord } = await fresh()
    const words: string[] = []
    forEachWord('two words', (key) => words.push(key))
    expect(words).toHaveLength(2)
  })
  it('the loading timer builds them too', async () => {
    vi.useFakeTimers()
    vi.resetModules()
    const tables = await import('../../../src/core/text/charTable.ts')
    expect(tables.FOLDED[0x41]).toBeUndefined()
    vi.runAllTimers()
    expect(tables.FOLDED[0x41]).toBe('a')
    expect(tables.foldCodePoint(0x1d400)).not.toBe('')
  })
})
