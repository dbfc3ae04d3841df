/**
 * Notices of the press office: statistics, operations against illegal
 * migration, pandemic measures, new e-services, citizenship ceremonies,
 * public information and work with the media.
 */
import { addDaysToDay, dayParts, type DayParts } from '../../calendar/isoDate.ts'
import type { OrgRecord, PersonRecord } from '../entities.ts'
import { capitalise, formatCount, joinList, MONTHS } from '../phrasing.ts'
import type { Rng } from '../prng.ts'
import { emptyPlan, pandemicYear, PLACES, pickHost, pickOrg, pickPerson, REGION_NAMES } from './casting.ts'
import { backgroundParagraph, pointSentence, quote, topicRemarks } from './english.ts'
import type { Draft, Place, Plan, Theme } from './types.ts'

/** Figures grow with the years, like the real flows. */
function scaled(rng: Rng, base: number, year: number, months: number): number {
  return Math.round(base * (1 + 0.06 * (year - 2008)) * months * (0.85 + rng.next() * 0.3))
}

/** The reporting period of a statistics release: [months covered, English label]. */
export function reportingPeriod(plan: Plan): { months: number; en: string; year: number; month: number; kind: 'month' | 'quarter' | 'year' } {
  const prevMonth = plan.month === 1 ? 12 : plan.month - 1
  const prevYear = plan.month === 1 ? plan.year - 1 : plan.year
  if (plan.variant % 3 === 0 && plan.month === 1) return { months: 12, en: `${prevYear}`, year: prevYear, month: 12, kind: 'year' }
  if (plan.variant % 3 === 1 && [1, 4, 7, 10].includes(plan.month)) {
    const first = prevMonth - 2
    return { months: 3, en: `${MONTHS.en[first - 1]}–${MONTHS.en[prevMonth - 1]} ${prevYear}`, year: prevYear, month: prevMonth, kind: 'quarter' }
  }
  return { months: 1, en: `${MONTHS.en[prevMonth - 1]} ${prevYear}`, year: prevYear, month: prevMonth, kind: 'month' }
}

const LEADING_NATIONALITIES = ['Türkiye', 'Russia', 'Georgia', 'China', 'Iran', 'Ukraine', 'India', 'Pakistan', 'Uzbekistan', 'Egypt', 'the United Kingdom', 'Kazakhstan']

