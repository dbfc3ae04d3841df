/** English interface texts; az.ts and ru.ts mirror these keys. */
export default {
  app: {
    name: 'Pressroom',
    tagline: 'Every announcement, searchable',
    skip: 'Skip to content',
    nav: { label: 'Main', search: 'Search', officials: 'Officials', organisations: 'Organisations', topics: 'Topics' },
    language: 'Interface language',
    synthetic: 'Sample archive: generated text, not real announcements.',
    source: 'Source: {name}',
    publisher: 'Publisher: {name}',
  },
  load: {
    download: 'Downloading the archive… {loaded} of {total}',
    downloadUnknown: 'Downloading the archive… {loaded}',
    parse: 'Reading the archive…',
    progressLabel: 'Loading the archive',
    reading: 'Downloading the archive: {loaded} of {total}; the newest releases are shown already.',
    readingUnknown: 'Downloading the archive: {loaded}; the newest releases are shown already.',
    indexingShort: 'Indexing for full-text search: {indexed} of {total} releases',
    failedTitle: 'The archive could not be loaded',
    retry: 'Try again',
    problemsTitle: 'This archive has problems | This archive has a problem | This archive has {n} problems',
    problemsKept: 'Valid releases kept and searchable: {kept}. Skipped: {skipped} invalid releases, {references} unknown references.',
    moreProblems: '…and {n} more.',
    warnings: '{n} warning (the release was kept) | {n} warnings (the releases were kept)',
  },
  results: {
    count: 'No releases | One release | {n} releases',
    newest: 'Newest releases',
    empty: 'No releases match.',
    page: 'Page {page} of {pages}',
  },
  type: {
    meeting: 'Meeting', visit: 'Visit', conference: 'Conference', training: 'Training', agreement: 'Agreement',
    statement: 'Statement', operation: 'Operation', statistics: 'Statistics', other: 'Other',
  },
}
