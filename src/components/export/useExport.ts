/**
 * Export of a whole result set (every page) as CSV or JSON, and the share link
 * of a search. Fetches the releases from the worker, formats them with
 * src/core/export (loaded on first use, off the initial bundle), and reports
 * progress as a status the menu announces.
 */
import { shallowRef, toValue, type MaybeRefOrGetter } from 'vue'
import type { SearchRequest } from '../../core/search/types.ts'
import { shareLink } from '../../core/export/shareLink.ts'
import { isoDay } from '../../core/calendar/isoDate.ts'
import { DEFAULT_CORPUS_URL } from '../../config.ts'
import { useCorpusStore } from '../../stores/corpus.ts'
import { saveFile } from './saveFile.ts'

/** What the menu says after an action. */
export type ExportStatus =
  | { kind: 'preparing'; count: number }
  | { kind: 'done'; count: number; file: string }
  | { kind: 'failed'; message: string }
  | { kind: 'copied' }
  | { kind: 'copyFailed'; link: string }

/** The app's address (origin and base path), where permalinks and share links point. */
export function defaultAppUrl(): string {
  return `${globalThis.location?.origin ?? ''}${import.meta.env.BASE_URL}`
}

export function useExport(request: MaybeRefOrGetter<SearchRequest>, appUrl: MaybeRefOrGetter<string | undefined>) {
  const corpus = useCorpusStore()
  const status = shallowRef<ExportStatus>()
  const busy = shallowRef(false)
  const base = () => toValue(appUrl) ?? defaultAppUrl()

  /** The corpus URL to put in links, unless it is the app's default one. */
  function corpusParam(): string | undefined {
    const fallback = new URL(DEFAULT_CORPUS_URL, globalThis.location?.href).href
    return corpus.url && corpus.url !== fallback ? corpus.url : undefined
  }

  async function download(format: 'csv' | 'json', expected?: number): Promise<void> {
    const client = corpus.client
    const info = corpus.info
    if (!client || !info || busy.value) return
    busy.value = true
    status.value = { kind: 'preparing', count: expected ?? 0 }
    try {
      const current = toValue(request)
      const [releases, { exportFileName, toCsv, toJson }] = await Promise.all([
        client.exportReleases(current),
        import('../../core/export/index.ts'),
      ])
      const file = exportFileName(current, isoDay(new Date()), format)
      const text =
        format === 'csv'
          ? toCsv(releases, info, { permalinkBase: base(), defaultLang: info.source.languages?.[0] ?? 'en' })
          : toJson(releases, info, { source: info.source, generatedAt: new Date().toISOString() })
      saveFile(file, text, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8')
      status.value = { kind: 'done', count: releases.length, file }
    } catch (error) {
      status.value = { kind: 'failed', message: error instanceof Error ? error.message : String(error) }
    } finally {
      busy.value = false
    }
  }

  async function copyLink(): Promise<void> {
    const link = shareLink(base(), toValue(request), corpusParam())
    try {
      await navigator.clipboard.writeText(link)
      status.value = { kind: 'copied' }
    } catch {
      status.value = { kind: 'copyFailed', link }
    }
  }

  return { status, busy, download, copyLink }
}
