/**
 * The date filter's connector: the chosen range, the corpus's first and last
 * dates as bounds, the one-click periods, and `refine`, which reads a picked
 * range by the request schema's rule (`readRange`: ends given the wrong way
 * round are swapped), so the state holds what the search will use.
 */
import { computed } from 'vue'
import { datePresets, type DateRange } from '../core/ui/dateRange.ts'
import { readRange } from '../core/request/schema.ts'
import { utcToday } from '../core/calendar/isoDate.ts'
import { useCorpusStore } from '../stores/corpus.ts'
import { injectSearchPage, type SearchPage } from './searchPage.ts'

export function useDateRange(page: SearchPage = injectSearchPage()) {
  const corpus = useCorpusStore()
  const from = computed(() => page.state.value.from)
  const to = computed(() => page.state.value.to)
  return {
    range: computed<DateRange>(() => ({ from: from.value, to: to.value })),
    bounds: computed(() => ({ min: corpus.info?.firstDate, max: corpus.info?.lastDate })),
    presets: datePresets(utcToday()),
    refine(range: DateRange): void {
      const next = readRange(range.from, range.to)
      page.update({ from: next.from, to: next.to })
    },
  }
}
