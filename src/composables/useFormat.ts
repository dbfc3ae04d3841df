/**
 * Numbers, dates and sizes in the interface language. Dates in the corpus are
 * calendar dates (no time zone), so they are formatted as UTC.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

const LOCALES: Record<string, string> = { en: 'en-GB', az: 'az-Latn-AZ', ru: 'ru-RU' }

export function useFormat() {
  const { locale } = useI18n()
  const tag = computed(() => LOCALES[locale.value] ?? locale.value)
  const numberFormat = computed(() => new Intl.NumberFormat(tag.value))
  const dateFormat = computed(() => new Intl.DateTimeFormat(tag.value, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }))
  const monthFormat = computed(() => new Intl.DateTimeFormat(tag.value, { month: 'short', year: 'numeric', timeZone: 'UTC' }))

  return {
    number: (n: number) => numberFormat.value.format(n),
    /** `2020-10-02` → "2 October 2020" in the interface language. */
    date: (iso: string) => {
      const time = Date.parse(`${iso}T00:00:00Z`)
      return Number.isNaN(time) ? iso : dateFormat.value.format(time)
    },
    /** `2020-10` → "Oct 2020". */
    month: (key: string) => {
      const time = Date.parse(`${key}-01T00:00:00Z`)
      return Number.isNaN(time) ? key : monthFormat.value.format(time)
    },
    bytes: (n: number) => {
      const mb = n / 1_048_576
      return `${new Intl.NumberFormat(tag.value, { maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb)} MB`
    },
  }
}
