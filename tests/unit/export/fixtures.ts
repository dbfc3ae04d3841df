import type { Corpus } from '../../../src/core/corpus/types.ts'

/** A tiny corpus written for the export tests. */
export const corpus: Corpus = {
  schema: 'announcements/v1',
  source: { name: 'State Migration Service', url: 'https://service.example', languages: ['en', 'az', 'ru'] },
  officials: [
    { id: 'vusal-huseynov', name: 'Vusal Huseynov', role: 'Chief' },
    { id: 'deputy-one', name: 'Aynur Mammadova', role: 'Deputy chief' },
  ],
  organisations: [
    { id: 'iom', name: 'International Organization for Migration', aliases: ['IOM'], kind: 'international' },
    { id: 'cec', name: 'Caspian European Club', kind: 'business' },
  ],
  topics: [{ id: 'labour-migration', name: 'Labour migration' }],
  releases: [
    {
      id: '101',
      date: '2021-03-04',
      lang: 'en',
      title: 'Chief met the IOM mission, "again"',
      body: 'First paragraph, with a comma.\n\nSecond paragraph.',
      officials: ['vusal-huseynov', 'deputy-one'],
      organisations: ['iom'],
      topics: ['labour-migration'],
      type: 'meeting',
      url: 'https://service.example/news/101',
    },
    {
      id: '102',
      date: '2021-05-06',
      lang: 'ru',
      title: '=HYPERLINK("http://evil.example")',
      body: 'Встреча с клубом.',
      organisations: ['cec'],
      summary: 'Короткое описание',
    },
    { id: '103', date: '2021-07-08', title: 'No entities', body: 'Line one\nline two' },
  ],
}
