/**
 * Valibot schemas for the shapes inside an `announcements/v1` document.
 *
 * They check one item at a time (one release, one official…), so that a bad
 * item is reported and dropped while its neighbours survive. Cross-item rules
 * (unique ids, references, translations) live in `validate.ts`.
 */
import * as v from 'valibot'
import { isCalendarDate } from '../calendar/isoDate.ts'

// Messages follow a path such as `releases[3].title`, so they do not repeat the field name.
const text = () =>
  v.pipe(
    v.string('must be a string'),
    v.check((value) => value.trim().length > 0, 'is empty'),
  )

const optionalString = () => v.optional(v.string('must be a string'))

const stringList = (what: string) => v.array(v.string(`must be a string (${what})`), `must be a list of ${what}s`)

const calendarDate = v.pipe(
  v.string('must be a string "YYYY-MM-DD"'),
  v.check(isCalendarDate, (issue) => `${JSON.stringify(issue.input)} is not a calendar date`),
)

const httpUrl = v.pipe(
  v.string('must be a string'),
  v.check(
    (value) => /^https?:\/\//i.test(value),
    (issue) => `${JSON.stringify(issue.input)} is not an http(s) URL`,
  ),
)

/** Known fields of a release, with the rules for each. */
export const releaseEntries = {
  id: text(),
  date: calendarDate,
  title: text(),
  body: text(),
  lang: v.optional(v.pipe(v.string('must be a string'), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language code such as "en"'))),
  url: v.optional(httpUrl),
  officials: v.optional(stringList('official id')),
  organisations: v.optional(stringList('organisation id')),
  topics: v.optional(stringList('topic id')),
  type: optionalString(),
  summary: optionalString(),
  translations: v.optional(v.record(v.string(), v.string('must be a release id'), 'must be an object of language → release id')),
  place: optionalString(),
}

export const officialEntries = {
  id: text(),
  name: text(),
  aliases: v.optional(stringList('alias')),
  role: optionalString(),
  affiliation: optionalString(),
}

export const organisationEntries = {
  id: text(),
  name: text(),
  aliases: v.optional(stringList('alias')),
  kind: optionalString(),
}

export const topicEntries = {
  id: text(),
  name: text(),
  names: v.optional(v.record(v.string(), v.string('must be a string'), 'must be an object of language → name')),
}

export const sourceEntries = {
  name: text(),
  url: v.optional(httpUrl),
  languages: v.optional(stringList('language')),
  generatedAt: optionalString(),
  synthetic: v.optional(v.boolean('must be true or false')),
}

export const releaseSchema = v.object(releaseEntries, 'a release must be an object')
export const officialSchema = v.object(officialEntries, 'an official must be an object')
export const organisationSchema = v.object(organisationEntries, 'an organisation must be an object')
export const topicSchema = v.object(topicEntries, 'a topic must be an object')
export const sourceSchema = v.object(sourceEntries, 'source must be an object')
