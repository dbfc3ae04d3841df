/**
 * Citations of a release: a plain one in the interface language and an
 * APA-style one (7th edition, press release), both with the permalink and the
 * date the reader accessed the release. Pure: the caller passes the access
 * date, the permalink and the words that vary by language.
 *
 * @example
 * const parts = apaCitation({ title: 'Meeting with IOM', date: '2020-10-02' }, {
 *   publisher: 'State Migration Service', permalink: 'https://example.org/releases/13452', accessed: '2026-11-28',
 * })
 * citationText(parts)
 * // 'State Migration Service. (2020, October 2). Meeting with IOM [Press release]. Retrieved November 28, 2026, from https://example.org/releases/13452'
 */
import { formatApaDay, formatDay } from '../calendar/format.ts'

/** What a citation needs from a release. */
export interface CitableRelease {
  title: string
  /** ISO calendar date `YYYY-MM-DD`. */
  date: string
}

/** Where and when the release was read, and who published it. */
export interface CitationContext {
  /** The institution that issued the release (the corpus source name). */
  publisher: string
  /** The release's permanent address in the app. */
  permalink: string
  /** ISO calendar date `YYYY-MM-DD` on which the reader accessed the release. */
  accessed: string
}

/** Words and date style of the plain citation, in the interface language. */
export interface PlainCitationStyle {
  /** Language or BCP 47 tag for dates, e.g. `en-GB`, `az-Latn-AZ`, `ru-RU` (see `formatDay`). */
  locale: string
  /** "Press release" in that language. */
  pressRelease: string
  /** The access note with a `{date}` placeholder: "Accessed {date}", "дата обращения: {date}". */
  accessed: string
  /** Opening and closing quotation marks around the title. */
  quotes: readonly [string, string]
}

/** A piece of a citation; `italic` pieces are titles a style sets in italics. */
export interface CitationPart {
  text: string
  italic?: boolean
}

/** The English plain style, used when no other is given. */
export const DEFAULT_PLAIN_STYLE: PlainCitationStyle = {
  locale: 'en-GB',
  pressRelease: 'Press release',
  accessed: 'Accessed {date}',
  quotes: ['\u201c', '\u201d'],
}

/** Collapses whitespace and trims a piece of corpus text for one-line use. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Ends a sentence piece with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`
}

/**
 * An APA-style reference (7th edition) for a press release, as parts so the
 * title can be set in italics: Publisher. (Year, Month Day). *Title* [Press release]. Retrieved Month Day, Year, from URL
 */
export function apaCitation(release: CitableRelease, context: CitationContext): CitationPart[] {
  const title = oneLine(release.title)
  return [
    { text: `${sentence(oneLine(context.publisher))} (${formatApaDay(release.date, 'year-first')}). ` },
    { text: title, italic: true },
    { text: ` [Press release]. Retrieved ${formatApaDay(context.accessed, 'month-first')}, from ${context.permalink}` },
  ]
}

/**
 * A plain citation in the interface language:
 * Publisher. “Title”. Press release, 2 October 2020. URL (Accessed 28 November 2026).
 */
export function plainCitation(release: CitableRelease, context: CitationContext, style: PlainCitationStyle = DEFAULT_PLAIN_STYLE): CitationPart[] {
  const [open, close] = style.quotes
  const accessed = style.accessed.replace('{date}', formatDay(context.accessed, style.locale))
  return [
    {
      text:
        `${sentence(oneLine(context.publisher))} ${open}${oneLine(release.title)}${close}. ` +
        `${sentence(`${style.pressRelease}, ${formatDay(release.date, style.locale)}`)} ${context.permalink} (${accessed}).`,
    },
  ]
}

/** The citation as one line of plain text. */
export function citationText(parts: readonly CitationPart[]): string {
  return parts.map((part) => part.text).join('')
}
