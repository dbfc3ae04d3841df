import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { BIDI_CONTROL_MARK, showBidiControls } from '../../../src/core/text/bidi.ts'

describe('showBidiControls', () => {
  it('turns overrides, embeddings and isolates into a visible mark', () => {
    expect(showBidiControls('Photos \u202Egnp.exe')).toBe(`Photos ${BIDI_CONTROL_MARK}gnp.exe`)
    expect(showBidiControls('\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069')).toBe(BIDI_CONTROL_MARK.repeat(8))
  })

  it('keeps direction marks and ordinary text', () => {
    expect(showBidiControls('Baku \u200Eand\u200F Москва, Bakı')).toBe('Baku \u200Eand\u200F Москва, Bakı')
  })

  it('keeps the length, so highlight ranges into the text stay valid', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', 'ə', '\u202E', '\u2066', '\u200F', '😀')).map((parts) => parts.join('')), (text) => {
        const shown = showBidiControls(text)
        expect(shown).toHaveLength(text.length)
        expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
      }),
    )
  })
})
