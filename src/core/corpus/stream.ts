/**
 * Cuts a corpus document into pieces as its text arrives: each top-level member
 * (`schema`, `source`, the entity tables) as one JSON text, and the `releases`
 * array as the JSON texts of its elements, so that releases can be parsed,
 * validated and shown while the rest is still downloading.
 *
 * It only finds boundaries: it tracks strings (with their escapes), nesting depth
 * and the punctuation between members and elements, strictly as JSON's grammar
 * has it; what is inside a value is left to `JSON.parse`. A document that is not
 * an object at the top is reported as `other` (the caller parses it whole), and
 * any break of the grammar as `error` (the caller then parses the whole text,
 * which gives the same coded problem as a corpus read at once).
 *
 * @example
 * const scanner = new CorpusScanner({
 *   member: (key, json) => header.set(key, JSON.parse(json)),
 *   releasesStart: () => {},
 *   releases: (list) => add(JSON.parse(`[${list}]`)),
 * })
 * for await (const text of chunks) scanner.push(text)
 * scanner.end() // scanner.status: 'done' | 'other' | 'error'
 */

/** What the scanner reports, in document order. */
export interface ScanHandlers {
  /** A complete top-level member other than the `releases` array: its key and its value's JSON text. */
  member(key: string, json: string): void
  /** The `releases` array begins (its key took this place in the document). */
  releasesStart(): void
  /**
   * Elements of the `releases` array completed by the last chunk, in order: `list` is their
   * text with the commas between them (`JSON.parse(`[${list}]`)` reads them all), and element
   * `i` is `list.slice(bounds[2 * i], bounds[2 * i + 1])`.
   */
  releases(list: string, bounds: readonly number[]): void
}

/**
 * `reading`: so far a well-formed object; `done`: the whole document was read and is
 * well-formed at the level the scanner checks; `other`: not an object at the top;
 * `error`: the text breaks JSON's grammar (or ends early, once `end` is called).
 */
export type ScanStatus = 'reading' | 'done' | 'other' | 'error'

type State = 'start' | 'key' | 'colon' | 'beforeValue' | 'value' | 'comma' | 'after' | 'element' | 'elementComma'

const QUOTE = 0x22
const BACKSLASH = 0x5c

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

/** Finds element and member boundaries in corpus text pushed chunk by chunk. */
export class CorpusScanner {
  status: ScanStatus = 'reading'
  private buf = ''
  private pos = 0
  private state: State = 'start'
  /** Nothing read yet: a byte-order mark may come. */
  private atStart = true
  private first = true
  private key = ''
  private inReleases = false
  /** A value being scanned: where it starts, how far it was read, its depth, whether inside a string. */
  private valueStart = -1
  private valuePos = 0
  private depth = 0
  private inString = false

  constructor(private readonly handlers: ScanHandlers) {}

  /** Reads the next piece of the document's text. */
  push(chunk: string): void {
    if (this.status !== 'reading') return
    const keep = this.valueStart >= 0 ? this.valueStart : this.pos
    this.buf = keep > 0 ? this.buf.slice(keep) + chunk : this.buf + chunk
    this.pos -= keep
    if (this.valueStart >= 0) {
      this.valuePos -= keep
      this.valueStart = 0
    }
    this.run(false)
  }

  /** The text has ended. */
  end(): void {
    if (this.status !== 'reading') return
    this.run(true)
    if (this.status !== 'reading') return
    this.status = this.state === 'after' ? 'done' : 'error'
  }

