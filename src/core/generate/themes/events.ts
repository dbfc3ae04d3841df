/**
 * Events beyond office meetings: conferences, trainings, signed agreements,
 * visits to the regions and abroad, and work with students.
 */
import type { OrgRecord, PersonRecord } from '../entities.ts'
import { capitalise, joinList, longDate } from '../phrasing.ts'
import { emptyPlan, FOREIGN_AGENCY_CITIES, pandemicYear, PLACES, pickHost, pickOrg, pickPerson, pickTopics, REGION_NAMES } from './casting.ts'
import { backgroundParagraph, closing, discussion, pointSentence, prospects, quote, topicRemarks } from './english.ts'
import { headOf } from './meetings.ts'
import type { Draft, Place, Theme } from './types.ts'

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']

function onlineOr(rng: { chance(p: number): boolean }, year: number, place: Place): Place {
  return pandemicYear(year) && rng.chance(0.5) ? (PLACES.Online as Place) : place
}

/** Conferences, forums and round tables. */
export const conference: Theme = {
  id: 'conference',
  type: 'conference',
  weight: () => 5,
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    plan.host = pickHost(rng, cast, plan.year, 0.5)
    const lead = pickOrg(rng, cast, (o) => o.kind === 'international')
    if (!lead) return undefined
    plan.partners.push(lead)
    const others = rng.int(1, 3)
    for (let i = 0; i < others; i++) {
      const org = pickOrg(rng, cast, (o) => (o.kind === 'government' || o.kind === 'academic' || o.kind === 'international' || o.kind === 'ngo') && !plan.partners.includes(o))
      if (org) plan.partners.push(org)
    }
    const speaker = headOf(cast, lead, plan.year, rng)
    if (speaker) plan.guests.push(speaker)
    plan.topics = pickTopics(rng, [...lead.focus, 'international-cooperation'], plan.year, 3)
    plan.place = onlineOr(rng, plan.year, PLACES.Baku as Place)
    return plan
  },
  write: {
    en(w, plan): Draft {
      const host = plan.host as PersonRecord
      const [lead, ...others] = plan.partners as [OrgRecord, ...OrgRecord[]]
      const topic = w.topic(plan.topics[0] as string)
      const format = w.pick(['international conference', 'round table', 'regional forum', 'expert seminar', 'high-level panel discussion'])
      const theme = w.pick([
        `“${topic.name}: challenges and opportunities”`,
        `“${topic.name} in a changing world”`,
        `“Towards safe, orderly and regular migration: ${topic.phrase}”`,
        `“Sharing good practices in ${topic.phrase}”`,
      ])
      const where = plan.place.online ? 'in the format of a video conference' : w.pick(['in Baku', 'at a Baku hotel', 'at the Training Centre of the State Migration Service'])
      const organisers = w.rng.chance(0.5) ? `jointly organised by ${w.agency()} and ${w.theOrg(lead)}` : `organised by ${w.theOrg(lead)} with the support of ${w.agency()}`
      const participants = joinList(others.map((o) => `${w.theOrg(o)}`))
      const p1 = `${/^[aeiou]/.test(format) ? 'An' : 'A'} ${format} on the theme ${theme}, ${organisers}, was held ${where}. Representatives of ${participants || 'relevant state bodies'} took part in the event.`
      const p2 = `Opening the event, the ${w.full(host)} noted that ${w.pick(['the discussion of these issues is especially relevant today', 'the event offers a good platform for exchanging experience', 'migration has become one of the defining issues of our time'])}. ${topicRemarks(w, host, plan.topics[0] as string, 2)}`
      const guest = plan.guests[0]
      const p3 = guest
        ? `The ${w.titled(guest)} spoke about the activities of the organisation in the region. ${topicRemarks(w, guest, plan.topics[1] as string, 2)} ${quote(w, guest, plan.topics[1] as string)}`
        : `Experts of the ${w.orgShort(lead)} presented the results of recent studies. ${topicRemarks(w, undefined, plan.topics[1] as string, 2)}`
      const p4 = `${w.pick(['During the panel sessions', 'In the course of the discussions', 'During the event'])}, ${w.pick(['participants', 'speakers', 'experts'])} ${w.pick(['shared', 'presented', 'discussed'])} national experience in ${w.topic(plan.topics[2] as string).phrase}. ${pointSentence(w, undefined, w.point(plan.topics[2] as string), true)} ${pointSentence(w, undefined, w.point(plan.topics[0] as string), true)}`
      const p4b = `${w.pick(['Representatives of the participating institutions', 'Several speakers', 'The experts'])} ${w.pick(['also presented', 'also spoke about', 'also drew attention to'])} ${w.topic(plan.topics[1] as string).phrase}. ${topicRemarks(w, undefined, plan.topics[1] as string, 2)}`
      const p5 = w.pick([
        'At the end of the event, recommendations were adopted and it was decided to share them with all participating institutions.',
        'The event ended with a question-and-answer session, and certificates were presented to the participants of the training segment.',
        'Summing up, the participants agreed that such events should be held on a regular basis.',
      ])
      const n = ORDINALS[(plan.variant % 6) + 1] as string
      const title = w.choose([
        () => `${capitalise(format)} on ${topic.phrase} held in Baku`,
        () => `${w.orgShort(lead)} and ${w.agency(true)} hold ${format} on ${topic.phrase}`,
        () => `${capitalise(topic.phrase)} discussed at ${format}`,
        () => `${capitalise(n)} ${format} on migration issues held`,
        () => `${w.name(host)} addresses ${format} on ${topic.phrase}`,
      ])
      return { title, paragraphs: [p1, p2, p3, p4, p4b, backgroundParagraph(w, plan.topics[2] as string), p5] }
    },
  },
}

