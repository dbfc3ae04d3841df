/**
 * English building blocks shared by the themes: reported speech around topic
 * points, quotes, discussion and closing sentences.
 */
import type { OrgRecord, PersonRecord } from '../entities.ts'
import { capitalise, joinList } from '../phrasing.ts'
import { FOREIGN_AGENCY_CITIES, topicFits } from './casting.ts'
import type { Writer } from '../writer.ts'

/** A sentence carrying one topic point, attributed to `speaker` (or to nobody). */
export function pointSentence(w: Writer, speaker: PersonRecord | undefined, point: string, first: boolean): string {
  if (!speaker) {
    return w.fresh('point-none', [
      `It was noted that ${point}.`,
      `${capitalise(point)}.`,
      `It was emphasised that ${point}.`,
      `It should be noted that ${point}.`,
      `It was stressed that ${point}.`,
      `${capitalise(point)}.`,
    ])
  }
  if (first) {
    const s = w.again(speaker)
    return w.fresh('point-first', [
      `${capitalise(s)} noted that ${point}.`,
      `${capitalise(s)} stressed that ${point}.`,
      `${capitalise(s)} pointed out that ${point}.`,
      `${capitalise(s)} informed the participants that ${point}.`,
      `According to ${s}, ${point}.`,
      `${capitalise(s)} drew attention to the fact that ${point}.`,
    ])
  }
  const he = w.he(speaker)
  return w.fresh('point-next', [
    `${capitalise(he)} also noted that ${point}.`,
    `${capitalise(he)} added that ${point}.`,
    `${capitalise(he)} emphasised that ${point}.`,
    `It was underlined that ${point}.`,
    `${capitalise(he)} went on to say that ${point}.`,
    `As ${he} put it, ${point}.`,
    `${capitalise(he)} further mentioned that ${point}.`,
  ])
}

/** Two or three sentences on one topic by one speaker. */
export function topicRemarks(w: Writer, speaker: PersonRecord | undefined, topicId: string, count = 2): string {
  const topic = w.topic(topicId)
  const points = w.points(topicId, count)
  const sentences: string[] = []
  points.forEach((point, i) => {
    if (i === 0 && speaker && w.rng.chance(0.35)) {
      sentences.push(`Speaking about ${topic.phrase}, ${w.again(speaker)} said that ${point}.`)
    } else {
      sentences.push(pointSentence(w, speaker, point, i === 0))
    }
  })
  return sentences.join(' ')
}

/** A direct quote about a topic, attributed to a named speaker. */
export function quote(w: Writer, speaker: PersonRecord, topicId: string): string {
  const phrase = w.topic(topicId).phrase
  const name = w.name(speaker)
    return w.pick([
    `“We attach great importance to ${phrase}, and our cooperation has already produced tangible results,” ${name} said.`,
    `“There is still much we can do together in ${phrase}. We are ready to share our experience and to learn from yours,” said ${name}.`,
    `“Our common goal is to make migration safe, orderly and regular, and ${phrase} is an essential part of that work,” ${name} underlined.`,
    `“I am confident that the steps agreed today on ${phrase} will benefit the people we serve,” ${name} noted.`,
    `“Dialogue of this kind helps us to find practical solutions. ${capitalise(phrase)} will remain high on our joint agenda,” ${name} said.`,
    `“We value the openness of our colleagues and look forward to continuing our joint work on ${phrase},” said ${name}.`,
    `“Every improvement in ${phrase} means less time and fewer worries for the people who turn to us,” ${name} stressed.`,
    `“The experience gained here is an example for the whole region, especially in ${phrase},” ${name} observed.`,
  ])
}

/** A sentence listing what was discussed. */
export function discussion(w: Writer, topicIds: readonly string[]): string {
  const phrases = joinList(topicIds.map((id) => w.topic(id).phrase))
  return w.pick([
    `During the meeting, the parties discussed issues related to ${phrases}.`,
    `The sides exchanged views on ${phrases}.`,
    `Issues of ${phrases} were also discussed at the meeting.`,
    `The discussion focused on ${phrases}.`,
    `The agenda of the meeting included ${phrases}.`,
    `Questions concerning ${phrases} were considered in detail.`,
  ])
}

