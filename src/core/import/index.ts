/**
 * The importer's public surface: release files (HTML, Markdown, text) to an
 * `announcements/v1` corpus with entities extracted, framework-free.
 */
export { importReleases, formatOf, numericIdFromUrl, slugOf } from './importer.ts'
export type { ImportOptions, ImportResult, HeldBack, ImportNote, Imported, ReleaseFile, Sidecar } from './importer.ts'
export { readEntitiesFile } from './entities.ts'
export type { EntitiesFile, EntitiesProblem, Post, TopicRule } from './entities.ts'
export { compileGazetteer } from './gazetteer.ts'
export type { Gazetteer } from './gazetteer.ts'
export { extractEntities } from './extract.ts'
export type { Extraction } from './extract.ts'
export type { CandidatesReport } from './candidates.ts'
export { findDates, findReleaseDate, dateFromFileName } from './dates.ts'
export { readHtml } from './htmlPage.ts'
export { readMarkdown } from './markdown.ts'
export { readPlainText } from './plainText.ts'