/** Training subjects: English, topic id, Azerbaijani, Russian. */
export const TRAINING_SUBJECTS: ReadonlyArray<readonly [en: string, topic: string, az: string, ru: string]> = [
  ['identification of victims of human trafficking', 'human-trafficking', 'insan alveri qurbanlarının müəyyən edilməsi', 'выявление жертв торговли людьми'],
  ['detection of forged documents', 'biometrics', 'saxta sənədlərin aşkarlanması', 'выявление поддельных документов'],
  ['refugee status determination interviews', 'refugees-asylum', 'qaçqın statusunun müəyyən edilməsi üzrə müsahibələr', 'собеседования при определении статуса беженца'],
  ['international standards in readmission', 'readmission', 'readmissiya sahəsində beynəlxalq standartlar', 'международные стандарты в сфере реадмиссии'],
  ['migration data analysis', 'migration-statistics', 'miqrasiya məlumatlarının təhlili', 'анализ миграционных данных'],
  ['protection of personal data', 'data-protection', 'fərdi məlumatların qorunması', 'защита персональных данных'],
  ['communication with applicants and service quality', 'service-quality', 'müraciət edənlərlə ünsiyyət və xidmət keyfiyyəti', 'общение с заявителями и качество обслуживания'],
  ['labour inspection and the rights of migrant workers', 'labour-migration', 'əmək müfəttişliyi və miqrant işçilərin hüquqları', 'трудовая инспекция и права трудящихся-мигрантов'],
  ['child-sensitive procedures for migrant children', 'migrant-children', 'miqrant uşaqlarla iş zamanı uşaq maraqlarına həssas prosedurlar', 'процедуры, учитывающие интересы детей-мигрантов'],
  ['prevention of corruption in public service', 'transparency', 'dövlət qulluğunda korrupsiyanın qarşısının alınması', 'предупреждение коррупции на государственной службе'],
  ['risk analysis in border and migration management', 'border-management', 'sərhəd və miqrasiya idarəçiliyində risklərin təhlili', 'анализ рисков в управлении границами и миграцией'],
  ['statelessness determination procedures', 'statelessness', 'vətəndaşlığı olmayan şəxs statusunun müəyyən edilməsi prosedurları', 'процедуры определения безгражданства'],
]