/** A sentence about next steps. */
export function prospects(w: Writer): string {
  return w.pick([
    'The parties agreed to continue joint work and to hold regular consultations at the expert level.',
    'It was agreed to prepare a joint plan of activities for the coming year.',
    'The sides expressed their readiness to expand cooperation and to implement new joint projects.',
    'The importance of exchanging information and experience on a regular basis was emphasised.',
    'The parties agreed to set up a working group to follow up on the issues raised.',
    'Proposals for joint training and study visits were also put forward.',
    'The sides noted the need to keep each other informed about changes in legislation and practice.',
    'Both sides expressed confidence that the meeting would give new impetus to cooperation.',
  ])
}

/** The last paragraph of a meeting release. */
export function closing(w: Writer): string {
  return w.pick([
    'At the end of the meeting, the sides exchanged views on other issues of mutual interest.',
    'In conclusion, the guests’ questions were answered and a sincere exchange of views took place.',
    'At the end of the meeting, a commemorative photo was taken.',
    'The meeting ended with an exchange of views on the prospects of further cooperation.',
    'At the end of the meeting, the sides thanked each other for the constructive and open discussion.',
    'In conclusion, the parties agreed to meet again to review the progress achieved.',
    'The meeting was held in a warm and constructive atmosphere.',
  ])
}

/** Opening remarks of the host about cooperation with an organisation of a given kind. */
export function cooperationRemarks(w: Writer, host: PersonRecord, org: OrgRecord): string {
  const h = capitalise(w.again(host))
  const he = w.he(host)
  const service = w.rng.chance(0.5) ? 'the Service' : w.agency(true)
  switch (org.kind) {
    case 'international':
      return w.choose([
        () => `${h} welcomed the guests and noted the long-standing and fruitful cooperation between ${service} and ${w.orgShort(org)}. ${capitalise(he)} highlighted the projects implemented jointly in recent years and their contribution to strengthening the institutional capacity of the Service.`,
        () => `Welcoming the guests, ${w.again(host)} expressed satisfaction with the level of cooperation with ${w.orgShort(org)} and thanked the organisation for its support to the reforms in migration management. ${capitalise(he)} noted that joint activities had been carried out in line with the agreed work plans.`,
        () => `${h} stressed that ${w.orgShort(org)} is one of the key international partners of ${service}. ${capitalise(he)} recalled that the partnership covers expert consultations, trainings, research and the exchange of best practices.`,
      ])
    case 'embassy':
      return w.choose([
        () => `${h} welcomed the guest and noted the friendly relations between Azerbaijan and ${org.country?.en ?? 'the partner country'}, which create a good basis for cooperation in the field of migration. ${capitalise(he)} informed the guest about the structure and main areas of activity of ${service}.`,
        () => `Welcoming the Ambassador, ${w.again(host)} said that relations with ${org.country?.en ?? 'the partner country'} are developing successfully in many areas, and migration is no exception. ${capitalise(he)} expressed confidence that the diplomat's activity would contribute to deepening these ties.`,
        () => `${h} congratulated the guest on taking up the post and wished the guest success in the diplomatic mission. ${capitalise(he)} noted that ${service} is ready to support citizens of ${org.country?.en ?? 'the partner country'} living and working in Azerbaijan.`,
      ])
    case 'business':
      return w.choose([
        () => `${h} stressed the importance of regular meetings with the business community and their positive contribution to the development of dialogue between the public and private sectors. ${capitalise(he)} noted that the opinions and proposals of employers are taken into account when improving procedures.`,
        () => `${h} noted that employers are among the main users of migration services, and feedback from them helps ${service} to improve its work. ${capitalise(he)} thanked the members of the organisation for their active participation.`,
        () => `Addressing the participants, ${w.again(host)} said that a favourable environment for investors and foreign specialists is one of the priorities of migration policy. ${capitalise(he)} recalled the steps taken in recent years to simplify procedures for employers.`,
      ])
    case 'academic':
      return w.pick([
        `${h} noted the importance of cooperation between state bodies and universities in training qualified personnel and in research on migration. ${capitalise(he)} said that ${service} is interested in involving young specialists in its work.`,
        `${h} spoke about the cooperation of ${service} with higher education institutions and noted that practical knowledge of migration law is useful for students of many specialities.`,
      ])
    case 'ngo':
      return w.pick([
        `${h} noted that civil society organisations are important partners of ${service}, especially in working with vulnerable groups of migrants. ${capitalise(he)} stressed that the proposals of non-governmental organisations are carefully studied.`,
        `${h} highlighted the role of non-governmental organisations in raising awareness among migrants and in providing them with legal and social assistance.`,
      ])
    case 'government':
      if (org.id in FOREIGN_AGENCY_CITIES) {
        return w.pick([
          `${h} welcomed the delegation and noted that bilateral cooperation between the migration bodies of the two countries has been developing steadily. ${capitalise(he)} recalled the agreements in force and the results of their implementation.`,
          `${h} noted that the exchange of experience between the migration services of the two countries is mutually beneficial. ${capitalise(he)} informed the guests about the reforms carried out by ${service} in recent years.`,
        ])
      }
      return w.pick([
        `${h} noted that effective migration management requires close coordination among all the state bodies concerned. ${capitalise(he)} stressed the importance of exchanging information promptly and of harmonising procedures.`,
        `${h} highlighted the practical cooperation between the agencies and the results achieved through joint work in recent years.`,
      ])
    default:
      return `${h} welcomed the guests and spoke about the main areas of activity of ${service}.`
  }
}