/** Monthly, quarterly and annual figures. */
export const statistics: Theme = {
  id: 'statistics',
  type: 'statistics',
  weight: (year) => (year < 2011 ? 1 : 4),
  plan(rng, date) {
    const plan = emptyPlan(rng, date)
    plan.variant = rng.int(0, 8)
    const months = reportingPeriod(plan).months
    plan.figures = [
      scaled(rng, 1400, plan.year, months), // temporary residence
      scaled(rng, 160, plan.year, months), // permanent residence
      scaled(rng, 900, plan.year, months), // work permits
      scaled(rng, 9000, plan.year, months), // registrations at place of stay
      scaled(rng, 120, plan.year, months), // citizenship applications
      scaled(rng, 260, plan.year, months), // violations identified
      rng.int(55, 92), // share of online applications, %
    ]
    plan.topics = ['migration-statistics', 'legal-residence', 'work-permits']
    if (rng.chance(0.5)) plan.topics.push('citizenship')
    if (rng.chance(0.5)) plan.topics.push('illegal-migration')
    plan.figures.push(...rng.sample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 4))
    return plan
  },
  write: {
    en(w, plan): Draft {
      const period = reportingPeriod(plan)
      const [temporary, permanent, work, registered, citizenship, violations, online, ...nat] = plan.figures as number[]
      const total = (temporary as number) + (permanent as number) + (work as number)
      const nationalities = joinList((nat as number[]).map((i) => LEADING_NATIONALITIES[i] as string))
      const label = period.kind === 'year' ? `in ${period.en}` : `in ${period.en}`
      w.topic('migration-statistics')
      const p1 = `${capitalise(label)}, ${w.agency()} received ${formatCount(Math.round(total * 1.18))} applications from foreigners and stateless persons concerning their legal stay and employment in the country. ${w.pick([`${online}% of them were submitted electronically.`, `The share of applications submitted through the electronic portal reached ${online}%.`])}`
      w.topic('legal-residence')
      w.topic('work-permits')
      const p2 = `${w.pick(['During the reporting period', 'In this period', 'Over the period'])}, ${formatCount(temporary as number)} foreigners and stateless persons were granted temporary residence permits and ${formatCount(permanent as number)} received permanent residence permits. ${formatCount(work as number)} work permits were issued to foreigners engaged in paid employment, ${w.pick(['most of them in construction, trade and the oil and gas sector', 'mainly in construction, services and industry', 'the largest share in construction and hospitality'])}. Citizens of ${nationalities} accounted for the largest numbers of permits.`
      const parts = [p1, p2]
      parts.push(`${formatCount(registered as number)} foreigners were registered at their place of stay. ${pointSentence(w, undefined, w.point('registration'), true)}`)
      if (plan.topics.includes('citizenship')) {
        parts.push(`${formatCount(citizenship as number)} applications concerning admission to, restoration of and renunciation of citizenship were examined and submitted for consideration in the established manner.`)
        w.topic('citizenship')
      }
      if (plan.topics.includes('illegal-migration')) {
        const expelled = Math.round((violations as number) * 0.35)
        parts.push(`In the same period, ${formatCount(violations as number)} foreigners and stateless persons who violated the rules of stay were identified. Administrative measures were taken against them, and ${formatCount(expelled)} were expelled from the country. ${pointSentence(w, undefined, w.point('illegal-migration'), true)}`)
      }
      const growth = 3 + (plan.variant * 7) % 19
      parts.push(`${w.pick(['Compared with the same period of the previous year', 'In comparison with the corresponding period of last year'])}, the number of temporary residence permits ${plan.variant % 4 === 0 ? 'decreased' : 'increased'} by ${growth}%, and the number of work permits by ${(growth * 3) % 17 + 2}%. ${pointSentence(w, undefined, w.point('migration-statistics'), true)} ${pointSentence(w, undefined, w.point('legal-residence'), true)}`)
      parts.push(w.pick([
        'Detailed statistical data are published in the “Statistics” section of the official website of the Service.',
        'The figures are compiled on the basis of the Unified Migration Information System.',
        'The statistical bulletin for the period is available on the official website.',
      ]))
      const title = w.pick(
        period.kind === 'year'
          ? [`Results of the State Migration Service for ${period.en}`, `Migration statistics for ${period.en}`, `${formatCount(temporary as number)} foreigners received temporary residence permits in ${period.en}`]
          : [
              `Migration statistics for ${period.en}`,
              `${formatCount(work as number)} work permits issued in ${period.en}`,
              `Figures on residence permits for ${period.en}`,
              `${formatCount(temporary as number)} foreigners granted temporary residence in ${period.en}`,
              `Statistical information for ${period.en}`,
            ],
      )
      if (title.includes('State Migration Service')) w.agency()
      return { title, paragraphs: parts, summary: w.rng.chance(0.5) ? `Key migration figures ${label}: ${formatCount(temporary as number)} temporary and ${formatCount(permanent as number)} permanent residence permits, ${formatCount(work as number)} work permits.` : undefined }
    },
  },
}

