/**
 * Cyrillic → Latin transliteration for search keys.
 *
 * Russian letters follow the common English-style romanisation (х → kh, ш → sh,
 * ж → zh, ы → y, ь and ъ vanish); Azerbaijani Cyrillic letters take their
 * Azerbaijani Latin values after folding (ә → e, ҹ → c, ҝ → g, ғ → g, һ → h,
 * ө → o, ү → u, ј → y). Russian "дж" is the sound Azerbaijani writes c and
 * English j, so it becomes "j" (Джавид → javid, like Javid and Cavid).
 * Both cases map to lowercase Latin; everything that is not Cyrillic is untouched.
 */

/** Romanisation of each lowercase Cyrillic letter. */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  // Russian
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh',
  'з': 'z', 'и': 'i', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o',
  'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts',
  'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu',
  'я': 'ya',
  // Azerbaijani Cyrillic
  'ә': 'e', 'ҹ': 'c', 'ҝ': 'g', 'ғ': 'g', 'һ': 'h', 'ө': 'o', 'ү': 'u', 'ј': 'y',
  // Other Cyrillic letters that turn up in names
  'і': 'i', 'ї': 'yi', 'є': 'ye', 'ґ': 'g', 'ў': 'u', 'қ': 'q', 'ң': 'n', 'ұ': 'u',
}

const CYRILLIC_START = 0x400
const CYRILLIC_END = 0x52f
const DE_LOWER = 0x434
const DE_UPPER = 0x414
const ZHE_LOWER = 0x436
const ZHE_UPPER = 0x416

/** The romanisation of one Cyrillic code, or undefined when it has none (not Cyrillic or not listed). */
function romanise(code: number): string | undefined {
  if (code < CYRILLIC_START || code > CYRILLIC_END) return undefined
  return CYRILLIC_TO_LATIN[String.fromCharCode(code).toLowerCase()]
}

/** True when the codes are Russian "дж" in any case. */
export function isCyrillicDzh(code: number, next: number): boolean {
  return (code === DE_LOWER || code === DE_UPPER) && (next === ZHE_LOWER || next === ZHE_UPPER)
}

/**
 * Cyrillic → Latin transliteration (Russian and Azerbaijani Cyrillic), meant to be
 * applied after `foldText`; Latin and other scripts are left as they are.
 *
 * @example
 * transliterate('гусейнов') // 'guseynov'
 * transliterate('халилов')  // 'khalilov'
 */
export function transliterate(text: string): string {
  let out = ''
  let copiedUpTo = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < CYRILLIC_START || code > CYRILLIC_END) continue
    let latin = romanise(code)
    let width = 1
    if (isCyrillicDzh(code, text.charCodeAt(i + 1))) {
      latin = 'j'
      width = 2
    }
    if (latin === undefined) continue
    out += text.slice(copiedUpTo, i) + latin
    i += width - 1
    copiedUpTo = i + 1
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo)
}
