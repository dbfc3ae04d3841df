import { describe, expect, it } from 'vitest'
import { toJson } from '../../../src/core/export/json.ts'
import { validateCorpus } from '../../../src/core/corpus/validate.ts'
import { corpus } from './fixtures.ts'

const options = { source: corpus.source, generatedAt: '2026-11-28T10:00:00Z' }

describe('toJson', () => {
  it('writes a valid announcements/v1 corpus holding only the entities the releases use', () => {
    const releases = corpus.releases.slice(1, 2)
    const document = JSON.parse(toJson(releases, corpus, options))
    expect(document.schema).toBe('announcements/v1')
    expect(document.source).toEqual({ ...corpus.source, generatedAt: '2026-11-28T10:00:00Z' })
    expect(document.organisations.map((o: { id: string }) => o.id)).toEqual(['cec'])
    expect(document.officials).toEqual([])
    expect(document.releases).toEqual(releases)
    const report = validateCorpus(document)
    expect(report.errors).toEqual([])
  })

  it('keeps every release of the result set, in order', () => {
    const document = JSON.parse(toJson([...corpus.releases].reverse(), corpus, { ...options, indent: 0 }))
    expect(document.releases.map((r: { id: string }) => r.id)).toEqual(['103', '102', '101'])
  })
})
