/**
 * A cache of serialised search indexes in IndexedDB: one entry per corpus address,
 * holding the index and the content hash of the corpus it was built from. Keyed by
 * address so the entry can be read while the corpus downloads; used only when the
 * downloaded bytes hash to the same content key. Every operation degrades to
 * "no cache" where IndexedDB is missing, blocked or full: a cache miss costs time,
 * never correctness.
 */
import type { Catalog } from '../core/search/catalog.ts'
import type { CorpusInfo } from './protocol.ts'

const DB_NAME = 'pressroom'
const STORE = 'indexes'
/** Version 2: entries are kept per corpus address and hold the index as bytes (version 1 held strings). */
const DB_VERSION = 2
/** Entries kept; older ones are evicted so a changing corpus does not fill the disk. */
const MAX_ENTRIES = 3
/** An index of the store by age, so eviction reads keys, never the cached bytes. */
const SAVED_AT = 'savedAt'

/** What a repeat visit needs besides the index: the engine's browse structures and the page's view of the corpus. */
export interface CachedCorpus {
  catalog: Catalog
  info: CorpusInfo
}

/** A cached index and the content key of the corpus it was built from. */
export interface CachedIndex {
  /** {@link contentKey} of the corpus bytes the index was built from. */
  content: string
  /** The engine's bytes (`SearchEngine.serializeIndex`); IndexedDB copies an ArrayBuffer as is. */
  index: ArrayBuffer
  /** The validated corpus as the engine holds it (a structured clone), so it need not be parsed again. */
  corpus?: CachedCorpus
}

interface Entry extends CachedIndex {
  /** The corpus address: one entry per corpus, so it can be read while the corpus downloads. */
  key: string
  savedAt: number
}

/**
 * SHA-256 of the corpus bytes as downloaded, plus the engine's version. A cached index
 * is used only when this matches: any changed byte, or another engine, means indexing afresh.
 */
export async function contentKey(bytes: Uint8Array, engineVersion: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
  return `${engineVersion}:${hex}`
}

function open(factory: IDBFactory | undefined): Promise<IDBDatabase | undefined> {
  if (!factory) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    try {
      const request = factory.open(DB_NAME, DB_VERSION)
      request.onupgradeneeded = () => {
        const db = request.result
        // Older entries are in an older shape: start the store afresh.
        if (db.objectStoreNames.contains(STORE)) db.deleteObjectStore(STORE)
        db.createObjectStore(STORE, { keyPath: 'key' }).createIndex(SAVED_AT, SAVED_AT)
      }
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

function isEntry(value: unknown): value is Entry {
  const entry = value as Partial<Entry> | undefined
  return typeof entry?.key === 'string' && typeof entry.content === 'string' && entry.index instanceof ArrayBuffer
}

/**
 * Reads the index cached for a corpus address, or undefined. The caller compares its
 * `content` with the downloaded corpus's {@link contentKey} before using it, so this can
 * start before the download ends.
 */
export async function readCachedIndex(url: string, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<CachedIndex | undefined> {
  const db = await open(factory)
  if (!db) return undefined
  try {
    const entry: unknown = await done(db.transaction(STORE, 'readonly').objectStore(STORE).get(url))
    if (!isEntry(entry)) return undefined
    const corpus = entry.corpus
    const usable = typeof corpus === 'object' && corpus !== null && typeof corpus.catalog === 'object' && typeof corpus.info === 'object'
    return { content: entry.content, index: entry.index, ...(usable ? { corpus } : {}) }
  } catch {
    return undefined
  } finally {
    db.close()
  }
}

/**
 * Stores the index of a corpus address, evicting the oldest entries beyond MAX_ENTRIES.
 * An entry too big for the storage quota (a large corpus in a private window) is stored
 * again without its corpus: the index alone still spares the indexing. Returns whether
 * anything was stored.
 */
export async function writeCachedIndex(url: string, cached: CachedIndex, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<boolean> {
  const db = await open(factory)
  if (!db) return false
  try {
    if (await put(db, url, cached)) return true
    return cached.corpus !== undefined && (await put(db, url, { content: cached.content, index: cached.index }))
  } finally {
    db.close()
  }
}

async function put(db: IDBDatabase, url: string, cached: CachedIndex): Promise<boolean> {
  try {
    // Oldest first, keys only: reading whole entries to find the oldest would copy every cached index.
    const byAge = db.transaction(STORE, 'readonly').objectStore(STORE).index(SAVED_AT)
    const others = ((await done(byAge.getAllKeys())) ?? []).filter((k) => k !== url)
    const tx = db.transaction(STORE, 'readwrite')
    const written = new Promise<boolean>((resolve) => {
      tx.oncomplete = () => resolve(true)
      tx.onerror = () => resolve(false)
      tx.onabort = () => resolve(false)
    })
    const entries = tx.objectStore(STORE)
    for (const old of others.slice(0, Math.max(0, others.length - (MAX_ENTRIES - 1)))) entries.delete(old)
    try {
      entries.put({ ...cached, key: url, savedAt: Date.now() } satisfies Entry)
    } catch (error) {
      tx.abort()
      throw error
    }
    return await written
  } catch {
    return false
  }
}
