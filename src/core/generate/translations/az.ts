/**
 * Azerbaijani versions of the translated themes. They tell the same story as
 * the English release (same people, organisations, topics and figures) in the
 * style of the agency's Azerbaijani press releases.
 */
import type { OrgRecord, PersonRecord } from '../entities.ts'
import { azGenitive } from '../entities.ts'
import { azOrdinalSuffix, azYear, capitalise, formatCount, joinList, lowerFirst, MONTHS } from '../phrasing.ts'
import { TRAINING_SUBJECTS } from '../themes/events.ts'
import { topicFits } from '../themes/casting.ts'
import { reportingPeriod } from '../themes/notices.ts'
import type { Draft, DraftWriter, Plan } from '../themes/types.ts'
import type { Writer } from '../writer.ts'

function topicAz(w: Writer, id: string): string {
  return lowerFirst(w.topicName(id))
}

/** A sentence on a topic, with `speaker` as subject or impersonal. */
function topicSentence(w: Writer, id: string, speaker?: string): string {
  const t = topicAz(w, id)
  if (speaker) {
    return w.fresh('az-topic-speaker', [
      `${speaker} ${t} sahəsində görülən işlər barədə ətraflı məlumat verib.`,
      `${speaker} bildirib ki, ${t} sahəsində prosedurların sadələşdirilməsi istiqamətində ardıcıl tədbirlər həyata keçirilir.`,
      `${speaker} ${t} məsələlərində beynəlxalq təcrübənin öyrənilməsinin vacibliyini vurğulayıb.`,
      `${speaker} qeyd edib ki, ${t} üzrə müraciətlərə qanunvericilikdə müəyyən edilmiş müddətlərdə baxılır.`,
      `${speaker} ${t} sahəsində birgə layihələrin davam etdirilməsinin əhəmiyyətini diqqətə çatdırıb.`,
      `${speaker} ${t} istiqamətində elektron xidmətlərin imkanlarının genişləndirildiyini bildirib.`,
    ])
  }
  return w.fresh('az-topic', [
    `Qeyd olunub ki, ${t} sahəsində əməkdaşlığın genişləndirilməsi hər iki tərəfin maraqlarına cavab verir.`,
    `Bildirilib ki, ${t} sahəsində qanunvericiliyin təkmilləşdirilməsi davam etdirilir.`,
    `Vurğulanıb ki, ${t} məsələləri Xidmətin fəaliyyətində prioritet istiqamətlərdən biridir.`,
    `Görüşdə ${t} sahəsində mövcud vəziyyət və qarşıda duran vəzifələr barədə məlumat verilib.`,
    `Diqqətə çatdırılıb ki, ${t} sahəsində beynəlxalq standartların tətbiqi xüsusi əhəmiyyət daşıyır.`,
  ])
}

function quoteAz(w: Writer, person: PersonRecord, id: string): string {
  const name = w.name(person)
  const t = topicAz(w, id)
  return w.fresh('az-quote', [
    `“${capitalise(t)} sahəsində əməkdaşlığımızın nəticələrindən razıyıq və onu daha da genişləndirməyə hazırıq”, – deyə ${name} bildirib.`,
    `“Ümumi məqsədimiz təhlükəsiz, nizamlı və qanuni miqrasiyanı təmin etməkdir, ${t} isə bu işin mühüm hissəsidir”, – deyə ${name} vurğulayıb.`,
    `“Bu gün razılaşdırılan addımların ${t} sahəsində insanlara real fayda verəcəyinə əminəm”, – deyə ${name} qeyd edib.`,
    `“Təcrübə mübadiləsi bizim üçün çox dəyərlidir və ${t} sahəsində birgə işimizi davam etdirəcəyik”, – deyə ${name} əlavə edib.`,
  ])
}

function discussionAz(w: Writer, ids: readonly string[]): string {
  const list = joinList(ids.map((id) => topicAz(w, id)), 'az')
  return w.pick([`Görüşdə ${list} məsələləri üzrə fikir mübadiləsi aparılıb.`, `Tərəflər ${list} sahəsində əməkdaşlığın perspektivlərini müzakirə ediblər.`])
}