/** Background on the partner: how long and in what the cooperation has run. */
export function contextParagraph(w: Writer, org: OrgRecord, year: number, variant: number): string {
  const since = Math.max(2000, year - 3 - (variant % 12))
  const projects = 3 + (variant % 14)
  const focus = org.focus.filter((id) => id !== 'international-cooperation' && topicFits(id, year)).slice(0, 2)
  const areas = focus.length ? joinList(focus.map((id) => w.topic(id).phrase)) : 'migration management'
  switch (org.kind) {
    case 'international':
      return w.choose([
        () => `Cooperation between the Service and ${w.orgShort(org)} dates back to ${since}. Since then, ${projects} joint projects have been implemented, and the current programme of the organisation in Azerbaijan focuses on ${areas}. The parties also noted the results of the most recent joint study, which will be used in planning further activities.`,
        () => `It was recalled that ${w.orgShort(org)} has supported the Service since ${since}, including through expert missions, equipment and the training of staff. The joint work plan for ${year} covers ${areas}, and several activities have already been completed ahead of schedule.`,
      ])
    case 'embassy':
      return `The sides reviewed the implementation of the agreements concluded between the two countries and the results of the most recent consultations. It was noted that the exchange of information on migration matters between the relevant bodies has become more regular, and that consular questions raised by citizens are resolved promptly.`
    case 'business':
      return `${capitalise(w.orgShort(org))} brings together about ${projects * 15} companies, many of which employ foreign specialists. In ${year - 1}, its member companies submitted a significant share of all applications for work permits, and the organisation regularly conveys the proposals of its members on ${areas}.`
    case 'academic':
      return `${capitalise(w.orgShort(org))} trains specialists in law, economics and international relations, and ${projects * 40} foreign students from ${projects + 5} countries are currently enrolled there. The university has shown growing interest in research on ${areas}.`
    case 'ngo':
      return `${capitalise(w.orgShort(org))} has been working with migrants since ${since}. Last year its specialists provided legal, social and psychological assistance to ${projects * 35} persons, and its hotline received hundreds of calls. The organisation also takes part in awareness campaigns on ${areas}.`
    default:
      return `The sides noted that cooperation has developed on the basis of the agreements in force since ${since}, and that ${projects} joint working meetings have been held in recent years. Particular attention has been paid to ${areas}.`
  }
}

/** A background paragraph of facts on a topic, not attributed to anyone. */
export function backgroundParagraph(w: Writer, topicId: string): string {
  const [first, ...rest] = w.points(topicId, 3)
  const opening = w.pick([`For reference, ${first}.`, `It should be recalled that ${first}.`, `It is worth noting that ${first}.`, `As a reminder, ${first}.`])
  return [opening, ...rest.map((point) => pointSentence(w, undefined, point, true))].join(' ')
}
