/**
 * Numbers, dates and sizes in the interface language. Dates come from the
 * calendar module (date-fns with its en, az and ru locales); numbers from `Intl`.
 *
 * The date formats load as their own chunk, fetched when this module first runs:
 * date-fns `format` with three locales is about 10 kB gzip, more than the widget's
 * initial budget has room for. The chunk arrives long before the corpus, so
 * results show formatted dates; until then a date reads as its ISO text.
 */
import { computed, shallowRef } from 'vue'
import { useI18n } from '../i18n/plugin.ts'

type DateFormats = typeof import('../core/calendar/format.ts')

const dateFormats = shallowRef<DateFormats>()

/** Settles once dates are formatted in the interface language; if the chunk cannot load, dates stay ISO text. */
export const dateFormatsReady: Promise<void> = import('../core/calendar/format.ts').then(
  (module) => {
    dateFormats.value = module
  },
  () => undefined,
)

const LOCALES: Record<string, string> = { en: 'en-GB', az: 'az-Latn-AZ', ru: 'ru-RU' }

// Intl formatters are costly to make; every component of a language shares one.
const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormatFor(lang: string): Intl.NumberFormat {
  let format = numberFormats.get(lang)
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang] ?? lang)
    numberFormats.set(lang, format)
  }
  return format
}

export function useFormat() {
  const { locale } = useI18n()
  const numberFormat = computed(() => numberFormatFor(locale.value))

  return {
    /** Changes whenever date texts change (the interface language, or the date formats arriving): a memo key. */
    textKey: computed(() => `${locale.value}:${dateFormats.value ? 'formatted' : 'iso'}`),
    number: (n: number) => numberFormat.value.format(n),
    /** `2020-10-02` → "2 October 2020" in the interface language. */
    date: (iso: string) => dateFormats.value?.formatDay(iso, locale.value) ?? iso,
    /** `2020-10` → "Oct 2020". */
    month: (key: string) => dateFormats.value?.formatMonth(key, locale.value) ?? key,
    /** `2020-10` → "Oct", for axis ticks. */
    monthName: (key: string) => dateFormats.value?.formatMonthName(key, locale.value) ?? key,
    bytes: (n: number) => {
      // Nothing downloaded yet (the first render): no formatter needed, so none is made in the start-up task.
      if (n === 0) return '0 MB'
      const mb = n / 1_048_576
      // Rounded first, so the shared formatter prints one decimal below 10 MB and none above.
      return `${numberFormat.value.format(mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb))} MB`
    },
  }
}
