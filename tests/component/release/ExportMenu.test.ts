import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ExportMenu from '../../../src/components/export/ExportMenu.vue'
import type { Release } from '../../../src/core/corpus/types.ts'
import type { SearchRequest } from '../../../src/core/search/types.ts'
import { validateSearchRequest } from '../../../src/core/request/schema.ts'
import { mountApp } from './support.ts'

const releases: Release[] = [
  { id: '1', date: '2021-01-01', lang: 'en', title: 'One, with a comma', body: 'Body one.', organisations: ['iom'] },
  { id: '2', date: '2021-02-01', lang: 'az', title: 'İki', body: 'Mətn.', officials: ['vusal-huseynov'] },
]
const request: SearchRequest = validateSearchRequest({ q: '', filters: { organisations: ['iom'] }, sort: 'newest', page: 3, pageSize: 20 }).request

function captureDownloads() {
  const blobs: Blob[] = []
  const names: string[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob)
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download)
  })
  return { blobs, names }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ExportMenu', () => {
  it('downloads the whole result set as CSV (every page: the worker exports all ids of the request)', async () => {
    const exportReleases = vi.fn(async () => releases)
    const { blobs, names } = captureDownloads()
    const { wrapper } = await mountApp(ExportMenu, { props: { request, total: 2, appUrl: 'https://app.example/' }, client: { exportReleases } })
    await wrapper.find('[data-export="csv"]').trigger('click')
    await vi.waitFor(() => expect(names).toHaveLength(1))
    await flushPromises()
    expect(exportReleases).toHaveBeenCalledWith(request)
    expect(names[0]).toMatch(/^pressroom-\d{4}-\d{2}-\d{2}-iom\.csv$/)
    const text = await blobs[0]!.text()
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain('"One, with a comma"')
    expect(lines[2]).toContain('Vusal Huseynov')
    expect(lines[2]).toContain('https://app.example/releases/2')
    expect(wrapper.find('[data-export-status]').text()).toMatch(/Downloaded 2 releases as pressroom-.*-iom\.csv\./)
  })

  it('downloads JSON that is a corpus of the result set', async () => {
    const { blobs, names } = captureDownloads()
    const { wrapper } = await mountApp(ExportMenu, { props: { request }, client: { exportReleases: async () => releases } })
    await wrapper.find('[data-export="json"]').trigger('click')
    await vi.waitFor(() => expect(names).toHaveLength(1))
    expect(names[0]).toMatch(/\.json$/)
    const document = JSON.parse(await blobs[0]!.text())
    expect(document.schema).toBe('announcements/v1')
    expect(document.releases.map((r: Release) => r.id)).toEqual(['1', '2'])
    expect(document.organisations.map((o: { id: string }) => o.id)).toEqual(['iom'])
  })

  it('reports a failed export', async () => {
    const { wrapper } = await mountApp(ExportMenu, { props: { request }, client: { exportReleases: async () => Promise.reject(new Error('worker gone')) } })
    await wrapper.find('[data-export="csv"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-export-status]').text()).toBe('The export failed: worker gone')
  })

  it('copies a link to the search', async () => {
    const writeText = vi.fn(async () => undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { wrapper } = await mountApp(ExportMenu, { props: { request: validateSearchRequest({ q: 'visit', filters: { organisations: ['iom'] }, sort: 'newest' }).request, appUrl: 'https://app.example/' }, client: {} })
    await wrapper.find('[data-export="link"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith('https://app.example/?q=visit&organisation=iom&sort=newest')
    expect(wrapper.find('[data-export-status]').text()).toBe('Link copied to the clipboard.')
  })
})
