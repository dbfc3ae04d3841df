/**
 * Meetings of the agency's leadership with partners: international
 * organisations, embassies, the business community, civil society,
 * universities and other state bodies.
 */
import type { Cast, OrgRecord, PersonRecord } from '../entities.ts'
import { capitalise, longDate } from '../phrasing.ts'
import type { Rng } from '../prng.ts'
import type { Writer } from '../writer.ts'
import { emptyPlan, FOREIGN_AGENCY_CITIES, inOffice, meetingPlace, pandemicYear, pickHost, pickOrg, pickPerson, pickTopics } from './casting.ts'
import { backgroundParagraph, closing, contextParagraph, cooperationRemarks, discussion, prospects, quote, topicRemarks } from './english.ts'
import type { Draft, Plan, Theme } from './types.ts'

/** The head of an organisation in office in `year`, if the cast has one. */
export function headOf(cast: Cast, org: OrgRecord, year: number, rng: Rng): PersonRecord | undefined {
  const heads = (cast.peopleByOrg.get(org.id) ?? []).filter((p) => inOffice(p, year))
  return heads.length ? rng.pick(heads) : undefined
}

/** Plans a meeting of the host with an organisation of one of `kinds`. */
function planMeeting(rng: Rng, date: string, cast: Cast, where: (o: OrgRecord) => boolean, extraTopics: readonly string[], needsHead: boolean): Plan | undefined {
  const plan = emptyPlan(rng, date)
  const org = pickOrg(rng, cast, (o) => where(o) && (!needsHead || (cast.peopleByOrg.get(o.id) ?? []).some((p) => inOffice(p, plan.year))))
  if (!org) return undefined
  plan.host = pickHost(rng, cast, plan.year)
  const head = headOf(cast, org, plan.year, rng)
  if (head && (needsHead || rng.chance(0.8))) plan.guests.push(head)
  plan.partners.push(org)
  plan.topics = pickTopics(rng, [...org.focus, ...extraTopics], plan.year, 3)
  if (pandemicYear(plan.year) && rng.chance(0.4)) plan.topics = ['covid-19', ...plan.topics.slice(0, 2)]
  plan.place = meetingPlace(rng, plan.year)
  if (rng.chance(0.3)) {
    const staff = pickPerson(rng, cast, plan.year, ['department'], (p) => p.focus.some((t) => plan.topics.includes(t)))
    if (staff) plan.staff.push(staff)
  }
  return plan
}

/** "at the State Migration Service", "in Baku" or "via video conference". */
function venue(w: Writer, plan: Plan): string {
  if (plan.place.online) return 'via video conference'
  return w.pick(['at the State Migration Service', 'in Baku', 'at the headquarters of the State Migration Service'])
}

function hostTitle(w: Writer, host: PersonRecord): string {
  return w.roleOnly(host)
}

function leadParagraph(w: Writer, plan: Plan, counterpart: string): string {
  const host = plan.host as PersonRecord
  const at = venue(w, plan)
  if (at.includes('State Migration Service')) w.agency()
  const when = w.rng.chance(0.3) ? `On ${longDate(plan.date, 'en')}, ` : ''
  const first = w.choose([
    () => `${when}${when ? 'the' : 'The'} ${w.full(host)} met with ${counterpart} ${at}.`,
    () => `${when}${when ? 'a' : 'A'} meeting was held ${at} between the ${w.full(host)} and ${counterpart}.`,
    () => `${when}${when ? 'the' : 'The'} ${w.full(host)} received ${counterpart} ${at}.`,
  ])
  const staff = plan.staff[0]
  const attended = staff ? ` The meeting was also attended by the ${w.titled(staff)}.` : ''
  return first + attended
}