/** Trainings for the agency's staff with partner experts. */
export const training: Theme = {
  id: 'training',
  type: 'training',
  weight: () => 5,
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    const org = pickOrg(rng, cast, (o) => ['iom', 'icmpd', 'unhcr', 'euaa', 'frontex', 'osce', 'icrc', 'giz', 'unodc', 'council-of-europe', 'unicef', 'bamf', 'korea-immigration', 'estonia-ppa'].includes(o.id))
    if (!org) return undefined
    plan.partners.push(org)
    plan.variant = rng.int(0, TRAINING_SUBJECTS.length - 1)
    const subject = TRAINING_SUBJECTS[plan.variant] as (typeof TRAINING_SUBJECTS)[number]
    plan.topics = ['capacity-building', subject[1]]
    const staff = pickPerson(rng, cast, plan.year, ['department'], (p) => p.focus.includes('capacity-building')) ?? pickPerson(rng, cast, plan.year, ['department'])
    if (staff) plan.staff.push(staff)
    if (rng.chance(0.4)) plan.host = pickHost(rng, cast, plan.year, 0.2)
    plan.figures = [rng.int(15, 60), rng.int(2, 5)]
    plan.place = onlineOr(rng, plan.year, rng.chance(0.8) ? (PLACES.Baku as Place) : (PLACES[rng.pick(REGION_NAMES)] as Place))
    return plan
  },
  write: {
    en(w, plan): Draft {
      const org = plan.partners[0] as OrgRecord
      const [subject] = TRAINING_SUBJECTS[plan.variant] as (typeof TRAINING_SUBJECTS)[number]
      const [people, days] = plan.figures as [number, number]
      const where = plan.place.online ? 'online' : plan.place.en === 'Baku' ? 'at the Training Centre of the State Migration Service' : `in ${plan.place.en}`
      if (where.includes('State Migration Service')) w.agency()
      const format = w.pick(['training', 'workshop', 'training course', 'seminar'])
      const p1 = `A ${days}-day ${format} on ${subject} was held ${where} for employees of ${w.agency()}, organised jointly with ${w.theOrg(org)}. ${people} employees from the central office and regional departments took part.`
      const staff = plan.staff[0]
      const host = plan.host
      const opener = host ?? staff
      const p2 = opener
        ? `The ${format} was opened by the ${host ? w.full(host) : w.titled(opener)}, who stressed that ${w.point('capacity-building')}. ${topicRemarks(w, opener, plan.topics[1] as string, 2)}`
        : `Opening the ${format}, ${w.pick(['organisers', 'speakers'])} noted that ${w.point('capacity-building')}.`
      const p3 = `Experts of ${w.orgShort(org)} ${w.pick(['presented international standards and best practices', 'explained the relevant international instruments', 'shared the experience of European countries'])} in this field. ${topicRemarks(w, undefined, plan.topics[1] as string, 3)}`
      const p3b = `${w.pick(['The programme also covered', 'Separate sessions were devoted to', 'Particular attention was paid to'])} ${w.pick(['the relevant national legislation and its application in practice', 'case law and the practice of partner countries', 'coordination with other state bodies'])}. ${pointSentence(w, undefined, w.point('capacity-building'), true)} ${pointSentence(w, undefined, w.point('capacity-building'), true)}`
      const p4 = w.pick([
        'The programme combined presentations with practical exercises, case studies and role plays based on real situations.',
        'Participants worked in small groups on practical cases and presented their solutions to the trainers.',
        'Special attention was paid to practical skills, and each session ended with a discussion of questions from the participants.',
      ]) + ' ' + w.pick([
        'The participants noted that the knowledge gained would be applied in their daily work.',
        'The trainers noted the high level of preparation and interest of the participants.',
        'A final test was held to assess the knowledge acquired.',
      ])
      const p5 = w.pick([
        'At the end of the training, participants were awarded certificates.',
        'At the end of the course, certificates were presented to the participants, and it was agreed to continue the series of trainings.',
        'In conclusion, the participants filled in evaluation forms and received certificates.',
      ])
      const title = w.choose([
        () => `Training on ${subject} held for staff of the State Migration Service`,
        () => `${w.orgShort(org)} experts conduct training for migration officers`,
        () => `Workshop on ${subject} organised jointly with ${w.orgShort(org)}`,
        () => `Migration officers trained in ${subject}`,
        () => `Capacity building: ${subject}`,
      ])
      if (title.includes('State Migration Service')) w.agency()
      return { title, paragraphs: [p1, p2, p3, p3b, ...(plan.staff[0] ? [quote(w, plan.staff[0], plan.topics[1] as string)] : []), p4, p5] }
    },
  },
}