/** Operational and preventive measures against illegal migration. */
export const operation: Theme = {
  id: 'operation',
  type: 'operation',
  weight: (year) => (pandemicYear(year) ? 1 : 3),
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    const partners = rng.sample(['mia', 'state-security-service', 'state-border-service', 'labour-ministry'], rng.int(1, 2))
    plan.partners = partners.map((id) => cast.orgById.get(id) as OrgRecord)
    const regions = rng.sample(['Baku', 'Baku', ...REGION_NAMES], rng.int(1, 3))
    plan.place = PLACES[regions[0] === 'Baku' ? 'Baku' : (regions[0] as string)] as Place
    plan.figures = [rng.int(25, 420), rng.int(3, 40), rng.int(5, 60)]
    plan.topics = ['illegal-migration']
    if (rng.chance(0.4)) plan.topics.push('labour-migration')
    if (rng.chance(0.3)) plan.topics.push('human-trafficking')
    const head = pickPerson(rng, cast, plan.year, ['department'], (p) => p.focus.includes('illegal-migration'))
    if (head && rng.chance(0.5)) plan.staff.push(head)
    plan.variant = rng.int(0, 5)
    plan.regions = [...new Set(regions)]
    return plan
  },
  write: {
    en(w, plan): Draft {
      const regions = (plan.regions ?? ['Baku']).map((r) => (r === 'Baku' ? 'Baku' : `the ${r} region`))
      const [identified, employers, expelled] = plan.figures as [number, number, number]
      const partners = joinList(plan.partners.map((o) => `${w.theOrg(o)}`))
      const name = w.pick([`“Migrant-${plan.year}”`, '“Illegal Migrant”', '“Legal Stay”'])
      w.topic('illegal-migration')
      const p1 = `${w.agency()} together with ${partners} carried out operational and preventive measures ${w.pick(['code-named', 'under the name'])} ${name} in ${joinList(regions)} to identify foreigners and stateless persons staying or working in the country illegally.`.replace(/^the/, 'The')
      const p2 = `As a result of the measures, ${identified} foreigners and stateless persons who violated the requirements of the Migration Code were identified. ${w.pick(['Most of them had stayed in the country after the expiry of their permitted period of stay.', 'Many of them were working without work permits at construction sites, markets and in the service sector.', 'Some of them had entered the country with one purpose and engaged in activities not corresponding to it.'])}`
      const p3 = `${employers} employers who engaged foreign workers without work permits were brought to administrative responsibility. ${plan.topics.includes('labour-migration') ? topicRemarks(w, undefined, 'labour-migration', 1) : ''}`.trim()
      const p4 = `Decisions on administrative expulsion were taken in respect of ${expelled} foreigners, and their entry into the country was restricted for a period of up to five years. ${pointSentence(w, undefined, w.point('illegal-migration'), true)}`
      const p2b = `${w.pick(['The identified persons were mainly citizens of neighbouring countries and of countries of South Asia', 'Most of the violators were citizens of countries of Central and South Asia', 'Among the violators were citizens of more than ten countries'])}. ${w.pick(['Inspections covered construction sites, markets, restaurants, hostels and private households.', 'Checks were carried out at construction sites, trade centres, catering facilities and places of residence.'])} ${pointSentence(w, undefined, w.point('illegal-migration'), true)}`
      const parts = [p1, p2, p2b, p3, p4]
      if (plan.topics.includes('human-trafficking')) {
        parts.push(`During the measures, special attention was paid to identifying possible victims of human trafficking. ${pointSentence(w, undefined, w.point('human-trafficking'), true)}`)
      }
      const head = plan.staff[0]
      if (head) parts.push(`According to the ${w.titled(head)}, such measures will continue on a regular basis. ${quote(w, head, 'illegal-migration')}`)
      parts.push(w.pick([
        'Foreigners and stateless persons are once again reminded of the need to comply with the rules of stay and to apply to the Service in due time.',
        'Employers are reminded that engaging foreign workers without a work permit entails liability under the law.',
        'Citizens may report cases of illegal migration to the call centre of the Service.',
      ]))
      const title = w.pick([
        `Operational and preventive measures carried out against illegal migration`,
        `${identified} foreigners violating migration legislation identified`,
        `Measures ${name} held in ${joinList(regions)}`,
        `Joint measures against illegal labour migration continue`,
        `${expelled} foreigners to be expelled for violating the rules of stay`,
      ])
      parts.splice(parts.length - 1, 0, backgroundParagraph(w, 'illegal-migration'))
      return { title: capitalise(title), paragraphs: parts }
    },
  },
}