const PROSPECTS = [
  'Tərəflər ekspert səviyyəsində müntəzəm məsləhətləşmələrin keçirilməsi barədə razılığa gəliblər.',
  'Gələcəkdə birgə təlim və təcrübə mübadiləsi proqramlarının həyata keçirilməsi təklif olunub.',
  'Əməkdaşlığın genişləndirilməsi üçün birgə fəaliyyət planının hazırlanması razılaşdırılıb.',
]
const CLOSINGS = [
  'Sonda qarşılıqlı maraq doğuran digər məsələlər ətrafında fikir mübadiləsi aparılıb.',
  'Görüşün sonunda xatirə şəkli çəkilib.',
  'Görüş səmimi və işgüzar şəraitdə keçib.',
]

function welcome(w: Writer, host: PersonRecord, org: OrgRecord): string {
  const name = w.name(host)
  if (org.kind === 'embassy') {
    return w.pick([
      `${name} qonağı salamlayaraq Azərbaycan ilə ${org.country?.az ?? ''} arasında dostluq münasibətlərinin miqrasiya sahəsində əməkdaşlıq üçün yaxşı zəmin yaratdığını bildirib. O, qonağa Xidmətin strukturu və əsas fəaliyyət istiqamətləri barədə məlumat verib.`,
      `${name} səfiri salamlayaraq iki ölkə arasında əlaqələrin müxtəlif sahələrdə uğurla inkişaf etdiyini qeyd edib. O, Azərbaycanda yaşayan və işləyən ${azGenitive(org.country?.az ?? '')} vətəndaşlarına lazımi dəstəyin göstərildiyini bildirib.`,
    ])
  }
  if (org.kind === 'business') {
    return `${name} işgüzar dairələrlə müntəzəm görüşlərin əhəmiyyətini və onların dövlət və özəl sektor arasında dialoqun inkişafına müsbət töhfəsini vurğulayıb. O, işəgötürənlərin təklif və rəylərinin prosedurların təkmilləşdirilməsi zamanı nəzərə alındığını bildirib.`
  }
  return w.choose([
    () => `${name} qonaqları salamlayaraq ${w.agencyAs('Dövlət Miqrasiya Xidməti')} ilə ${w.orgShort(org)} arasında uzunmüddətli və səmərəli əməkdaşlığın mövcud olduğunu qeyd edib. O, son illərdə birgə həyata keçirilən layihələrin Xidmətin institusional potensialının gücləndirilməsinə töhfə verdiyini vurğulayıb.`,
    () => `${name} ${azGenitive(w.org(org))} Xidmətin əsas beynəlxalq tərəfdaşlarından biri olduğunu vurğulayıb. O, tərəfdaşlığın ekspert məsləhətləşmələrini, təlimləri və qabaqcıl təcrübə mübadiləsini əhatə etdiyini xatırladıb.`,
  ])
}

function contextAz(w: Writer, org: OrgRecord, plan: Plan): string {
  const since = Math.max(2000, plan.year - 3 - (plan.variant % 12))
  const projects = 3 + (plan.variant % 14)
  const focus = org.focus.filter((id) => id !== 'international-cooperation' && topicFits(id, plan.year)).slice(0, 2)
  const areas = focus.length ? joinList(focus.map((id) => topicAz(w, id)), 'az') : 'miqrasiya idarəçiliyi'
  if (org.kind === 'embassy') {
    return 'Tərəflər iki ölkə arasında bağlanmış sazişlərin icrasını və son məsləhətləşmələrin nəticələrini nəzərdən keçiriblər. Qeyd olunub ki, miqrasiya məsələləri üzrə aidiyyəti qurumlar arasında məlumat mübadiləsi daha müntəzəm xarakter alıb, vətəndaşların konsulluq məsələləri isə operativ həll olunur.'
  }
  if (org.kind === 'business') {
    return `Təşkilat təxminən ${projects * 15} şirkəti birləşdirir və onların bir çoxu əcnəbi mütəxəssisləri işə cəlb edir. Ötən il üzv şirkətlər iş icazəsi üçün müraciətlərin əhəmiyyətli hissəsini təqdim ediblər, təşkilat isə ${areas} məsələləri üzrə üzvlərinin təkliflərini mütəmadi olaraq çatdırır.`
  }
  return `Xatırladılıb ki, ${w.orgShort(org)} ilə əməkdaşlıq ${since}-${azOrdinalSuffix(since)} ildən davam edir. Bu müddətdə ${projects} birgə layihə həyata keçirilib, təşkilatın Azərbaycandakı cari proqramı isə ${areas} sahələrini əhatə edir. Tərəflər sonuncu birgə tədqiqatın nəticələrinin gələcək fəaliyyətin planlaşdırılmasında istifadə olunacağını bildiriblər.`
}