function guestParagraph(w: Writer, plan: Plan, org: OrgRecord): string {
  const guest = plan.guests[0]
  const host = plan.host as PersonRecord
  const topic = plan.topics[1] ?? plan.topics[0] ?? 'international-cooperation'
  if (!guest) {
    return `The representatives of ${w.orgShort(org)} thanked ${w.name(host)} for the meeting and informed the participants about their current activities. ${topicRemarks(w, undefined, topic, 2)}`
  }
  const thanks = w.choose([
    () => `${capitalise(w.again(guest))} thanked ${w.again(host)} for the warm welcome and for the attention paid to cooperation.`,
    () => `${capitalise(w.again(guest))}, in turn, expressed gratitude for the hospitality and for the constructive approach of the Service.`,
    () => `${capitalise(w.again(guest))} noted with satisfaction the dynamics of cooperation and thanked the host for the detailed information.`,
  ])
  return `${thanks} ${topicRemarks(w, guest, topic, 2)} ${quote(w, guest, topic)}`
}

function meetingBody(w: Writer, plan: Plan, org: OrgRecord, counterpart: string, middle?: string, beforeGuest?: string): string[] {
  const host = plan.host as PersonRecord
  const paragraphs = [leadParagraph(w, plan, counterpart), cooperationRemarks(w, host, org)]
  paragraphs.push(contextParagraph(w, org, plan.year, plan.variant))
  paragraphs.push(`${topicRemarks(w, host, plan.topics[0] as string, 3)} ${quote(w, host, plan.topics[0] as string)}`)
  const third = plan.topics[2]
  if (third) paragraphs.push(topicRemarks(w, host, third, w.rng.int(2, 3)))
  if (middle) paragraphs.push(middle)
  if (beforeGuest) paragraphs.push(beforeGuest)
  paragraphs.push(guestParagraph(w, plan, org))
  if (w.rng.chance(0.7)) paragraphs.push(backgroundParagraph(w, (plan.topics[1] ?? plan.topics[0]) as string))
  paragraphs.push(`${discussion(w, plan.topics)} ${prospects(w)} ${prospects(w)}`)
  paragraphs.push(closing(w))
  return paragraphs
}

function counterpartOf(w: Writer, plan: Plan, org: OrgRecord): string {
  const guest = plan.guests[0]
  if (guest) return `the ${w.titled(guest)}`
  return w.pick([`a delegation of ${w.theOrg(org)}`, `representatives of ${w.theOrg(org)}`])
}

/** Meetings with international organisations. */
export const internationalMeeting: Theme = {
  id: 'meeting-international',
  type: 'meeting',
  weight: () => 9,
  plan: (rng, date, cast) => planMeeting(rng, date, cast, (o) => o.kind === 'international', ['international-cooperation', 'capacity-building'], false),
  write: {
    en(w, plan): Draft {
      const org = plan.partners[0] as OrgRecord
      const counterpart = counterpartOf(w, plan, org)
      const body = meetingBody(w, plan, org, counterpart)
      const short = w.orgShort(org)
      const topic = w.topic(plan.topics[0] as string).phrase
      const guest = plan.guests[0]
      const host = plan.host as PersonRecord
      const title = w.choose([
        () => `${hostTitle(w, host)} meets ${guest ? w.roleOnly(guest) : `${short} delegation`}`,
        () => `${w.name(host)} receives ${short} delegation`,
        () => `Cooperation with ${short} discussed at the State Migration Service`,
        () => `State Migration Service and ${short} discuss ${topic}`,
        () => `Prospects of cooperation with ${short} discussed`,
        () => `${capitalise(topic)} on the agenda of meeting with ${short}`,
        () => guest ? `${hostTitle(w, host)} holds talks with ${w.name(guest)}` : `Meeting with representatives of ${short} held`,
        () => plan.place.online ? `Video conference held with ${short}` : `${short} delegation visits the State Migration Service`,
      ])
      if (title.includes('State Migration Service')) w.agency()
      const summary = w.rng.chance(0.35) ? `${w.name(host)} and ${guest ? w.name(guest) : `representatives of ${short}`} discussed ${topic} and further cooperation.` : undefined
      return { title, paragraphs: body, summary }
    },
  },
}