/** Pandemic measures, 2020–2021. */
export const pandemicMeasures: Theme = {
  id: 'pandemic',
  type: 'statement',
  weight: (year) => (pandemicYear(year) ? 10 : 0),
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    if (plan.year === 2020 && plan.month < 3) return undefined
    plan.partners = [cast.orgById.get('cabinet') as OrgRecord]
    plan.topics = ['covid-19', rng.pick(['legal-residence', 'e-services', 'labour-migration', 'registration'])]
    plan.variant = rng.int(0, 2)
    const until = dayParts(addDaysToDay(date, rng.int(25, 70)) ?? date) as DayParts
    plan.figures = [until.year, until.month, until.day]
    if (rng.chance(0.5)) plan.host = pickHost(rng, cast, plan.year, 0.5)
    return plan
  },
  write: {
    en(w, plan): Draft {
      const [y, m, d] = plan.figures as [number, number, number]
      const until = `${d} ${MONTHS.en[m - 1]} ${y}`
      const cabinet = plan.partners[0] as OrgRecord
      w.topic('covid-19')
      const p1 = `In accordance with the decision of the Task Force under ${w.theOrg(cabinet)}, the period of temporary stay of foreigners and stateless persons ${w.pick(['who are unable to leave the country because of the suspension of flights', 'whose permitted period of stay expires during the special quarantine regime'])} has been extended until ${until}.`
      const p2 = `${w.pick(['During this period', 'Until that date'])}, no administrative measures will be applied to foreigners for overstaying, and no fines will be imposed. ${pointSentence(w, undefined, w.point('covid-19'), true)}`
      const second = plan.topics[1] as string
      const p3 = `${capitalise(w.pick(['in addition', 'at the same time', 'furthermore']))}, ${w.pick(['applications', 'requests'])} concerning ${w.topic(second).phrase} ${w.pick(['are accepted only electronically', 'are accepted through the electronic portal and by e-mail', 'may be submitted online without visiting the service halls'])}. ${topicRemarks(w, undefined, second, 2)}`
      const parts = [p1, p2, p3, topicRemarks(w, undefined, 'covid-19', 2)]
      const host = plan.host
      if (host) parts.push(`The ${w.full(host)} noted that ${w.point('covid-19')}. ${quote(w, host, 'covid-19')}`)
      parts.push(`${w.pick(['Citizens and foreigners are asked', 'Applicants are kindly asked', 'All applicants are requested'])} to follow the official information of ${w.agency()} and to observe the sanitary and hygienic rules when visiting the service halls. ${w.pick(['Questions may be addressed to the call centre.', 'Answers to frequently asked questions are available on the official website.', 'Reception of citizens is held by appointment only.'])}`)
      const title = w.pick([
        `Period of temporary stay of foreigners extended until ${until}`,
        `Measures taken in connection with the COVID-19 pandemic`,
        `Information for foreigners during the special quarantine regime`,
        `Applications accepted electronically during the quarantine`,
        `Foreigners unable to leave the country will not be fined until ${until}`,
      ])
      return { title, paragraphs: parts }
    },
  },
}

const E_SERVICES: ReadonlyArray<{ name: string; from: number; partner?: string }> = [
  { name: 'electronic queue in the service halls', from: 2010 },
  { name: 'online payment of state duties', from: 2012, partner: 'digital-ministry' },
  { name: 'electronic applications for temporary residence permits', from: 2014 },
  { name: 'electronic readmission case management system', from: 2015 },
  { name: 'electronic visa portal', from: 2016, partner: 'mfa' },
  { name: 'mobile application for registration at the place of stay', from: 2019, partner: 'innovation-agency' },
  { name: 'verification of permits by QR code', from: 2021 },
  { name: 'online appointment system for the service halls', from: 2020 },
  { name: 'virtual assistant answering applicants’ questions', from: 2023, partner: 'innovation-agency' },
  { name: 'electronic work permit notifications for employers', from: 2017, partner: 'labour-ministry' },
]

/** Launches of electronic services. */
export const eServices: Theme = {
  id: 'e-services',
  type: 'other',
  weight: (year) => (year < 2010 ? 0 : 2),
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    const available = E_SERVICES.map((s, i) => [s, i] as const).filter(([s]) => s.from <= plan.year)
    if (!available.length) return undefined
    const [service, index] = rng.pick(available)
    plan.variant = index
    if (service.partner) plan.partners.push(cast.orgById.get(service.partner) as OrgRecord)
    plan.topics = ['e-services', rng.pick(['service-quality', 'transparency', 'legal-residence', 'registration'])]
    const staff = pickPerson(rng, cast, plan.year, ['department'], (p) => p.focus.includes('e-services'))
    if (staff) plan.staff.push(staff)
    return plan
  },
  write: {
    en(w, plan): Draft {
      const service = E_SERVICES[plan.variant] as (typeof E_SERVICES)[number]
      const partner = plan.partners[0]
      const p1 = `${w.agency()} has launched a new electronic service, the ${service.name}${partner ? `, developed together with ${w.theOrg(partner)}` : ''}.`.replace(/^the/, 'The')
      const p2 = `${w.pick(['The new service', 'The innovation', 'This solution'])} ${w.pick(['is intended to save applicants’ time', 'will make procedures simpler and faster', 'removes the need to visit the Service in person'])}. ${topicRemarks(w, undefined, 'e-services', 3)}`
      const staff = plan.staff[0]
      const p3 = staff
        ? `The ${w.titled(staff)} said that ${w.point(plan.topics[1] as string)}. ${quote(w, staff, 'e-services')}`
        : topicRemarks(w, undefined, plan.topics[1] as string, 3)
      const p3b = topicRemarks(w, undefined, plan.topics[1] as string, 2)
      const p4 = w.pick([
        'Detailed instructions on using the service are available on the official website, and the call centre provides advice on any questions.',
        'During the first weeks, consultants will help applicants in the service halls to get used to the new system.',
        'The Service will continue to expand the range of electronic services in line with the needs of applicants.',
      ])
      const title = w.pick([
        `New electronic service: ${service.name}`,
        `${capitalise(service.name)} launched`,
        `Applicants can now use the ${service.name}`,
        `E-services expanded with the ${service.name}`,
      ])
      return { title, paragraphs: [p1, p2, p3, p3b, backgroundParagraph(w, 'service-quality'), p4] }
    },
  },
}

