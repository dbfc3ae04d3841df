/**
 * Messages between the page and the search worker. Every request carries a
 * sequence number; the worker answers with the same number.
 */
import type { Corpus, Official, Organisation, Release, Topic, CorpusSource } from '../core/corpus/types.ts'
import type { Problem } from '../core/corpus/validate.ts'
import type { ReleaseDetail, SearchRequest, SearchResponse } from '../core/search/types.ts'

/** What the page learns about a corpus once it is parsed: small enough to copy. */
export interface CorpusInfo {
  url: string
  source: CorpusSource
  officials: Official[]
  organisations: Organisation[]
  topics: Topic[]
  releaseCount: number
  /** Release types and languages present, most frequent first. */
  types: string[]
  langs: string[]
  /** First and last release dates. */
  firstDate?: string
  lastDate?: string
  /** Up to MAX_PROBLEMS_SHOWN problems of each kind, and their full counts. */
  errors: Problem[]
  warnings: Problem[]
  errorCount: number
  warningCount: number
  skippedReleases: number
  skippedReferences: number
  /**
   * Set while the corpus is still being read: everything above covers the releases read
   * so far (a corpus written newest first is shown before its download ends), and a
   * later `ready` brings more.
   */
  reading?: true
}

export const MAX_PROBLEMS_SHOWN = 20

/** Why a corpus could not be loaded at all. */
export interface LoadFailure {
  /** `html`: a web page where the corpus was expected; `refused`: an address the app will not load. */
  kind: 'http' | 'network' | 'timeout' | 'parse' | 'empty' | 'html' | 'refused'
  /** In English, for logs and the command line. */
  message: string
  status?: number
  /** The coded problem, when there is one (the page shows it in the reader's language). */
  problem?: Problem
}

export type LoadPhase = 'download' | 'parse'

/** Suggestion of an entity for the search box. */
export interface EntitySuggestion {
  facet: 'officials' | 'organisations' | 'topics'
  value: string
  label: string
  count: number
}

export type WorkerRequest =
  | { type: 'load'; url: string }
  /** The search worker's end of a channel to the counting worker (`termCounter.ts`); sent before `load`. */
  | { type: 'counter'; port: MessagePort }
  /** The counting worker failed to start or stopped with an error: the search worker indexes alone. */
  | { type: 'counter-lost' }
  /** `channel` names the caller: a newer search on the same channel supersedes an older one. */
  | { type: 'search'; seq: number; channel: string; request: SearchRequest }
  | { type: 'release'; seq: number; id: string }
  | { type: 'suggest'; seq: number; prefix: string; limit: number }
  | { type: 'export'; seq: number; request: SearchRequest }

export type WorkerEvent =
  | { type: 'progress'; phase: LoadPhase; loaded: number; total: number }
  | { type: 'ready'; info: CorpusInfo }
  /**
   * Full-text progress. `indexed` = `total` once every release is searchable. While the
   * corpus is still being read (`reading`), `total` is an estimate from the bytes read,
   * always above `indexed`.
   */
  | { type: 'indexed'; indexed: number; total: number; fromCache: boolean; reading?: true }
  | { type: 'failed'; failure: LoadFailure }
  | { type: 'search'; seq: number; response: SearchResponse }
  | { type: 'release'; seq: number; detail: ReleaseDetail | null }
  | { type: 'suggest'; seq: number; suggestions: EntitySuggestion[] }
  | { type: 'export'; seq: number; releases: Release[] }
  | { type: 'error'; seq: number; message: string }

export type { Corpus }
