import { describe, expect, it } from 'vitest'
import MiniSearch from 'minisearch'
import { decodeIndex, encodeIndex, IndexCodecError } from '../../../src/core/search/indexCodec.ts'
import { indexWriter } from '../../../src/core/search/bulkAdd.ts'

interface Doc {
  id: number
  title: string
  body: string
}

const options = { fields: ['title', 'body'], storeFields: [] as string[] }

const docs: Doc[] = [
  { id: 0, title: 'Chief meets the IOM mission', body: 'Cooperation on labour migration and return programmes was discussed.' },
  { id: 1, title: 'Training for border officers', body: 'Officers trained on document checks; migration routes and trafficking risks.' },
  { id: 2, title: 'Agreement signed with UNHCR', body: 'The agreement covers refugee status procedures. Migration, migration, migration.' },
  { id: 3, title: 'Xidmətin rəisi görüşdü', body: 'Miqrasiya sahəsində əməkdaşlıq müzakirə olundu.' },
  { id: 4, title: 'Встреча с делегацией', body: 'Обсуждены вопросы трудовой миграции.' },
  { id: 5, title: 'Empty body', body: '' },
]

function build(list: readonly Doc[]): MiniSearch<Doc> {
  const index = new MiniSearch<Doc>(options)
  index.addAll(list)
  return index
}

/** MiniSearch's JSON with terms in sorted order (its term tree iterates in insertion order). */
function canonical(index: MiniSearch<Doc>): unknown {
  const json = JSON.parse(JSON.stringify(index)) as { index: Array<[string, unknown]> }
  return { ...json, index: json.index.sort((a, b) => (a[0] < b[0] ? -1 : 1)) }
}

const searches: Array<[string, Parameters<MiniSearch<Doc>['search']>[1]]> = [
  ['migration', {}],
  ['migr', { prefix: true }],
  ['trafficing', { fuzzy: 1 }],
  ['agreement refugee', { combineWith: 'AND' }],
  ['миграции', {}],
  ['nothing-here', {}],
]

describe('index codec', () => {
  it('restores an index that answers exactly like the original and serialises to the same JSON', () => {
    const original = build(docs)
    const { index, meta } = decodeIndex<Doc, { note: string }>(encodeIndex(original, { note: 'kept' }), options)
    expect(meta).toEqual({ note: 'kept' })
    expect(index.documentCount).toBe(original.documentCount)
    expect(index.termCount).toBe(original.termCount)
    for (const [query, searchOptions] of searches) expect(index.search(query, searchOptions)).toEqual(original.search(query, searchOptions))
    expect(canonical(index)).toEqual(canonical(original))
  })

  it('keeps working as an ordinary index after restoring: documents can be added', () => {
    const restored = decodeIndex<Doc, null>(encodeIndex(build(docs.slice(0, 4)), null), options).index
    restored.addAll(docs.slice(4))
    const whole = build(docs)
    for (const [query, searchOptions] of searches) expect(restored.search(query, searchOptions)).toEqual(whole.search(query, searchOptions))
    // Encoding again (postings partly decoded, partly not) keeps everything.
    expect(canonical(decodeIndex<Doc, null>(encodeIndex(restored, null), options).index)).toEqual(canonical(whole))
  })

  it('writes postings appended in batches and never read without building them, to the same bytes as once built', () => {
    const index = new MiniSearch<Doc>(options)
    const writer = indexWriter(index)
    writer?.add(docs.slice(0, 3))
    // One search between batches builds the postings of the words it reads; the rest stay appended.
    expect(index.search('migration').length).toBe(3)
    writer?.add(docs.slice(3))
    const unbuilt = new Uint8Array(encodeIndex(index, null))
    JSON.stringify(index) // reads, and so builds, every term's postings
    expect(new Uint8Array(encodeIndex(index, null))).toEqual(unbuilt)
    expect(canonical(decodeIndex<Doc, null>(unbuilt, options).index)).toEqual(canonical(build(docs)))
  })

  it('round-trips an empty index', () => {
    const { index } = decodeIndex<Doc, null>(encodeIndex(build([]), null), options)
    expect(index.documentCount).toBe(0)
    expect(index.search('migration')).toEqual([])
  })

  it('refuses bytes that are not an index, cut short, or damaged', () => {
    const bytes = new Uint8Array(encodeIndex(build(docs), null))
    expect(() => decodeIndex(new TextEncoder().encode('{"index":[]}'), options)).toThrow(IndexCodecError)
    expect(() => decodeIndex(bytes.slice(0, bytes.length - 8), options)).toThrow(/damaged|cut short/)
    for (const at of [9, 40, Math.floor(bytes.length / 2), bytes.length - 2]) {
      const damaged = bytes.slice()
      damaged[at] = (damaged[at] as number) ^ 0x10
      expect(() => decodeIndex(damaged, options)).toThrow(/damaged/)
    }
  })
})
