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

interface Formatters {
  number: Intl.NumberFormat
  date: Intl.DateTimeFormat
  month: Intl.DateTimeFormat
  ownAz: boolean
}

// Intl formatters are costly to make; every component of a language shares one set.
const formatters = new Map<string, Formatters>()

function formattersFor(lang: string): Formatters {
  let set = formatters.get(lang)
  if (!set) {
    const tag = LOCALES[lang] ?? lang
    set = {
      number: new Intl.NumberFormat(tag),
      date: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
      ownAz: lang === 'az' && !hasAzMonthNames(tag),
    }
    formatters.set(lang, set)
  }
  return set
}

export function useFormat() {
  const { locale } = useI18n()
  const current = computed(() => formattersFor(locale.value))
  const ownAz = computed(() => current.value.ownAz)
  const numberFormat = computed(() => current.value.number)
  const dateFormat = computed(() => current.value.date)
  const monthFormat = computed(() => current.value.month)

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
      // Rounded first, so the shared formatter prints one decimal below 10 MB and none above.
      return `${numberFormat.value.format(mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb))} MB`
    },
  }
}
