/**
 * A release's language: declared by the page when it says so, else given on
 * the command line, else told from its letters (Cyrillic → ru; ə, ğ, ı → az;
 * otherwise en).
 */

/** Reduces a declared language tag to its primary code: "en-US" → "en", "az_Latn_AZ" → "az". */
export function primaryLanguage(tag: string): string | undefined {
  const primary = /^\s*([a-zA-Z]{2,3})(?:[-_].*)?\s*$/.exec(tag)?.[1]
  return primary?.toLowerCase()
}

/**
 * Tells English, Azerbaijani and Russian apart by their letters.
 * @example detectLanguage('Dövlət Miqrasiya Xidmətinin rəisi') // 'az'
 */
export function detectLanguage(text: string): 'en' | 'az' | 'ru' {
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0
  const latin = text.match(/[A-Za-zÀ-ɏ]/g)?.length ?? 0
  if (cyrillic > latin) return 'ru'
  const azerbaijani = text.match(/[əƏğĞıİ]/g)?.length ?? 0
  return latin > 0 && azerbaijani / latin > 0.005 ? 'az' : 'en'
}
