/**
 * Deployment settings.
 *
 * - DEFAULT_CORPUS_URL: the corpus the app opens when the URL names none (the bundled sample).
 * - Allowed corpus origins: where `?corpus=` may point besides this origin. Set at build time
 *   with `VITE_PRESSROOM_CORPUS_ORIGINS="https://cdn.example.org https://archive.example.net"`
 *   (it fills `<meta name="pressroom-corpus-origins">` and the CSP's `connect-src` in index.html),
 *   or by editing both in the built `index.html`. Default: this origin only; `*` allows any.
 */
import { parseOrigins } from './core/security/corpusUrl.ts'

export const DEFAULT_CORPUS_URL = `${import.meta.env.BASE_URL}sample/corpus.json`

/** The corpus a page opens for its `corpus` parameter (the first one when repeated): that address, or the default. */
export function corpusAddress(param: string | null | undefined): string {
  return typeof param === 'string' && param.trim() ? param : DEFAULT_CORPUS_URL
}

/** Name of the meta element that lists the allowed corpus origins. */
export const CORPUS_ORIGINS_META = 'pressroom-corpus-origins'

/** The origins besides this one that the app loads corpora from, read from the page or the build. */
export function allowedCorpusOrigins(): string[] | '*' {
  const meta = typeof document === 'undefined' ? null : document.querySelector<HTMLMetaElement>(`meta[name="${CORPUS_ORIGINS_META}"]`)
  return parseOrigins(meta ? meta.content : (import.meta.env.VITE_PRESSROOM_CORPUS_ORIGINS as string | undefined))
}
