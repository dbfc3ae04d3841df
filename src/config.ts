/** The corpus the app opens when the URL names none: the bundled sample archive. */
export const DEFAULT_CORPUS_URL = `${import.meta.env.BASE_URL}sample/corpus.json`
