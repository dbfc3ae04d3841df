/**
 * The date filter's connector: the chosen range, the corpus's first and last
 * dates as bounds, the one-click periods, and `refine`, which orders a range
 * whose ends were given the wrong way round.
 */
import { computed } from 'vue'
import { datePresets, orderedRange, type DateRange } from '../core/ui/dateRange.ts'
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
      const next = orderedRange(range.from, range.to)
      page.update({ from: next.from, to: next.to })
    },
  }
}
