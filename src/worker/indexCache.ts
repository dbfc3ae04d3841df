/**
 * A cache of serialised search indexes in IndexedDB, keyed by the corpus's
 * content hash. Every operation degrades to "no cache" where IndexedDB is
 * missing, blocked or full: a cache miss costs time, never correctness.
 */
const DB_NAME = 'pressroom'
const STORE = 'indexes'
/** Entries kept; older ones are evicted so a changing corpus does not fill the disk. */
const MAX_ENTRIES = 3

/**
 * A serialised index as the engine writes it (`SearchEngine.serializeIndex`: a header
 * line, then MiniSearch's `toJSON`); IndexedDB keeps strings without copying them to UTF-8.
 */
export type StoredIndex = ArrayBuffer | string

interface Entry {
  key: string
  index: StoredIndex
  savedAt: number
}

/** SHA-256 of the corpus bytes as downloaded, plus the engine's version. */
export async function contentKey(bytes: Uint8Array, engineVersion: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
  return `${engineVersion}:${hex}`
}

function open(factory: IDBFactory | undefined): Promise<IDBDatabase | undefined> {
  if (!factory) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    try {
      const request = factory.open(DB_NAME, 1)
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' })
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => resolve(undefined)
      request.onblocked = () => resolve(undefined)
    } catch {
      resolve(undefined)
    }
  })
}

function done<T>(request: IDBRequest<T>): Promise<T | undefined> {
  return new Promise((resolve) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => resolve(undefined)
  })
}

/** Reads a cached index, or undefined. */
export async function readCachedIndex(key: string, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<StoredIndex | undefined> {
  const db = await open(factory)
  if (!db) return undefined
  try {
    const entry = (await done(db.transaction(STORE, 'readonly').objectStore(STORE).get(key))) as Entry | undefined
    return entry?.index
  } catch {
    return undefined
  } finally {
    db.close()
  }
}

/** Stores an index, evicting the oldest entries beyond MAX_ENTRIES. Returns whether it was stored. */
export async function writeCachedIndex(key: string, index: StoredIndex, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<boolean> {
  const db = await open(factory)
  if (!db) return false
  try {
    const store = db.transaction(STORE, 'readwrite').objectStore(STORE)
    const entries = ((await done(store.getAll())) ?? []) as Entry[]
    const old = entries.filter((e) => e.key !== key).sort((a, b) => b.savedAt - a.savedAt).slice(MAX_ENTRIES - 1)
    const tx = db.transaction(STORE, 'readwrite')
    for (const entry of old) tx.objectStore(STORE).delete(entry.key)
    tx.objectStore(STORE).put({ key, index, savedAt: Date.now() } satisfies Entry)
    return await new Promise<boolean>((resolve) => {
      tx.oncomplete = () => resolve(true)
      tx.onerror = () => resolve(false)
      tx.onabort = () => resolve(false)
    })
  } catch {
    return false
  } finally {
    db.close()
  }
}
