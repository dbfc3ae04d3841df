/**
 * Decoding of HTML character references (`&amp;`, `&#39;`, `&#x2014;`, `&nbsp;`)
 * for text and attribute values. Covers the named references press pages use;
 * an unknown name is left as written, so nothing is lost.
 */

/** Named references and the text they stand for. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', bull: '•', middot: '·', copy: '©', reg: '®',
  trade: '™', deg: '°', euro: '€', pound: '£', times: '×', minus: '−', thinsp: '\u2009',
  ensp: '\u2002', emsp: '\u2003', zwnj: '\u200c', zwj: '\u200d', sect: '§', para: '¶', numero: '№',
}

/**
 * Replaces character references with the characters they name.
 * @example decodeEntities('Q&amp;A &#8211; &quot;IOM&quot;') // 'Q&A – "IOM"'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
      return String.fromCodePoint(code)
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole
  })
}
