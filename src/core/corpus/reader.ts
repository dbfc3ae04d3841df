/**
 * Reads a corpus while it downloads: text in, validated releases out in batches,
 * with the same rules, problems and counts as reading the whole text at once
 * (`parseCorpusText` + `validateCorpus`), which remains the way out whenever the
 * document does not lend itself to reading in order.
 *
 * Releases can be shown before the end only when the document gives the source
 * and entity tables before `releases` (what they are checked against) and lists
 * releases newest first (so the first ones read are the newest of the archive).
 * `order` says what has been seen so far; a document in another order is simply
 * read to its end before anything is shown.
 *
 * @example
 * const reader = new CorpusReader()
 * for (const text of chunks) {
 *   reader.push(text)
 *   if (reader.showable) show(reader.releases)
 * }
 * const result = reader.end(() => wholeText) // { report } or { error, report? }
 */
import { CorpusScanner } from './stream.ts'
import { parseCorpusText } from './parse.ts'
import { CorpusValidator, validateCorpus, type ValidationReport } from './validate.ts'
import type { Corpus, Release } from './types.ts'
import type { Problem } from '../problems.ts'

/** Members validated before the releases: a release's references and default language depend on them. */
const TABLE_KEYS = new Set(['source', 'officials', 'organisations', 'topics'])

/**
 * How a corpus's releases are ordered so far: `newest-first` while every release
 * is no newer than the one before it, `other` from the first that is newer.
 */
export type ReleaseOrder = 'newest-first' | 'other'

/** The end of reading: a report, or a problem with the text (and what was read before it). */
export type ReadResult =
  | { report: ValidationReport; whole: boolean }
  | { error: Problem; report?: ValidationReport }

export class CorpusReader {
  private readonly scanner: CorpusScanner
  /** The top-level members in document order; `releases` holds a placeholder while streamed. */
  private readonly document: Record<string, unknown> = {}
  private validator: CorpusValidator | undefined
  private lastDate = ''
  private streamedReleases = false
  /** Set when the streamed releases cannot stand for the document's: it is read whole at the end. */
  private wholeReason: 'late-tables' | 'repeated-releases' | 'not-an-object' | undefined
  private broken = false
  order: ReleaseOrder = 'newest-first'

  /** `source` names the input in problems (a URL or a file name). */
  constructor(private readonly source = 'the file') {
    this.scanner = new CorpusScanner({
      member: (key, json) => this.member(key, json),
      releasesStart: () => this.releasesStart(),
      releases: (list, bounds) => this.releasesRead(list, bounds),
    })
  }

  /** Reads the next piece of text. */
  push(text: string): void {
    if (this.broken || this.wholeReason) return
    this.scanner.push(text)
    if (this.scanner.status === 'other') this.wholeReason = 'not-an-object'
    if (this.scanner.status === 'error') this.broken = true
  }

  /** Releases kept so far, in document order. */
  get releases(): readonly Release[] {
    return this.validator?.releases ?? []
  }

  /**
   * True while the releases read so far are the archive's newest, validated as a
   * whole read would: tables before releases, newest first, no break in the text.
   */
  get showable(): boolean {
    return this.validator !== undefined && this.order === 'newest-first' && !this.broken && !this.wholeReason
  }

  /** True once the text broke JSON's grammar or the document must be read whole: nothing more is read. */
  get stopped(): boolean {
    return this.broken || this.wholeReason !== undefined
  }

  /** The corpus of the releases read so far (tables included), when the tables have been read. */
  corpus(): Corpus | undefined {
    return this.validator?.snapshot().corpus
  }

  /** What validation found so far. */
  snapshot(): ValidationReport | undefined {
    return this.validator?.snapshot()
  }

  /**
   * Ends reading. `wholeText` gives the whole downloaded text; it is only asked for when
   * the document has to be read at once (another layout, or a break in the text, whose
   * problem is then exactly the one a whole read gives). On a break, `report` holds what
   * was read and valid before it.
   */
  end(wholeText: () => string): ReadResult {
    if (!this.broken && !this.wholeReason) {
      this.scanner.end()
      if (this.scanner.status === 'error') this.broken = true
    }
    if (this.broken || this.wholeReason) {
      const parsed = parseCorpusText(wholeText(), this.source)
      if ('error' in parsed) {
        const report = this.broken && !this.wholeReason ? this.validator?.snapshot() : undefined
        return report ? { error: parsed.error, report } : { error: parsed.error }
      }
      return { report: validateCorpus(parsed.value), whole: true }
    }
    this.validator ??= new CorpusValidator(this.document)
    return { report: this.validator.finish(this.document), whole: false }
  }

  private member(key: string, json: string): void {
    let value: unknown
    try {
      value = JSON.parse(json)
    } catch {
      this.broken = true
      return
    }
    if (key === 'releases' && this.streamedReleases) this.wholeReason = 'repeated-releases'
    if (this.validator && TABLE_KEYS.has(key)) this.wholeReason = 'late-tables'
    this.document[key] = value
  }

  private releasesStart(): void {
    if (this.streamedReleases) {
      this.wholeReason = 'repeated-releases'
      return
    }
    this.streamedReleases = true
    this.document.releases = []
    this.validator = new CorpusValidator(this.document)
  }

  private releasesRead(list: string, bounds: readonly number[]): void {
    if (this.broken || this.wholeReason || !this.validator) return
    let raws: unknown[]
    try {
      raws = JSON.parse(`[${list}]`) as unknown[]
    } catch {
      // Keep the elements before the broken one.
      raws = []
      for (let i = 0; i < bounds.length; i += 2) {
        try {
          raws.push(JSON.parse(list.slice(bounds[i], bounds[i + 1])))
        } catch {
          this.broken = true
          break
        }
      }
    }
    for (const release of this.validator.add(raws)) {
      if (this.order === 'newest-first' && this.lastDate !== '' && release.date > this.lastDate) this.order = 'other'
      this.lastDate = release.date
    }
  }
}
