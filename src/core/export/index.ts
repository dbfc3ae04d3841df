/** Exports of a result set: CSV and JSON documents and their file names. Framework-free. */
export { CSV_COLUMNS, CSV_DEFAULTS, type CsvColumn, type CsvOptions, csvField, excerpt, toCsv } from './csv.ts'
export { type JsonOptions, exportCorpus, toJson } from './json.ts'
export { MAX_NAME_DETAIL, exportFileName } from './fileName.ts'
export { permalink } from './permalink.ts'
export { type EntityNames, type EntityTables, entityNames } from './tables.ts'
export { shareLink } from './shareLink.ts'