/** Memoranda and agreements signed by the agency. */
export const agreement: Theme = {
  id: 'agreement',
  type: 'agreement',
  weight: () => 3,
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    const org = pickOrg(rng, cast, (o) => ['academic', 'ngo', 'international', 'business'].includes(o.kind as string) || o.id in FOREIGN_AGENCY_CITIES)
    if (!org) return undefined
    const head = headOf(cast, org, plan.year, rng)
    plan.host = pickHost(rng, cast, plan.year, 0.75)
    if (head) plan.guests.push(head)
    plan.partners.push(org)
    plan.topics = pickTopics(rng, org.focus, plan.year, 2)
    plan.topics.push('international-cooperation')
    plan.variant = rng.int(1, 5)
    return plan
  },
  write: {
    en(w, plan): Draft {
      const org = plan.partners[0] as OrgRecord
      const host = plan.host as PersonRecord
      const guest = plan.guests[0]
      const kind = w.pick(['memorandum of understanding', 'memorandum of cooperation', 'cooperation agreement'])
      const signers = guest ? `the ${w.full(host)} and the ${w.titled(guest)}` : `the ${w.full(host)} and the head of ${w.theOrg(org)}`
      const p1 = `A ${kind} was signed between ${w.agency()} and ${w.theOrg(org)}. The document was signed by ${signers}.`
      const t0 = w.topic(plan.topics[0] as string)
      const t1 = w.topic(plan.topics[1] as string)
      const p2 = `${capitalise(w.again(host))} noted that the document opens new opportunities for cooperation in ${t0.phrase} and ${t1.phrase}. ${topicRemarks(w, host, plan.topics[0] as string, 3)}`
      const areas = w.pick([
        'joint research and publications, internships for students, and the organisation of conferences and seminars',
        'the exchange of information and experience, joint awareness campaigns and training activities',
        'expert consultations, joint projects and the development of methodological materials',
        'the exchange of best practices, study visits and joint work on the improvement of services',
      ])
      const p3 = `The ${kind} provides for ${areas}. It will remain in force for ${plan.variant + 1} years and may be extended by mutual consent.`
      const p4 = guest
        ? `${capitalise(w.again(guest))} expressed confidence that the ${kind} would strengthen the partnership. ${quote(w, guest, plan.topics[1] as string)}`
        : `${pointSentence(w, undefined, w.point(plan.topics[1] as string), true)}`
      const p4b = topicRemarks(w, undefined, plan.topics[1] as string, 2)
      const p5 = `${prospects(w)} ${w.pick(['A working group will be set up to prepare an action plan.', 'The first joint activities are planned for the coming months.', 'Responsible contact persons were appointed by both sides.'])}`
      const short = w.orgShort(org)
      const title = w.choose([
        () => `${capitalise(kind)} signed between the State Migration Service and ${w.theOrg(org)}`,
        () => `${w.agency(true).replace('the ', '')} and ${short} sign ${kind}`,
        () => `New ${kind} expands cooperation with ${short}`,
        () => `Cooperation with ${short} put on a contractual basis`,
      ])
      if (title.includes('State Migration Service')) w.agency()
      return { title: capitalise(title), paragraphs: [p1, p2, p3, p4, p4b, backgroundParagraph(w, plan.topics[2] as string), p5] }
    },
  },
}