/** Ceremonies for new citizens. */
export const citizenshipCeremony: Theme = {
  id: 'citizenship-ceremony',
  type: 'other',
  weight: (year) => (year < 2012 || pandemicYear(year) ? 0.3 : 1.2),
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    plan.host = pickHost(rng, cast, plan.year, 0.6)
    plan.topics = ['citizenship', rng.pick(['integration', 'statelessness', 'diaspora'])]
    plan.figures = [rng.int(20, 150)]
    const staff = pickPerson(rng, cast, plan.year, ['department'], (p) => p.focus.includes('citizenship'))
    if (staff) plan.staff.push(staff)
    return plan
  },
  write: {
    en(w, plan): Draft {
      const host = plan.host as PersonRecord
      const [people] = plan.figures as [number]
      w.topic('citizenship')
      const p1 = `A ceremony was held at ${w.agency()} for ${people} persons admitted to the citizenship of the Republic of Azerbaijan by decree of the President of the Republic of Azerbaijan.`
      const p2 = `Congratulating the new citizens, the ${w.full(host)} ${w.pick(['wished them success and happiness', 'said that citizenship brings both rights and responsibilities', 'expressed confidence that they would contribute to the development of the country'])}. ${topicRemarks(w, host, 'citizenship', 3)}`
      const p3 = `${w.pick(['Among the new citizens', 'Those admitted to citizenship'])} ${w.pick(['are persons who had lived in the country for many years', 'include specialists, students and members of mixed families', 'include persons who previously had no citizenship'])}. ${topicRemarks(w, undefined, plan.topics[1] as string, 2)}`
      const staff = plan.staff[0]
      const p4 = staff ? `The ${w.titled(staff)} explained to the new citizens the procedure for obtaining identity cards and passports.` : 'The new citizens were informed about the procedure for obtaining identity documents.'
      const p5 = w.pick(['On behalf of the new citizens, one of the participants thanked the state for the attention and care.', 'The ceremony ended with the performance of the national anthem.', 'The event ended with a commemorative photo.'])
      const title = w.pick([
        'Ceremony held for new citizens of the Republic of Azerbaijan',
        `${people} persons admitted to citizenship congratulated`,
        'New citizens welcomed at the State Migration Service',
        'Solemn ceremony on the occasion of admission to citizenship',
      ])
      if (title.includes('State Migration Service')) w.agency()
      return { title, paragraphs: [p1, p2, p3, p4, backgroundParagraph(w, plan.topics[1] as string), p5] }
    },
  },
}

const NOTICES = [
  { topic: 'registration', title: ['Information for foreigners on registration at the place of stay', 'Reminder: foreigners must be registered at their place of stay', 'Rules of registration at the place of stay explained'] },
  { topic: 'public-awareness', title: ['The State Migration Service warns about fraudsters', 'Beware of intermediaries offering “fast” permits', 'Warning about fake websites offering migration services'] },
  { topic: 'legal-residence', title: ['On the deadlines for extending the period of temporary stay', 'Information on the extension of residence permits', 'Foreigners reminded of the rules of stay'] },
  { topic: 'migration-legislation', title: ['Amendments to the Migration Code enter into force', 'New rules on residence permits take effect', 'Information on changes in migration legislation'] },
  { topic: 'tourism-short-stays', title: ['Information for tourists on the period of stay', 'Rules of stay during the tourist season', 'Short-term visitors reminded of the permitted period of stay'] },
  { topic: 'foreign-students', title: ['Information for foreign students and universities', 'Foreign students reminded to renew their residence permits', 'Rules for foreign students at the start of the academic year'] },
] as const

