/**
 * Whole-name keys, for matching entity names and aliases across spellings and scripts.
 */
import { indexTerms } from './tokenize.ts'

/**
 * The search keys of the words of `name`, joined by single spaces.
 *
 * @example
 * nameKey('Vüsal Hüseynov') === nameKey('Вусал Гусейнов') // true, both 'vusal gusainov'
 * nameKey('МОМ') === nameKey('MOM')                      // true
 */
export function nameKey(name: string): string {
  return indexTerms(name).join(' ')
}
