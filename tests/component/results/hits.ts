/** Hand-made hits for result components. */
import type { Hit } from '../../../src/core/search/types.ts'

export function hit(id: string, parts: Partial<Hit> = {}): Hit {
  return {
    id,
    score: 1,
    date: '2020-10-02',
    title: { text: `Meeting with partners ${id}`, ranges: [[0, 7]] },
    snippet: { text: 'The chief met the delegation of the International Organization for Migration.', ranges: [[67, 76]] },
    lang: 'en',
    type: 'meeting',
    officials: ['vusal-huseynov'],
    organisations: ['iom'],
    topics: ['covid-19'],
    ...parts,
  }
}
