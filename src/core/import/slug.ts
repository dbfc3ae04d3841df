/**
 * Ids made from names: lower-case Latin letters and digits joined by hyphens.
 */
import { foldText, transliterate } from '../text/index.ts'

/** An id made from a name: "2020-10-02 Visit to IOM" → "2020-10-02-visit-to-iom", "Вусал Гусейнов" → "vusal-guseynov". */
export function slugOf(name: string): string {
  return foldText(transliterate(name)).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'release'
}