  private run(ended: boolean): void {
    const s = this.buf
    /** Bounds of the elements completed in this run, absolute in `s`. */
    const batch: number[] = []
    const flush = (): void => {
      if (batch.length === 0) return
      const from = batch[0] as number
      this.handlers.releases(s.slice(from, batch[batch.length - 1]), batch.map((at) => at - from))
      batch.length = 0
    }
    scan: while (this.status === 'reading') {
      if (this.atStart) {
        if (s.length === 0) break
        if (s.charCodeAt(0) === 0xfeff) this.pos = 1
        this.atStart = false
        continue
      }
      if (this.state === 'value' || (this.state === 'element' && this.valueStart >= 0)) {
        const end = this.scanValue(ended)
        if (end < 0) break
        if (end === this.valueStart) {
          // Punctuation where a value belongs (`[1,]`, `{"a": }`).
          this.status = 'error'
          break
        }
        const start = this.valueStart
        this.valueStart = -1
        this.pos = end
        if (this.state === 'element') {
          batch.push(start, end)
          this.state = 'elementComma'
        } else {
          flush()
          this.handlers.member(this.key, s.slice(start, end))
          this.state = 'comma'
        }
        continue
      }
      while (this.pos < s.length && isSpace(s.charCodeAt(this.pos))) this.pos++
      if (this.pos >= s.length) break
      const c = s[this.pos] as string
      switch (this.state) {
        case 'start':
          if (c !== '{') {
            this.status = 'other'
            break
          }
          this.pos++
          this.state = 'key'
          this.first = true
          continue
        case 'key': {
          if (c === '}' && this.first) {
            this.pos++
            this.state = 'after'
            continue
          }
          if (c !== '"') {
            this.status = 'error'
            break
          }
          const end = this.stringEnd(this.pos + 1)
          if (end < 0) break scan
          try {
            this.key = JSON.parse(s.slice(this.pos, end)) as string
          } catch {
            this.status = 'error'
            break
          }
          this.pos = end
          this.first = false
          this.state = 'colon'
          continue
        }
        case 'colon':
          if (c !== ':') {
            this.status = 'error'
            break
          }
          this.pos++
          this.state = 'beforeValue'
          continue
        case 'beforeValue':
          if (c === '[' && this.key === 'releases' && !this.inReleases) {
            this.pos++
            this.inReleases = true
            this.state = 'element'
            this.first = true
            this.handlers.releasesStart()
          } else this.startValue('value')
          continue
        case 'comma':
          if (c === ',') {
            this.pos++
            this.state = 'key'
          } else if (c === '}') {
            this.pos++
            this.state = 'after'
          } else this.status = 'error'
          continue
        case 'element':
          if (c === ']' && this.first) {
            this.pos++
            this.state = 'comma'
            continue
          }
          this.first = false
          this.startValue('element')
          continue
        case 'elementComma':
          if (c === ',') {
            this.pos++
            this.state = 'element'
          } else if (c === ']') {
            this.pos++
            this.state = 'comma'
          } else this.status = 'error'
          continue
        case 'after':
          this.status = 'error'
          break
      }
    }
    flush()
  }

  private startValue(state: 'value' | 'element' = 'value'): void {
    this.state = state
    this.valueStart = this.pos
    this.valuePos = this.pos
    this.depth = 0
    this.inString = false
  }

  /** The end (exclusive) of the value being scanned, or -1 when it goes on past the text so far. */
  private scanValue(ended: boolean): number {
    const s = this.buf
    let i = this.valuePos
    if (this.inString) {
      const end = this.stringEnd(i)
      if (end < 0) {
        this.valuePos = s.length
        return -1
      }
      this.inString = false
      i = end
      if (this.depth === 0) return i
    }
    const first = s.charCodeAt(this.valueStart)
    if (first !== 0x7b && first !== 0x5b && first !== QUOTE) {
      // A number, true, false or null: it ends where punctuation or space starts.
      while (i < s.length) {
        const c = s.charCodeAt(i)
        if (c === 0x2c || c === 0x7d || c === 0x5d || isSpace(c)) return i
        i++
      }
      this.valuePos = i
      return ended ? i : -1
    }
    while (i < s.length) {
      const c = s.charCodeAt(i)
      if (c === QUOTE) {
        const end = this.stringEnd(i + 1)
        if (end < 0) {
          this.inString = true
          this.valuePos = s.length
          return -1
        }
        i = end
        if (this.depth === 0) return i
        continue
      }
      if (c === 0x7b || c === 0x5b) this.depth++
      else if (c === 0x7d || c === 0x5d) {
        this.depth--
        if (this.depth <= 0) return i + 1
      }
      i++
    }
    this.valuePos = i
    return -1
  }

  /**
   * The index after the quote that closes a string whose text starts at `from`,
   * or -1 when the string goes on past the text so far. A quote preceded by an
   * odd run of backslashes is escaped.
   */
  private stringEnd(from: number): number {
    const s = this.buf
    let i = from
    for (;;) {
      const quote = s.indexOf('"', i)
      if (quote < 0) return -1
      let k = quote - 1
      while (s.charCodeAt(k) === BACKSLASH) k--
      if ((quote - 1 - k) % 2 === 0) return quote + 1
      i = quote + 1
    }
  }
}