/** Public information notices. */
export const publicNotice: Theme = {
  id: 'notice',
  type: 'statement',
  weight: () => 3,
  plan(rng, date) {
    const plan = emptyPlan(rng, date)
    plan.variant = rng.int(0, NOTICES.length - 1)
    const notice = NOTICES[plan.variant] as (typeof NOTICES)[number]
    plan.topics = [notice.topic, rng.pick(['e-services', 'public-awareness', 'service-quality'])]
    if (plan.topics[1] === plan.topics[0]) plan.topics[1] = 'e-services'
    return plan
  },
  write: {
    en(w, plan): Draft {
      const notice = NOTICES[plan.variant] as (typeof NOTICES)[number]
      const main = w.topic(notice.topic)
      const p1 = `${w.agency()} ${w.pick(['informs', 'reminds', 'draws the attention of'])} foreigners, stateless persons and citizens ${w.pick(['of the following', 'of the rules in force', 'of important information'])} on ${main.phrase}.`.replace(/^the/, 'The')
      const p2 = topicRemarks(w, undefined, notice.topic, 3)
      const p3 = topicRemarks(w, undefined, plan.topics[1] as string, 3)
      const p4 = w.pick([
        'Failure to comply with these requirements entails liability under the Code of Administrative Offences.',
        'Applicants are advised to use only the official website and the official mobile application of the Service.',
        'Any attempt to obtain documents through intermediaries should be reported to the call centre of the Service.',
      ]) + ' ' + w.pick(['Additional information can be obtained from the call centre.', 'Detailed information is available on the official website.', 'Consultations are also provided in the service halls.'])
      const title = w.pick(notice.title)
      if (title.includes('State Migration Service')) w.agency()
      return { title, paragraphs: [p1, p2, p3, backgroundParagraph(w, 'public-awareness'), p4] }
    },
  },
}

/** Press conferences and media trainings. */
export const mediaEvent: Theme = {
  id: 'media',
  type: 'other',
  weight: () => 1.5,
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    plan.host = pickHost(rng, cast, plan.year, 0.5)
    const outlets = rng.int(2, 3)
    for (let i = 0; i < outlets; i++) {
      const org = pickOrg(rng, cast, (o) => (o.kind === 'media' || o.id === 'journalists-union' || o.id === 'press-council') && !plan.partners.includes(o))
      if (org) plan.partners.push(org)
    }
    plan.topics = ['public-awareness', rng.pick(['labour-migration', 'e-services', 'illegal-migration', 'legal-residence', 'citizenship'])]
    plan.variant = rng.int(0, 1)
    return plan
  },
  write: {
    en(w, plan): Draft {
      const host = plan.host as PersonRecord
      const outlets = joinList(plan.partners.map((o) => w.org(o)))
      w.topic('public-awareness')
      if (plan.variant === 0) {
        const p1 = `The ${w.full(host)} held a press conference for representatives of the media, including ${outlets}.`
        const p2 = `${capitalise(w.again(host))} spoke about the results of the work done ${w.pick(['in the past year', 'in recent months', 'since the beginning of the year'])}. ${topicRemarks(w, host, plan.topics[1] as string, 3)}`
        const p3 = `${topicRemarks(w, host, 'public-awareness', 2)} ${quote(w, host, plan.topics[1] as string)}`
        const p4 = 'Then the questions of journalists were answered in detail.'
        return { paragraphs: [p1, p2, p3, backgroundParagraph(w, plan.topics[1] as string), p4], title: w.pick([`${w.name(host)} answers journalists’ questions`, 'Press conference held at the State Migration Service', 'Results of the work of the Service presented to the media']) }
      }
      const p1 = `A training on ${w.pick(['ethical and accurate reporting on migration', 'covering migration issues in the media', 'the use of correct terminology in migration reporting'])} was held for journalists of ${outlets}, organised by ${w.agency()}.`
      const p2 = `Opening the training, the ${w.full(host)} noted that ${w.point('public-awareness')}. ${topicRemarks(w, host, plan.topics[1] as string, 3)}`
      const p3 = `Trainers explained the main terms of migration law and the sources of official information. ${w.pick(['Participants discussed examples of good and poor reporting.', 'Participants analysed recent media materials on migration.'])}`
      const p4 = 'At the end of the training, participants were awarded certificates.'
      const title = w.pick(['Training on migration reporting held for journalists', 'Journalists trained in covering migration issues', 'Media and migration: training for journalists'])
      return { title, paragraphs: [p1, p2, p3, backgroundParagraph(w, plan.topics[1] as string), p4] }
    },
  },
}