function meetingAz(w: Writer, plan: Plan): Draft {
  const host = plan.host as PersonRecord
  const org = plan.partners[0] as OrgRecord
  const guest = plan.guests[0]
  const newcomer = guest && guest.group === 'ambassador' && guest.from === plan.year
  const counterpart = guest
    ? `${newcomer ? 'yeni təyin olunmuş ' : ''}${w.titled(guest)}`
    : org.kind === 'business'
      ? `${azGenitive(w.org(org))} üzvləri`
      : `${azGenitive(w.org(org))} nümayəndə heyəti`
  const venue = plan.place.online ? 'Görüş videokonfrans formatında keçirilib.' : `Görüş ${w.agencyAs('Dövlət Miqrasiya Xidmətində')} baş tutub.`
  const staff = plan.staff[0]
  const p1 = `${w.full(host)} ${counterpart} ilə görüşüb. ${venue}${staff ? ` Görüşdə ${w.titled(staff)} də iştirak edib.` : ''}`
  const p2 = welcome(w, host, org)
  const p3 = [topicSentence(w, plan.topics[0] as string, w.name(host)), topicSentence(w, plan.topics[0] as string, 'O,'), topicSentence(w, plan.topics[0] as string)].join(' ')
  const third = plan.topics[2]
  const p3b = third ? `${topicSentence(w, third, w.name(host))} ${topicSentence(w, third)} ${quoteAz(w, host, third)}` : quoteAz(w, host, plan.topics[0] as string)
  const second = plan.topics[1] ?? plan.topics[0] ?? 'international-cooperation'
  let p4: string
  if (guest) {
    const embassy = org.kind === 'embassy' ? ` Görüşdə ${azGenitive(w.org(org))} əməkdaşları da iştirak ediblər.` : ''
    p4 = `${w.name(guest)} göstərilən qonaqpərvərliyə görə təşəkkür edib. ${topicSentence(w, second, 'O,')} ${topicSentence(w, second)} ${quoteAz(w, guest, second)}${embassy}`
  } else {
    p4 = `${w.orgShort(org)} nümayəndələri görüşə görə təşəkkür edərək cari fəaliyyətləri barədə məlumat veriblər. ${topicSentence(w, second)}`
  }
  if (org.kind === 'business') p4 += ' İştirakçıların iş icazələri, yaşama icazələrinin uzadılması və əcnəbi işçilərin qeydiyyatı ilə bağlı sualları cavablandırılıb.'
  const [first, second_] = w.rng.sample(PROSPECTS, 2)
  const p5 = `${topicSentence(w, second)} ${topicSentence(w, plan.topics[0] as string)} ${discussionAz(w, plan.topics)} ${first} ${second_}`
  const p6 = w.pick(CLOSINGS)
  const role = w.roleOnly(host)
  const title =
    org.kind === 'embassy'
      ? w.choose([
          () => `${role} ${azGenitive(org.country?.az ?? '')} səfiri ilə görüşüb`,
          () => `Azərbaycan ilə ${org.country?.az ?? ''} arasında miqrasiya sahəsində əməkdaşlıq müzakirə olunub`,
          () => `${w.name(host)} ${azGenitive(org.country?.az ?? '')} ${newcomer ? 'yeni təyin olunmuş ' : ''}səfirini qəbul edib`,
        ])
      : org.kind === 'business'
        ? w.choose([
            () => `${role} ${azGenitive(w.org(org))} üzvləri ilə görüşüb`,
            () => `İşgüzar dairələrin nümayəndələrinə miqrasiya prosedurları barədə məlumat verilib`,
            () => `${w.orgShort(org)} ilə görüşdə işəgötürənlərin sualları cavablandırılıb`,
          ])
        : w.choose([
            () => `${role} ${w.orgShort(org)} nümayəndələri ilə görüşüb`,
            () => `${w.orgShort(org)} ilə əməkdaşlıq məsələləri müzakirə olunub`,
            () => `${capitalise(topicAz(w, plan.topics[0] as string))} sahəsində əməkdaşlığın perspektivləri müzakirə edilib`,
            () => `${w.name(host)} ${w.orgShort(org)} nümayəndə heyətini qəbul edib`,
          ])
  return { title, paragraphs: [p1, p2, contextAz(w, org, plan), p3, p3b, p4, p5, p6] }
}

