/**
 * Numbers, dates and sizes in the interface language. Dates in the corpus are
 * calendar dates (no time zone), so they are formatted as UTC. Browsers built
 * without Azerbaijani locale data get dates from our own month names.
 */
import { computed } from 'vue'
import { useI18n } from '../i18n/plugin.ts'

const LOCALES: Record<string, string> = { en: 'en-GB', az: 'az-Latn-AZ', ru: 'ru-RU' }

const AZ_MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr']

/** Whether this runtime really names Azerbaijani months (some Chromium builds print "2020 M01 15"). */
function hasAzMonthNames(tag: string): boolean {
  const january = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, 0, 15))
  return /yanvar/i.test(january)
}

function azDate(iso: string, withDay: boolean): string {
  const [year, month, day] = iso.split('-').map(Number)
  const name = AZ_MONTHS[(month ?? 1) - 1] ?? ''
  return withDay ? `${day} ${name} ${year}` : `${name.slice(0, 3)} ${year}`
}

export function useFormat() {
  const { locale } = useI18n()
  const tag = computed(() => LOCALES[locale.value] ?? locale.value)
  const ownAz = computed(() => locale.value === 'az' && !hasAzMonthNames(tag.value))
  const numberFormat = computed(() => new Intl.NumberFormat(tag.value))
  const dateFormat = computed(() => new Intl.DateTimeFormat(tag.value, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }))
  const monthFormat = computed(() => new Intl.DateTimeFormat(tag.value, { month: 'short', year: 'numeric', timeZone: 'UTC' }))

  return {
    number: (n: number) => numberFormat.value.format(n),
    /** `2020-10-02` → "2 October 2020" in the interface language. */
    date: (iso: string) => {
      const time = Date.parse(`${iso}T00:00:00Z`)
      if (Number.isNaN(time)) return iso
      return ownAz.value ? azDate(iso, true) : dateFormat.value.format(time)
    },
    /** `2020-10` → "Oct 2020". */
    month: (key: string) => {
      const time = Date.parse(`${key}-01T00:00:00Z`)
      if (Number.isNaN(time)) return key
      return ownAz.value ? azDate(`${key}-01`, false) : monthFormat.value.format(time)
    },
    bytes: (n: number) => {
      const mb = n / 1_048_576
      return `${new Intl.NumberFormat(tag.value, { maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb)} MB`
    },
  }
}
