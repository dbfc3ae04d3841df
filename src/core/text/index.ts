/**
 * Text normalisation for search: folding, transliteration, search keys, tokens,
 * name keys, highlight ranges, snippets and phrase checks. Framework-free.
 */
export { foldText } from './fold.ts'
export { CYRILLIC_TO_LATIN, transliterate } from './transliterate.ts'
export { searchKey } from './searchKey.ts'
export { type Token, indexTerms, tokenize } from './tokenize.ts'
export { nameKey } from './nameKey.ts'
export { FUZZY_MIN_LENGTH, type QueryTermMatch, type TermMatchOptions, withinOneEdit } from './termMatch.ts'
export { type TextRange, highlightRanges, mergeRanges } from './highlight.ts'
export { SNIPPET_DEFAULTS, type Snippet, type SnippetOptions, bestSnippet } from './snippet.ts'
export { type PhraseOptions, containsPhrase } from './phrase.ts'