function countryFigure(w: Writer, plan: Plan, org: OrgRecord): string {
  const country = org.country?.en ?? 'the country'
  const residents = 40 + ((plan.variant * 37) % 900)
  return w.pick([
    `It was noted that ${residents} citizens of ${country} received temporary residence permits in Azerbaijan last year, most of them for work or study.`,
    `The host informed the guest that applications from citizens of ${country} are processed in the same time limits as all others and that the electronic portal is available in several languages.`,
    `Statistics on citizens of ${country} staying in Azerbaijan were presented, and the number of applications for residence permits was reported to have grown compared with previous years.`,
  ])
}

/** Meetings with ambassadors. */
export const ambassadorMeeting: Theme = {
  id: 'meeting-ambassador',
  type: 'meeting',
  weight: () => 8,
  plan(rng, date, cast) {
    const plan = planMeeting(rng, date, cast, (o) => o.kind === 'embassy', ['labour-migration', 'legal-residence', 'readmission', 'visa-policy', 'citizenship', 'foreign-students', 'work-permits', 'tourism-short-stays'], true)
    if (plan) plan.topics = pickTopics(rng, ['legal-residence', 'labour-migration', 'readmission', 'visa-policy', 'foreign-students', 'work-permits', 'citizenship', 'tourism-short-stays', 'international-cooperation'], plan.year, 3)
    return plan
  },
  write: {
    en(w, plan): Draft {
      const org = plan.partners[0] as OrgRecord
      const guest = plan.guests[0] as PersonRecord
      const host = plan.host as PersonRecord
      const country = org.country?.en ?? ''
      const newcomer = guest.from === plan.year
      const counterpart = newcomer ? `the newly appointed ${w.titled(guest)}` : `the ${w.titled(guest)}`
      const embassy = w.choose([
        () => `Staff of ${w.theOrg(org)} also took part in the meeting.`,
        () => `${capitalise(w.theOrg(org))} was represented by its consular staff.`,
        () => `The guest informed the host about the work of ${w.theOrg(org)} on consular matters.`,
      ])
      const body = meetingBody(w, plan, org, counterpart, `${countryFigure(w, plan, org)} ${embassy}`)
      const topic = w.topic(plan.topics[0] as string).phrase
      const capitalCountry = capitalise(country)
      const title = w.choose([
        () => `${hostTitle(w, host)} receives the Ambassador of ${country}`,
        () => `Meeting with the Ambassador of ${country} to Azerbaijan`,
        () => newcomer ? `${w.name(host)} meets the newly appointed Ambassador of ${country}` : `${w.name(host)} meets the Ambassador of ${country}`,
        () => `Migration cooperation with ${country} discussed`,
        () => `Ambassador of ${country} visits the State Migration Service`,
        () => `${capitalise(topic)} discussed with the Ambassador of ${country}`,
        () => `${capitalCountry} and Azerbaijan discuss ${topic}`,
      ])
      if (title.includes('State Migration Service')) w.agency()
      const summary = w.rng.chance(0.35) ? `${w.name(host)} met Ambassador ${w.name(guest)} to discuss ${topic}.` : undefined
      return { title, paragraphs: body, summary }
    },
  },
}