/** Working visits of the leadership to regional departments, with citizens' receptions. */
export const regionalVisit: Theme = {
  id: 'visit-region',
  type: 'visit',
  weight: () => 3,
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    plan.host = pickHost(rng, cast, plan.year, 0.7)
    const head = pickPerson(rng, cast, plan.year, ['regional'])
    if (!head) return undefined
    plan.staff.push(head)
    plan.place = PLACES[head.region as string] as Place
    plan.topics = pickTopics(rng, ['service-quality', 'registration', 'legal-residence', 'e-services', 'citizenship'], plan.year, 2)
    plan.figures = [rng.int(12, 70)]
    return plan
  },
  write: {
    en(w, plan): Draft {
      const host = plan.host as PersonRecord
      const head = plan.staff[0] as PersonRecord
      const city = plan.place.en
      const [citizens] = plan.figures as [number]
      const p1 = `The ${w.full(host)} paid a working visit to ${city}, where ${w.he(host)} got acquainted with the activities of the regional department and held a reception of citizens.`
      const p2 = `The ${w.titled(head)} reported on the work done, the number of applications received and the measures taken to improve services. ${topicRemarks(w, head, plan.topics[0] as string, 2)}`
      const p3 = `${capitalise(w.again(host))} inspected the service hall, the working conditions of the staff and the equipment used for accepting applications. ${topicRemarks(w, host, plan.topics[1] as string, 3)}`
      const p4 = `During the reception, ${citizens} citizens and foreigners living in ${city} and nearby districts raised questions about ${joinList(plan.topics.map((t) => w.topic(t).phrase))}. ${w.pick(['Most of the questions were resolved on the spot, and instructions were given on the others.', 'Appropriate instructions were given to the responsible officials on each application.', 'Applications requiring further examination were taken under control.'])}`
      const p5 = w.pick([
        'At the end of the visit, tasks were set for the staff of the department.',
        'The visit ended with a meeting with the staff of the department, who were thanked for their work.',
        `${capitalise(w.again(host))} stressed that the principles of transparency, courtesy and efficiency must be observed in all contacts with applicants.`,
      ])
      const title = w.choose([
        () => `Chief of the State Migration Service visits ${city}`,
        () => `${w.name(host)} holds reception of citizens in ${city}`,
        () => `Reception of citizens held in ${city}`,
        () => `Work of the ${city} Regional Migration Department reviewed`,
        () => `Working visit to the ${city} region`,
      ])
      if (title.includes('State Migration Service')) w.agency()
      return { title, paragraphs: [p1, p2, p3, backgroundParagraph(w, plan.topics[0] as string), p4, p5] }
    },
  },
}

/** Working visits of the agency's delegations abroad. */
export const visitAbroad: Theme = {
  id: 'visit-abroad',
  type: 'visit',
  weight: () => 2,
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    if (pandemicYear(plan.year) && plan.month >= 3) return undefined
    const org = pickOrg(rng, cast, (o) => o.id in FOREIGN_AGENCY_CITIES)
    if (!org) return undefined
    plan.host = pickHost(rng, cast, plan.year, 0.6)
    const head = headOf(cast, org, plan.year, rng)
    if (head) plan.guests.push(head)
    plan.partners.push(org)
    const city = FOREIGN_AGENCY_CITIES[org.id] as string
    plan.place = { en: city, az: city, ru: city }
    plan.topics = pickTopics(rng, org.focus, plan.year, 3)
    const staff = pickPerson(rng, cast, plan.year, ['department'], (p) => p.focus.includes('international-cooperation'))
    if (staff) plan.staff.push(staff)
    return plan
  },
  write: {
    en(w, plan): Draft {
      const host = plan.host as PersonRecord
      const org = plan.partners[0] as OrgRecord
      const guest = plan.guests[0]
      const city = plan.place.en
      const staff = plan.staff[0]
      const delegation = `A delegation of ${w.agency()} headed by the ${w.full(host)}${staff ? `, including the ${w.titled(staff)},` : ''} paid a working visit to ${city}`
      const p1 = `${delegation} at the invitation of ${w.theOrg(org)}.${w.rng.chance(0.3) ? ` The visit took place on ${longDate(plan.date, 'en')}.` : ''}`
      const p2 = guest
        ? `During the visit, the delegation met with the ${w.titled(guest)}. ${topicRemarks(w, guest, plan.topics[0] as string, 3)}`
        : `During the visit, the delegation met with the leadership of ${w.orgShort(org)}. ${topicRemarks(w, undefined, plan.topics[0] as string, 2)}`
      const p3 = `${capitalise(w.again(host))} informed the hosts about the reforms carried out in the field of migration in Azerbaijan. ${topicRemarks(w, host, plan.topics[1] as string, 3)}`
      const p4 = `The delegation also visited ${w.pick(['a service centre for foreigners', 'the reception centre for asylum seekers', 'the document production centre', 'the contact centre'])} and got acquainted with its work. ${discussion(w, plan.topics)}`
      const p5 = `${prospects(w)} ${closing(w)}`
      const title = w.choose([
        () => `Delegation of the State Migration Service on a working visit to ${city}`,
        () => `${w.name(host)} visits ${w.orgShort(org)}`,
        () => `Cooperation with ${w.orgShort(org)} discussed in ${city}`,
        () => `Working visit to ${city}: experience of ${w.orgShort(org)} studied`,
      ])
      if (title.includes('State Migration Service')) w.agency()
      return { title, paragraphs: [p1, p2, p3, p4, p5] }
    },
  },
}

