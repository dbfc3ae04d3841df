/**
 * Every theme of the synthetic press office, with the Azerbaijani and Russian
 * writers attached to the themes that have them.
 */
import { AZ_WRITERS } from '../translations/az.ts'
import { RU_WRITERS } from '../translations/ru.ts'
import { agreement, conference, regionalVisit, studentEvent, training, visitAbroad } from './events.ts'
import { ambassadorMeeting, businessMeeting, civilMeeting, governmentMeeting, internationalMeeting } from './meetings.ts'
import { citizenshipCeremony, eServices, mediaEvent, operation, pandemicMeasures, publicNotice, statistics } from './notices.ts'
import type { Theme } from './types.ts'

const BASE: readonly Theme[] = [
  internationalMeeting,
  ambassadorMeeting,
  businessMeeting,
  civilMeeting,
  governmentMeeting,
  conference,
  training,
  agreement,
  regionalVisit,
  visitAbroad,
  studentEvent,
  statistics,
  operation,
  pandemicMeasures,
  eServices,
  citizenshipCeremony,
  publicNotice,
  mediaEvent,
]

/** All themes; `write.az` / `write.ru` are present where a translation exists. */
export const THEMES: readonly Theme[] = BASE.map((theme) => ({
  ...theme,
  write: { ...theme.write, ...(AZ_WRITERS[theme.id] ? { az: AZ_WRITERS[theme.id] } : {}), ...(RU_WRITERS[theme.id] ? { ru: RU_WRITERS[theme.id] } : {}) },
}))