/** Meetings with business clubs, chambers and employers. */
export const businessMeeting: Theme = {
  id: 'meeting-business',
  type: 'meeting',
  weight: () => 5,
  plan: (rng, date, cast) => planMeeting(rng, date, cast, (o) => o.kind === 'business', ['labour-migration', 'work-permits', 'e-services', 'qualified-specialists'], false),
  write: {
    en(w, plan): Draft {
      const org = plan.partners[0] as OrgRecord
      const host = plan.host as PersonRecord
      const guest = plan.guests[0]
      const members = w.pick(['members', 'member companies', 'representatives of member companies'])
      const counterpart = `${members} of ${w.theOrg(org)}`
      const answers = w.pick([
        `The participants asked questions about the procedures for obtaining work permits, the extension of residence permits and the registration of foreign employees, and received detailed answers.`,
        `Representatives of companies raised practical questions concerning the documents required for foreign employees, and specialists of the Service gave explanations.`,
        `Questions from employers about quotas, the timing of applications and the use of the electronic portal were answered by the specialists present.`,
      ])
      const intro = guest ? `The ${w.titled(guest)}, speaking on behalf of the members, expressed ${w.his(guest)} views on migration services and thanked ${w.agency(true)} for its openness to dialogue.` : undefined
      const body = meetingBody(w, plan, org, counterpart, answers, intro)
      const short = w.orgShort(org)
      const title = w.choose([
        () => `Meeting with members of ${w.theOrg(org)}`,
        () => `${w.name(host)} meets representatives of ${short}`,
        () => plan.place.online ? `${hostTitle(w, host)} meets members of ${w.theOrg(org)} via video conference` : `${hostTitle(w, host)} meets members of ${short}`,
        () => `Business community informed about migration procedures`,
        () => `Employers’ questions answered at meeting with ${short}`,
        () => `Dialogue with the business community: meeting with ${short}`,
      ])
      return { title, paragraphs: body }
    },
  },
}

/** Meetings with NGOs and universities. */
export const civilMeeting: Theme = {
  id: 'meeting-civil',
  type: 'meeting',
  weight: () => 4,
  plan: (rng, date, cast) => planMeeting(rng, date, cast, (o) => o.kind === 'ngo' || o.kind === 'academic' || o.kind === 'media', ['public-awareness'], false),
  write: {
    en(w, plan): Draft {
      const org = plan.partners[0] as OrgRecord
      const host = plan.host as PersonRecord
      const counterpart = counterpartOf(w, plan, org)
      const body = meetingBody(w, plan, org, counterpart)
      const short = w.orgShort(org)
      const title = w.choose([
        () => `${w.name(host)} meets representatives of ${short}`,
        () => `Cooperation with ${w.theOrg(org)} discussed`,
        () => `${hostTitle(w, host)} receives delegation of ${short}`,
        () => `Meeting held with ${w.theOrg(org)}`,
        () => `Joint initiatives with ${short} discussed`,
      ])
      return { title, paragraphs: body }
    },
  },
}

/** Meetings with other state bodies, at home and abroad. */
export const governmentMeeting: Theme = {
  id: 'meeting-government',
  type: 'meeting',
  weight: () => 4,
  plan: (rng, date, cast) => planMeeting(rng, date, cast, (o) => o.kind === 'government', ['migration-legislation', 'international-cooperation'], false),
  write: {
    en(w, plan): Draft {
      const org = plan.partners[0] as OrgRecord
      const host = plan.host as PersonRecord
      const guest = plan.guests[0]
      const foreign = org.id in FOREIGN_AGENCY_CITIES
      const counterpart = guest
        ? guest.roleNamesOrg
          ? `the ${w.titled(guest)}`
          : `a delegation of ${w.theOrg(org)} headed by ${w.titled(guest)}`
        : `a delegation of ${w.theOrg(org)}`
      const body = meetingBody(w, plan, org, counterpart)
      const short = w.orgShort(org)
      const title = w.pick(
        foreign
          ? [
              `Delegation of ${w.theOrg(org)} visits the State Migration Service`,
              `Migration services of Azerbaijan and ${short} discuss cooperation`,
              `${w.name(host)} meets delegation of ${short}`,
              `Bilateral cooperation with ${short} discussed`,
            ]
          : [
              `Inter-agency cooperation discussed with ${w.theOrg(org)}`,
              `${w.name(host)} meets delegation of ${w.theOrg(org)}`,
              `Joint work with ${w.theOrg(org)} discussed`,
              `Meeting held with representatives of ${w.theOrg(org)}`,
            ],
      )
      if (title.includes('State Migration Service')) w.agency()
      return { title, paragraphs: body }
    },
  },
}