function trainingAz(w: Writer, plan: Plan): Draft {
  const org = plan.partners[0] as OrgRecord
  const subject = TRAINING_SUBJECTS[plan.variant] as (typeof TRAINING_SUBJECTS)[number]
  const [people, days] = plan.figures as [number, number]
  w.topic('capacity-building')
  const p1 = `${w.agencyAs('Dövlət Miqrasiya Xidmətinin')} əməkdaşları üçün ${w.org(org)} ilə birgə “${subject[2]}” mövzusunda ${days} günlük təlim keçirilib. Təlimdə mərkəzi aparatın və regional idarələrin ${people} əməkdaşı iştirak edib.`
  const opener = plan.host ?? plan.staff[0]
  const p2 = opener
    ? `Təlimi ${plan.host ? w.full(opener) : w.titled(opener)} açaraq əməkdaşların peşəkarlığının artırılmasının göstərilən xidmətlərin keyfiyyətinə birbaşa təsir etdiyini vurğulayıb. ${topicSentence(w, subject[1], 'O,')}`
    : `Təlimin açılışında əməkdaşların peşəkarlığının artırılmasının xidmətlərin keyfiyyətinə birbaşa təsir etdiyi vurğulanıb.`
  const p3 = `${w.orgShort(org)} ekspertləri bu sahədə beynəlxalq standartlar və qabaqcıl təcrübə barədə məlumat veriblər. ${topicSentence(w, subject[1])} ${topicSentence(w, 'capacity-building')}`
  const p3b = `Proqram çərçivəsində müvafiq milli qanunvericilik və onun praktikada tətbiqi, eləcə də digər dövlət qurumları ilə əlaqələndirmə məsələlərinə ayrıca sessiyalar həsr olunub. Vurğulanıb ki, əməkdaşların peşəkar inkişafı vətəndaşlara və əcnəbilərə göstərilən xidmətlərin keyfiyyəti ilə birbaşa bağlıdır, tərəfdaş ölkələrə təcrübə səfərləri isə qabaqcıl təcrübənin öyrənilməsinə imkan verir.`
  const p4 = w.pick([
    'Təlim nəzəri hissə ilə yanaşı praktiki tapşırıqları və real hallara əsaslanan situasiya təhlillərini əhatə edib.',
    'İştirakçılar kiçik qruplarda praktiki hallar üzərində işləyib və həll yollarını təqdim ediblər.',
  ])
  const p5 = 'Sonda iştirakçılara sertifikatlar təqdim olunub, təlimlər silsiləsinin davam etdirilməsi razılaşdırılıb.'
  const title = w.choose([
    () => `${w.agencyAs('Dövlət Miqrasiya Xidmətinin')} əməkdaşları üçün “${subject[2]}” mövzusunda təlim keçirilib`,
    () => `${w.orgShort(org)} ekspertləri miqrasiya əməkdaşları üçün təlim keçiriblər`,
    () => `Təlim: ${subject[2]}`,
  ])
  return { title, paragraphs: [p1, p2, p3, p3b, p4, p5] }
}

const AGREEMENT_KINDS_AZ = ['anlaşma memorandumu', 'əməkdaşlıq memorandumu', 'əməkdaşlıq haqqında saziş']

