/**
 * Lines that belong to the website, not the release: copyright notices,
 * "Terms for users | Privacy Policy | All rights reserved", cookie notices,
 * share and print links, in the three languages.
 */

/** The longest paragraph that can count as site boilerplate. */
const MAX_BOILERPLATE = 250

const BOILERPLATE = [
  /^\s*(©|\(c\)\s|copyright\b|müəllif hüquqları|авторское право)/i,
  /all rights reserved|bütün hüquqlar qorunur|все права защищены/i,
  /privacy policy|terms (of use|for users|and conditions)|məxfilik siyasəti|istifadə qaydaları|политика конфиденциальности|условия использования/i,
  /\b(we use cookies|this (web)?site uses cookies|accept cookies)|kukilərdən istifadə|использует (файлы )?cookie/i,
  /^\s*(share|print|back to news|back|tags?|paylaş|çap et|geri|поделиться|печать|назад|теги)\s*:?\s*$/i,
  /^\s*(share|paylaş|поделиться)\s*:?\s*(facebook|twitter|x|telegram|whatsapp|linkedin|vk)\b/i,
]

/**
 * True when a paragraph is site chrome rather than release text.
 * @example isBoilerplate('© 2024 The Republic of Azerbaijan State Migration Service') // true
 */
export function isBoilerplate(paragraph: string): boolean {
  return paragraph.length <= MAX_BOILERPLATE && BOILERPLATE.some((pattern) => pattern.test(paragraph))
}
