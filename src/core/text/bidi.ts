/**
 * Unicode bidi controls in corpus text. Embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) reorder the characters around them: with
 * U+202E, "gnp.exe" reads as "exe.png". Text from a corpus is never allowed to
 * reorder what the reader sees, so for display each of them becomes a visible
 * mark. The marks U+200E/U+200F only give a direction to neutral characters
 * next to them; inside isolated text (`<bdi>`) they cannot reorder words, and
 * right-to-left quotations need them, so they stay.
 *
 * @example
 * showBidiControls('Photos \u202Egnp.exe') // → 'Photos \uFFFDgnp.exe'
 */

/** The controls that reorder text. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/** What a control becomes on screen: one UTF-16 unit, like the control, so highlight ranges stay valid. */
export const BIDI_CONTROL_MARK = '\uFFFD'

/** Replaces every reordering bidi control with a visible mark; other text is unchanged. */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, BIDI_CONTROL_MARK)
}
