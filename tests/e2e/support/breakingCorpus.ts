/**
 * A corpus whose text tries to break the page: a release body that is one
 * 1 MB word, very long titles and names, and Unicode bidi overrides that would
 * make "gnp.exe" read as "exe.png".
 */
export const RLO = '\u202E'
export const LRI = '\u2066'
export const PDI = '\u2069'

export function breakingCorpus(): unknown {
  return {
    schema: 'announcements/v1',
    source: { name: 'Breaking test archive', languages: ['en'], synthetic: true },
    officials: [{ id: 'bidi-official', name: `Official ${LRI}${RLO}namuh${PDI} Person`, role: `Role ${'R'.repeat(800)}` }],
    organisations: [
      { id: 'long-org', name: `Organisation${'X'.repeat(3000)}`, kind: 'ngo' },
      { id: 'bidi-org', name: `Agency ${RLO}gnp.exe`, kind: 'ngo' },
    ],
    topics: [{ id: 'long-topic', name: `Topic${'T'.repeat(2000)}` }],
    releases: [
      {
        id: 'long-word',
        date: '2026-01-02',
        lang: 'en',
        type: 'meeting',
        title: `Meeting${'W'.repeat(5000)}`,
        body: 'A'.repeat(1_000_000),
        officials: ['bidi-official'],
        organisations: ['long-org'],
        topics: ['long-topic'],
      },
      {
        id: 'bidi',
        date: '2026-01-01',
        lang: 'en',
        type: 'meeting',
        title: `Photos ${RLO}gnp.exe`,
        body: `The attachment ${RLO}gnp.exe was shown.`,
        officials: ['bidi-official'],
        organisations: ['bidi-org'],
      },
    ],
  }
}
