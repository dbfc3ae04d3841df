/**
 * TypeScript shape of the public corpus format `announcements/v1`.
 *
 * One JSON document holds the institution's entity tables and its releases.
 * Releases refer to entities by id; the validator (`validate.ts`) checks those
 * references and reports everything it drops.
 */

/** The schema version this build writes. */
export const SCHEMA_VERSION = 'announcements/v1'

/** Every `schema` value this build reads. */
export const SUPPORTED_SCHEMAS = [SCHEMA_VERSION] as const

/** A UI or release language. The format allows any BCP 47 tag; these three are first-class. */
export type LanguageCode = 'en' | 'az' | 'ru' | (string & {})

/** Release kinds the product knows; a corpus may use others, shown as-is. */
export const RELEASE_TYPES = [
  'meeting',
  'visit',
  'conference',
  'training',
  'agreement',
  'statement',
  'operation',
  'statistics',
  'other',
] as const
export type ReleaseType = (typeof RELEASE_TYPES)[number]

/** Where the corpus comes from. */
export interface CorpusSource {
  name: string
  url?: string
  /** Languages present, the first one being the default for releases without `lang`. */
  languages?: LanguageCode[]
  /** ISO timestamp of the export. */
  generatedAt?: string
  /** True when the archive was generated, not taken from a real press office. */
  synthetic?: boolean
  /**
   * Organisation id of the publishing institution (the press office's own
   * organisation). It is not a partner: the normalised corpus keeps it off
   * releases' `organisations`, so partner facets and counts leave it out.
   * Optional; without it, the one organisation of kind "institution" is taken.
   */
  institution?: string
}

/** A person who appears in releases: the agency's own staff or a counterpart. */
export interface Official {
  id: string
  name: string
  /** Other spellings and scripts: "V. Huseynov", "Вусал Гусейнов". */
  aliases?: string[]
  role?: string
  /** An organisation id, or the institution itself. */
  affiliation?: string
}

/** Kinds of organisation, used for grouping in the UI; `institution` marks the publisher. */
export type OrganisationKind =
  | 'institution'
  | 'agency'
  | 'international'
  | 'embassy'
  | 'government'
  | 'business'
  | 'ngo'
  | 'academic'
  | 'media'
  | 'other'

/** A partner organisation (or the institution itself). */
export interface Organisation {
  id: string
  name: string
  /** Abbreviations and other-language names: "IOM", "МОМ", "BMqT". */
  aliases?: string[]
  kind?: OrganisationKind | (string & {})
}

/** A subject area with names in other languages. */
export interface Topic {
  id: string
  name: string
  /** Names by language code, e.g. `{ az: "…", ru: "…" }`. */
  names?: Record<string, string>
}

/** One announcement. */
export interface Release {
  id: string
  /** ISO calendar date `YYYY-MM-DD`. */
  date: string
  title: string
  /** Plain text; paragraphs separated by a blank line. */
  body: string
  lang?: LanguageCode
  url?: string
  officials?: string[]
  organisations?: string[]
  topics?: string[]
  type?: ReleaseType | (string & {})
  summary?: string
  /** Other language versions: language code to release id. */
  translations?: Record<string, string>
  place?: string
}

/** The organisation kind that marks the publishing institution. */
export const INSTITUTION_KIND = 'institution'

/** The whole document. */
export interface Corpus {
  schema: typeof SCHEMA_VERSION
  source: CorpusSource
  officials: Official[]
  organisations: Organisation[]
  topics: Topic[]
  releases: Release[]
}

/** The entity tables a release can refer to, by facet name. */
export const ENTITY_FACETS = ['officials', 'organisations', 'topics'] as const
export type EntityFacet = (typeof ENTITY_FACETS)[number]