function agreementAz(w: Writer, plan: Plan): Draft {
  const org = plan.partners[0] as OrgRecord
  const host = plan.host as PersonRecord
  const guest = plan.guests[0]
  const kind = AGREEMENT_KINDS_AZ[plan.variant % 3] as string
  const signers = guest ? `${w.full(host)} və ${w.titled(guest)}` : `${w.full(host)} və ${azGenitive(w.org(org))} rəhbəri`
  const p1 = `${w.agencyAs('Dövlət Miqrasiya Xidməti')} ilə ${w.org(org)} arasında ${kind} imzalanıb. Sənədi ${signers} imzalayıblar.`
  const [t0, t1] = plan.topics as [string, string]
  const p2 = `${w.name(host)} bildirib ki, sənəd ${topicAz(w, t0)} və ${topicAz(w, t1)} sahələrində əməkdaşlıq üçün yeni imkanlar açır. ${topicSentence(w, t0, 'O,')} ${topicSentence(w, t0)} ${topicSentence(w, t1)}`
  const p3 = `${capitalise(kind)} birgə tədqiqatlar, təcrübə mübadiləsi, tədbirlərin və təlimlərin təşkilini nəzərdə tutur. Sənəd ${plan.variant + 1} il müddətinə qüvvədə olacaq və tərəflərin razılığı ilə uzadıla bilər.`
  const p4 = guest ? `${w.name(guest)} sənədin tərəfdaşlığı daha da möhkəmləndirəcəyinə əminliyini ifadə edib. ${quoteAz(w, guest, t1)}` : topicSentence(w, t1)
  w.topic('international-cooperation')
  const p5 = `${w.rng.sample(PROSPECTS, 2).join(' ')} Tərəflərin hər biri tərəfindən məsul əlaqələndiricilər təyin olunub.`
  const title = w.choose([
    () => `Dövlət Miqrasiya Xidməti ilə ${w.orgShort(org)} arasında ${kind} imzalanıb`,
    () => `${w.orgShort(org)} ilə əməkdaşlıq müqavilə əsasına keçirilib`,
    () => `DMX və ${w.orgShort(org)} ${kind} imzalayıb`,
  ])
  return { title, paragraphs: [p1, p2, p3, p4, p5] }
}

function periodAz(plan: Plan): string {
  const period = reportingPeriod(plan)
  const year = `${period.year}-${azOrdinalSuffix(period.year)}`
  if (period.kind === 'year') return `${year} ildə`
  if (period.kind === 'quarter') return `${year} ilin ${MONTHS.az[period.month - 3]}–${MONTHS.az[period.month - 1]} aylarında`
  return `${year} ilin ${MONTHS.az[period.month - 1]} ayında`
}

