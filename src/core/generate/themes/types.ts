/**
 * What a release theme is: when it happens, whom it involves, and how it is
 * written in each language it supports.
 */
import type { ReleaseType } from '../../corpus/types.ts'
import type { Cast, Lang, OrgRecord, PersonRecord } from '../entities.ts'
import type { Rng } from '../prng.ts'
import type { Writer } from '../writer.ts'

/** Where something happened, in each language. */
export interface Place {
  en: string
  az: string
  ru: string
  /** True for video conferences (no city). */
  online?: boolean
}

/** The facts of one story, shared by all its language versions. */
export interface Plan {
  date: string
  year: number
  month: number
  /** The agency official who leads; absent for notices without a named official. */
  host?: PersonRecord
  /** Other agency staff taking part. */
  staff: PersonRecord[]
  /** Counterparts from outside the agency. */
  guests: PersonRecord[]
  /** Organisations involved beyond the guests' own. */
  partners: OrgRecord[]
  /** Topic ids the story is about, most important first. */
  topics: string[]
  place: Place
  /** Figures for statistics and operations. */
  figures: number[]
  /** Regions covered, for operations in several places. */
  regions?: string[]
  /** A free choice the theme makes once so that every language tells the same story. */
  variant: number
}

/** One language version of a story before it becomes a release. */
export interface Draft {
  title: string
  paragraphs: string[]
  summary?: string
}

/** Writes one language version. */
export type DraftWriter = (w: Writer, plan: Plan) => Draft

/** A kind of story the press office tells. */
export interface Theme {
  id: string
  type: ReleaseType
  /** Relative frequency in a given year; 0 when the theme cannot occur then. */
  weight(year: number): number
  /** Chooses the cast and facts for a story on `date`, or undefined when none fits. */
  plan(rng: Rng, date: string, cast: Cast): Plan | undefined
  write: Partial<Record<Lang, DraftWriter>> & { en: DraftWriter }
}
