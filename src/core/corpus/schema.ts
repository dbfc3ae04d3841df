/**
 * The fields of each item in an `announcements/v1` document, with the rule
 * for each one (valibot schemas whose messages are problem codes).
 *
 * Fields are checked one at a time, so that a bad optional field costs only
 * that field while a bad required field costs its item. Lists and
 * language maps are checked element by element in `validate.ts`, so one bad
 * element costs only itself. Cross-item rules (unique ids, references,
 * translations, the institution) live in `validate.ts`.
 */
import * as v from 'valibot'
import type { ProblemCode } from '../problems.ts'
import { isCalendarDate } from '../calendar/isoDate.ts'

/** How a field's value is read. */
export type FieldRule =
  /** A scalar checked by a schema whose issue messages are problem codes. */
  | { kind: 'value'; schema: v.GenericSchema; required?: boolean }
  /** A list of strings; a bad element is dropped alone. */
  | { kind: 'list' }
  /** An object of language code → string; a bad entry is dropped alone. */
  | { kind: 'languageMap' }

const code = (c: ProblemCode) => c

const text = v.pipe(
  v.string(code('value.notString')),
  v.check((value) => value.trim().length > 0, code('value.empty')),
)

const calendarDate = v.pipe(v.string(code('date.notString')), v.check(isCalendarDate, code('date.notCalendar')))

/** Only http(s) addresses are links; `javascript:`, `data:` and the like never are. */
const httpUrl = v.pipe(v.string(code('value.notString')), v.check((value) => /^https?:\/\/\S/i.test(value.trim()), code('url.notHttp')))

const languageCode = v.pipe(v.string(code('value.notString')), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, code('lang.invalid')))

const optionalText = v.string(code('value.notString'))

const required = (schema: v.GenericSchema): FieldRule => ({ kind: 'value', schema, required: true })
const optional = (schema: v.GenericSchema): FieldRule => ({ kind: 'value', schema })
const list: FieldRule = { kind: 'list' }
const languageMap: FieldRule = { kind: 'languageMap' }

/** Fields of a release. Required: id, date, title, body; any other bad field is dropped alone. */
export const RELEASE_FIELDS: Record<string, FieldRule> = {
  id: required(text),
  date: required(calendarDate),
  title: required(text),
  body: required(text),
  lang: optional(languageCode),
  url: optional(httpUrl),
  officials: list,
  organisations: list,
  topics: list,
  type: optional(text),
  summary: optional(optionalText),
  translations: languageMap,
  place: optional(optionalText),
}

export const OFFICIAL_FIELDS: Record<string, FieldRule> = {
  id: required(text),
  name: required(text),
  aliases: list,
  role: optional(optionalText),
  affiliation: optional(text),
}

export const ORGANISATION_FIELDS: Record<string, FieldRule> = {
  id: required(text),
  name: required(text),
  aliases: list,
  kind: optional(text),
}

export const TOPIC_FIELDS: Record<string, FieldRule> = {
  id: required(text),
  name: required(text),
  names: languageMap,
}

/** Fields of `source`; a bad one costs only itself (the source is never dropped). */
export const SOURCE_FIELDS: Record<string, FieldRule> = {
  name: required(text),
  url: optional(httpUrl),
  languages: list,
  generatedAt: optional(optionalText),
  synthetic: optional(v.boolean(code('value.notBoolean'))),
  institution: optional(text),
}

/** Problem codes whose text shows the offending value. */
export const CODES_WITH_VALUE: ReadonlySet<string> = new Set<ProblemCode>(['date.notCalendar', 'url.notHttp', 'lang.invalid'])
