/**
 * The shape every input format (HTML, Markdown, plain text) is read into before
 * dates, language and entities are worked out: what the file itself states.
 */

/** What one release file says about itself, format-independent. */
export interface SourceDocument {
  /** The headline, when the file has one. */
  title?: string
  /** Body text, one entry per paragraph, white space collapsed. */
  paragraphs: string[]
  /** Dates the file declares in structured form (`<time>`, meta tags, front matter), as written. */
  declaredDates: string[]
  /** Language the file declares (`<html lang>`, front matter), as written. */
  lang?: string
  /** Canonical address the file declares (`<link rel=canonical>`, og:url, front matter), possibly relative. */
  url?: string
  /** An id the file declares (front matter `id`). */
  id?: string
  /** Other language versions the file links to: language code → address. */
  alternates: Record<string, string>
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2009\u2002\u2003]+/g, ' ').trim()
}