/** Lectures, student visits and internships with universities. */
export const studentEvent: Theme = {
  id: 'students',
  type: 'other',
  weight: () => 2,
  plan(rng, date, cast) {
    const plan = emptyPlan(rng, date)
    const org = pickOrg(rng, cast, (o) => o.kind === 'academic')
    if (!org) return undefined
    plan.partners.push(org)
    const staff = pickPerson(rng, cast, plan.year, ['department', 'deputy'])
    if (staff) plan.staff.push(staff)
    plan.topics = pickTopics(rng, ['youth', 'migration-research', 'migration-legislation', ...org.focus], plan.year, 2)
    plan.figures = [rng.int(20, 120)]
    plan.variant = rng.int(0, 2)
    return plan
  },
  write: {
    en(w, plan): Draft {
      const org = plan.partners[0] as OrgRecord
      const staff = plan.staff[0]
      const [students] = plan.figures as [number]
      const kinds = ['lecture', 'visit', 'internship']
      const kind = kinds[plan.variant] as string
      const p1 =
        kind === 'lecture'
          ? `A lecture on migration law and the activities of ${w.agency()} was delivered to students of ${w.theOrg(org)}. About ${students} students of the faculties of law, economics and international relations attended.`
          : kind === 'visit'
            ? `A group of ${students} students of ${w.theOrg(org)} visited ${w.agency()} as part of the “Open Doors” programme.`
            : `An internship programme for students of ${w.theOrg(org)} was launched at ${w.agency()}. In the first stage, ${Math.max(5, Math.round(students / 6))} students will take part.`
      const p2 = staff
        ? `The ${w.titled(staff)} spoke about the history, structure and main tasks of the Service. ${topicRemarks(w, staff, plan.topics[0] as string, 3)}`
        : `Staff of the Service spoke about its history, structure and main tasks. ${topicRemarks(w, undefined, plan.topics[0] as string, 2)}`
      const p3 = `${w.pick(['The students were shown', 'The guests got acquainted with', 'The participants were introduced to'])} ${w.pick(['the service hall and the electronic queue system', 'the work of the call centre', 'the operation of the electronic portal'])}. ${topicRemarks(w, undefined, plan.topics[1] as string, 2)}`
      const p4 = w.pick([
        'The students asked numerous questions about employment opportunities in the Service and about current migration trends, and received detailed answers.',
        'At the end, the most active students were invited to take part in the internship programme.',
        'The students noted that the event had given them a practical understanding of migration management.',
      ])
      const title =
        kind === 'lecture'
          ? w.choose([() => `Lecture on migration law delivered at ${w.theOrg(org)}`, () => `Staff of the State Migration Service meet students of ${w.orgShort(org)}`])
          : kind === 'visit'
            ? w.choose([() => `Students of ${w.theOrg(org)} visit the State Migration Service`, () => `“Open Doors”: students of ${w.orgShort(org)} at the State Migration Service`])
            : w.choose([() => `Internship programme launched with ${w.orgShort(org)}`, () => `Students of ${w.orgShort(org)} begin internships at the State Migration Service`])
      if (title.includes('State Migration Service')) w.agency()
      return { title, paragraphs: [p1, p2, p3, backgroundParagraph(w, plan.topics[1] as string), p4] }
    },
  },
}