function statisticsAz(w: Writer, plan: Plan): Draft {
  const [temporary, permanent, work, registered, citizenship, violations, online] = plan.figures as number[]
  const total = Math.round(((temporary as number) + (permanent as number) + (work as number)) * 1.18)
  const period = periodAz(plan)
  w.topic('migration-statistics')
  w.topic('legal-residence')
  w.topic('work-permits')
  w.topic('registration')
  const parts = [
    `${capitalise(period)} ${w.agencyAs('Dövlət Miqrasiya Xidmətinə')} əcnəbilərdən və vətəndaşlığı olmayan şəxslərdən ${formatCount(total, 'az')} müraciət daxil olub. Müraciətlərin ${online} faizi elektron qaydada təqdim edilib.`,
    `Hesabat dövründə ${formatCount(temporary as number, 'az')} əcnəbiyə və vətəndaşlığı olmayan şəxsə müvəqqəti, ${formatCount(permanent as number, 'az')} nəfərə isə daimi yaşama icazəsi verilib. Ödənişli əmək fəaliyyəti ilə məşğul olmaq üçün ${formatCount(work as number, 'az')} iş icazəsi verilib.`,
    `${formatCount(registered as number, 'az')} əcnəbi yaşayış yeri üzrə qeydiyyata alınıb.`,
  ]
  if (plan.topics.includes('citizenship')) {
    w.topic('citizenship')
    parts.push(`Vətəndaşlığa qəbul, vətəndaşlığın bərpası və ona xitam verilməsi ilə bağlı ${formatCount(citizenship as number, 'az')} müraciətə baxılıb.`)
  }
  if (plan.topics.includes('illegal-migration')) {
    w.topic('illegal-migration')
    parts.push(`Eyni dövrdə qalma qaydalarını pozmuş ${formatCount(violations as number, 'az')} əcnəbi və vətəndaşlığı olmayan şəxs müəyyən edilib, onlardan ${formatCount(Math.round((violations as number) * 0.35), 'az')} nəfər ölkədən inzibati qaydada çıxarılıb.`)
  }
  const growth = 3 + ((plan.variant * 7) % 19)
  parts.push(`Ötən ilin müvafiq dövrü ilə müqayisədə müvəqqəti yaşama icazələrinin sayı ${growth} faiz ${plan.variant % 4 === 0 ? 'azalıb' : 'artıb'}, iş icazələrinin sayı isə ${((growth * 3) % 17) + 2} faiz artıb. Qeyd olunub ki, etibarlı miqrasiya statistikası sübuta əsaslanan miqrasiya siyasətinin əsasını təşkil edir.`)
  parts.push('Ətraflı statistik məlumatlar Xidmətin rəsmi internet saytının “Statistika” bölməsində yerləşdirilib.')
  const label = period.replace(/ ayında$/, ' ayı').replace(/ aylarında$/, ' ayları').replace(/ ildə$/, ' il')
  const title = w.pick([`${capitalise(label)} üzrə miqrasiya statistikası`, `${capitalise(period)} ${formatCount(work as number, 'az')} iş icazəsi verilib`, `${capitalise(label)} üzrə statistik məlumat`])
  return { title, paragraphs: parts }
}

function pandemicAz(w: Writer, plan: Plan): Draft {
  const [y, m, d] = plan.figures as [number, number, number]
  const until = `${azYear(y)} ${d} ${MONTHS.az[m - 1]}`
  const cabinet = plan.partners[0] as OrgRecord
  w.topic('covid-19')
  const second = plan.topics[1] as string
  const parts = [
    `${w.orgShort(cabinet)} yanında Operativ Qərargahın qərarına əsasən, ölkəni tərk edə bilməyən əcnəbilərin və vətəndaşlığı olmayan şəxslərin müvəqqəti olma müddəti ${until} tarixinədək uzadılıb.`,
    'Bu müddət ərzində qalma müddətini pozmağa görə əcnəbilərə inzibati tənbeh tədbirləri tətbiq edilməyəcək. Qeyd olunub ki, pandemiya dövründə miqrant işçilərin həyat və sağlamlığının qorunması prioritet vəzifə kimi müəyyən edilib.',
    `Bundan əlavə, ${topicAz(w, second)} ilə bağlı müraciətlər elektron qaydada qəbul edilir. ${topicSentence(w, second)}`,
  ]
  const host = plan.host
  if (host) parts.push(`${w.full(host)} bildirib ki, əcnəbilərin qeyri-qanuni vəziyyətə düşməməsi üçün Operativ Qərargahın qərarları operativ şəkildə icra olunur. ${quoteAz(w, host, 'covid-19')}`)
  parts.push(`Vətəndaşlardan və əcnəbilərdən ${w.agencyAs('Dövlət Miqrasiya Xidmətinin')} rəsmi məlumatlarını izləmələri və xidmət zallarına gələrkən sanitar-gigiyenik qaydalara əməl etmələri xahiş olunur.`)
  const title = w.pick([`Əcnəbilərin müvəqqəti olma müddəti ${until} tarixinədək uzadılıb`, 'COVID-19 pandemiyası ilə əlaqədar görülən tədbirlər', 'Xüsusi karantin rejimi dövründə müraciətlər elektron qaydada qəbul edilir'])
  return { title, paragraphs: parts }
}

/** Azerbaijani writers by theme id. */
export const AZ_WRITERS: Record<string, DraftWriter> = {
  'meeting-international': meetingAz,
  'meeting-ambassador': meetingAz,
  'meeting-business': meetingAz,
  training: trainingAz,
  agreement: agreementAz,
  statistics: statisticsAz,
  pandemic: pandemicAz,
}
