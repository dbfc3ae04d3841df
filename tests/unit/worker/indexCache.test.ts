import { afterEach, describe, expect, it, vi } from 'vitest'
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb'
import { contentKey, readCachedIndex, writeCachedIndex, type CachedCorpus, type CachedIndex } from '../../../src/worker/indexCache.ts'

const bytes = (text: string) => new TextEncoder().encode(text)
const buffer = (...values: number[]) => new Uint8Array(values).buffer

function entry(content: string, corpus?: CachedCorpus): CachedIndex {
  return { content, index: buffer(1, 2, 3, 4), ...(corpus ? { corpus } : {}) }
}

/** Opens the database as version 1 left it: a store of string indexes keyed by content hash. */
function seedVersionOne(factory: IDBFactory): Promise<void> {
  return new Promise((resolve) => {
    const open = factory.open('pressroom', 1)
    open.onupgradeneeded = () => open.result.createObjectStore('indexes', { keyPath: 'key' }).put({ key: 'pressroom-index-2:abc', index: '{"x":1}', savedAt: 1 })
    open.onsuccess = () => {
      open.result.close()
      resolve()
    }
  })
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('content key', () => {
  it('changes with any byte of the corpus, also when its length stays the same, and with the engine version', async () => {
    const original = await contentKey(bytes('{"releases":[{"id":"a"}]}'), 'v1')
    expect(await contentKey(bytes('{"releases":[{"id":"a"}]}'), 'v1')).toBe(original)
    expect(await contentKey(bytes('{"releases":[{"id":"b"}]}'), 'v1')).not.toBe(original)
    expect(await contentKey(bytes('{"releases":[{"id":"a"}]}'), 'v2')).not.toBe(original)
  })
})

describe('index cache', () => {
  it('keeps one entry per corpus address and gives back what was stored', async () => {
    const factory = new IDBFactory()
    const corpus = { catalog: { releases: [{ id: 'r1' }], dayNumbers: new Int32Array([20240101]) }, info: { url: 'a' } } as unknown as CachedCorpus
    expect(await writeCachedIndex('https://a.example/corpus.json', entry('k1', corpus), factory)).toBe(true)
    expect(await writeCachedIndex('https://b.example/corpus.json', entry('k2'), factory)).toBe(true)
    const a = await readCachedIndex('https://a.example/corpus.json', factory)
    expect(a?.content).toBe('k1')
    expect(new Uint8Array(a?.index ?? new ArrayBuffer(0))).toEqual(new Uint8Array([1, 2, 3, 4]))
    expect(a?.corpus).toEqual(corpus)
    expect((await readCachedIndex('https://b.example/corpus.json', factory))?.corpus).toBeUndefined()
    // A newer index of the same address replaces the older one.
    await writeCachedIndex('https://a.example/corpus.json', entry('k3'), factory)
    expect((await readCachedIndex('https://a.example/corpus.json', factory))?.content).toBe('k3')
    expect(await readCachedIndex('https://c.example/corpus.json', factory)).toBeUndefined()
  })

  it('evicts the oldest addresses beyond three', async () => {
    const factory = new IDBFactory()
    let now = 1000
    vi.spyOn(Date, 'now').mockImplementation(() => now++)
    for (const name of ['a', 'b', 'c', 'd']) await writeCachedIndex(`https://${name}.example/`, entry(name), factory)
    expect(await readCachedIndex('https://a.example/', factory)).toBeUndefined()
    for (const name of ['b', 'c', 'd']) expect((await readCachedIndex(`https://${name}.example/`, factory))?.content).toBe(name)
  })

  it('drops the entries of the older database layout', async () => {
    const factory = new IDBFactory()
    await seedVersionOne(factory)
    expect(await readCachedIndex('pressroom-index-2:abc', factory)).toBeUndefined()
    expect(await writeCachedIndex('https://a.example/', entry('k'), factory)).toBe(true)
    expect((await readCachedIndex('https://a.example/', factory))?.content).toBe('k')
  })

  it('reads an entry of the wrong shape as no entry', async () => {
    const factory = new IDBFactory()
    await writeCachedIndex('https://a.example/', { content: 'k', index: 'not bytes' } as unknown as CachedIndex, factory)
    expect(await readCachedIndex('https://a.example/', factory)).toBeUndefined()
    await writeCachedIndex('https://b.example/', { ...entry('k'), corpus: 'not an object' } as unknown as CachedIndex, factory)
    const read = await readCachedIndex('https://b.example/', factory)
    expect(read?.content).toBe('k')
    expect(read?.corpus).toBeUndefined()
  })

  it('keeps the index alone when the entry with its corpus cannot be stored', async () => {
    const factory = new IDBFactory()
    const put = IDBObjectStore.prototype.put
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if ((value as CachedIndex).corpus) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.call(this, value, key)
    })
    const corpus = { catalog: {}, info: {} } as unknown as CachedCorpus
    await expect(writeCachedIndex('https://a.example/', entry('k', corpus), factory)).resolves.toBe(true)
    const read = await readCachedIndex('https://a.example/', factory)
    expect(read?.content).toBe('k')
    expect(read?.corpus).toBeUndefined()
    vi.restoreAllMocks()
    const unclonable = { ...entry('k2'), corpus: { catalog: { f: () => 1 }, info: {} } } as unknown as CachedIndex
    await expect(writeCachedIndex('https://b.example/', unclonable, factory)).resolves.toBe(true)
    expect((await readCachedIndex('https://b.example/', factory))?.corpus).toBeUndefined()
  })

  it('treats a full disk, a value it cannot store or a missing IndexedDB as "no cache"', async () => {
    const factory = new IDBFactory()
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await expect(writeCachedIndex('https://a.example/', entry('k'), factory)).resolves.toBe(false)
    vi.restoreAllMocks()
    await expect(writeCachedIndex('https://a.example/', entry('k'), undefined)).resolves.toBe(false)
    await expect(readCachedIndex('https://a.example/', undefined)).resolves.toBeUndefined()
    const broken = { open: () => { throw new Error('blocked by the browser') } } as unknown as IDBFactory
    await expect(writeCachedIndex('https://a.example/', entry('k'), broken)).resolves.toBe(false)
    await expect(readCachedIndex('https://a.example/', broken)).resolves.toBeUndefined()
  })
})
