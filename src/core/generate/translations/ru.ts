/**
 * Russian versions of the translated themes: the same story as the English
 * release, written so that names of people and organisations stay in the
 * nominative (as subjects, abbreviations or «quoted» names).
 */
import type { OrgRecord, PersonRecord } from '../entities.ts'
import { capitalise, formatCount, joinList, lowerFirst, MONTHS } from '../phrasing.ts'
import { TRAINING_SUBJECTS } from '../themes/events.ts'
import { topicFits } from '../themes/casting.ts'
import { reportingPeriod } from '../themes/notices.ts'
import type { Draft, DraftWriter, Plan } from '../themes/types.ts'
import type { Writer } from '../writer.ts'

/** Past-tense verb agreeing with the person's gender: "отметил" / "отметила". */
function verb(person: PersonRecord, masculine: string): string {
  if (person.gender === 'm') return masculine
  return masculine.endsWith('ся') ? `${masculine.slice(0, -2)}ась` : masculine.endsWith('ёл') ? `${masculine.slice(0, -2)}ела` : `${masculine}а`
}

function pronoun(person: PersonRecord): string {
  return person.gender === 'm' ? 'Он' : 'Она'
}

const ABBREVIATION = /^[A-ZА-ЯЁ0-9\- ]+$/

/** The organisation after a preposition or in an oblique case: an abbreviation, or «name» after a generic noun. */
function orgOblique(w: Writer, org: OrgRecord, noun: string): string {
  const short = org.ruShort
  if (short && ABBREVIATION.test(short)) return w.orgShort(org)
  return `${noun} «${w.org(org)}»`
}

/** The organisation as a grammatical subject. */
function orgSubject(w: Writer, org: OrgRecord): string {
  const short = org.ruShort
  return short && ABBREVIATION.test(short) ? w.orgShort(org) : w.org(org)
}

function topicGen(w: Writer, id: string): string {
  return w.topic(id).ruGen
}

function topicSentence(w: Writer, id: string, speaker?: PersonRecord, subject?: string): string {
  const t = topicGen(w, id)
  if (speaker) {
    const s = subject ?? w.name(speaker)
    return w.fresh('ru-topic-speaker', [
      `${s} ${verb(speaker, 'сообщил')} о работе, проводимой в сфере ${t}.`,
      `${s} ${verb(speaker, 'отметил')}, что в сфере ${t} последовательно проводятся меры по упрощению процедур.`,
      `${s} ${verb(speaker, 'подчеркнул')} важность изучения международного опыта в сфере ${t}.`,
      `${s} ${verb(speaker, 'отметил')}, что обращения по вопросам ${t} рассматриваются в сроки, установленные законодательством.`,
      `${s} ${verb(speaker, 'обратил')} внимание на значение продолжения совместных проектов в сфере ${t}.`,
    ])
  }
  return w.fresh('ru-topic', [
    `Было отмечено, что расширение сотрудничества в сфере ${t} отвечает интересам обеих сторон.`,
    `Подчёркнуто, что вопросы ${t} остаются одним из приоритетных направлений деятельности Службы.`,
    `Была представлена информация о текущей ситуации и задачах в сфере ${t}.`,
    `Отмечено, что совершенствование законодательства в сфере ${t} продолжается.`,
  ])
}

function quoteRu(w: Writer, person: PersonRecord, id: string): string {
  const name = w.name(person)
  const t = topicGen(w, id)
  return w.fresh('ru-quote', [
    `«Мы удовлетворены результатами сотрудничества в сфере ${t} и готовы его расширять», — ${verb(person, 'отметил')} ${name}.`,
    `«Наша общая цель — безопасная, упорядоченная и легальная миграция, и вопросы ${t} — важная часть этой работы», — ${verb(person, 'подчеркнул')} ${name}.`,
    `«Уверен, что шаги, согласованные сегодня в сфере ${t}, принесут реальную пользу людям», — ${verb(person, 'сказал')} ${name}.`.replace('Уверен,', person.gender === 'm' ? 'Уверен,' : 'Уверена,'),
    `«Обмен опытом очень ценен для нас, и мы продолжим совместную работу в сфере ${t}», — ${verb(person, 'добавил')} ${name}.`,
  ])
}

const PROSPECTS = [
  'Стороны договорились проводить регулярные консультации на экспертном уровне.',
  'Было предложено реализовать совместные программы обучения и обмена опытом.',
  'Стороны договорились подготовить совместный план мероприятий.',
]
const CLOSINGS = [
  'В завершение встречи стороны обсудили другие вопросы, представляющие взаимный интерес.',
  'Встреча прошла в тёплой и деловой атмосфере.',
  'В конце встречи была сделана памятная фотография.',
]

function welcome(w: Writer, host: PersonRecord, org: OrgRecord): string {
  const name = w.name(host)
  if (org.kind === 'embassy') {
    return `${name} ${verb(host, 'приветствовал')} гостя и ${verb(host, 'отметил')}, что дружественные отношения двух стран создают хорошую основу для сотрудничества в сфере миграции. ${pronoun(host)} ${verb(host, 'рассказал')} о структуре и основных направлениях деятельности Службы.`
  }
  if (org.kind === 'business') {
    return `${name} ${verb(host, 'подчеркнул')} важность регулярных встреч с деловыми кругами и их вклад в развитие диалога между государственным и частным секторами. ${pronoun(host)} ${verb(host, 'отметил')}, что предложения работодателей учитываются при совершенствовании процедур.`
  }
  return w.choose([
    () => `${name} ${verb(host, 'приветствовал')} гостей и ${verb(host, 'отметил')} многолетнее и плодотворное сотрудничество между ${w.agencyAs('ГМС')} и ${orgOblique(w, org, 'организацией')}. ${pronoun(host)} ${verb(host, 'подчеркнул')}, что совместные проекты последних лет внесли вклад в укрепление институционального потенциала Службы.`,
    () => `${name} ${verb(host, 'отметил')}, что ${orgSubject(w, org)} — один из ключевых международных партнёров Службы, а сотрудничество охватывает экспертные консультации, тренинги и обмен передовым опытом.`,
  ])
}

function contextRu(w: Writer, org: OrgRecord, plan: Plan): string {
  const since = Math.max(2000, plan.year - 3 - (plan.variant % 12))
  const projects = 3 + (plan.variant % 14)
  const focus = org.focus.filter((id) => id !== 'international-cooperation' && topicFits(id, plan.year)).slice(0, 2)
  const areas = focus.length ? joinList(focus.map((id) => topicGen(w, id)), 'ru') : 'управления миграцией'
  if (org.kind === 'embassy') {
    return 'Стороны рассмотрели ход выполнения соглашений между двумя странами и итоги последних консультаций. Отмечено, что обмен информацией по миграционным вопросам между профильными ведомствами стал более регулярным, а консульские вопросы граждан решаются оперативно.'
  }
  if (org.kind === 'business') {
    return `Организация объединяет около ${projects * 15} компаний, многие из которых привлекают иностранных специалистов. В прошлом году на их долю пришлась значительная часть обращений за разрешениями на работу, а организация регулярно передаёт предложения своих членов по вопросам ${areas}.`
  }
  return `Было напомнено, что сотрудничество с ${orgOblique(w, org, 'организацией')} продолжается с ${since} года. Число реализованных совместных проектов достигло ${projects}, а текущая программа организации в Азербайджане охватывает вопросы ${areas}. Стороны отметили, что результаты последнего совместного исследования будут использованы при планировании дальнейшей работы.`
}

function meetingRu(w: Writer, plan: Plan): Draft {
  const host = plan.host as PersonRecord
  const org = plan.partners[0] as OrgRecord
  const guest = plan.guests[0]
  const newcomer = guest && guest.group === 'ambassador' && guest.from === plan.year
  const where = plan.place.online ? 'в формате видеоконференции' : `в ${w.agencyAs('ГМС')}`
  const staff = plan.staff[0]
  const participant = guest
    ? `в которой ${verb(guest, 'принял')} участие ${newcomer ? 'недавно назначенный ' : ''}${lowerFirst(w.titled(guest))}`
    : org.kind === 'business'
      ? `с членами ${orgOblique(w, org, 'организации')}`
      : `с делегацией ${orgOblique(w, org, 'организации')}`
  const p1 = guest
    ? `${w.full(host)} ${verb(host, 'провёл')} встречу ${where}, ${participant}.${staff ? ` Во встрече также ${verb(staff, 'участвовал')} ${lowerFirst(w.titled(staff))}.` : ''}`
    : `${w.full(host)} ${verb(host, 'провёл')} встречу ${where} ${participant}.${staff ? ` Во встрече также ${verb(staff, 'участвовал')} ${lowerFirst(w.titled(staff))}.` : ''}`
  if (plan.place.online) w.agencyAs('ГМС')
  const p2 = welcome(w, host, org)
  const p3 = `${topicSentence(w, plan.topics[0] as string, host)} ${topicSentence(w, plan.topics[0] as string, host, pronoun(host))} ${topicSentence(w, plan.topics[0] as string)}`
  const third = plan.topics[2]
  const p3b = third ? `${topicSentence(w, third, host)} ${topicSentence(w, third)} ${quoteRu(w, host, third)}` : quoteRu(w, host, plan.topics[0] as string)
  const second = plan.topics[1] ?? plan.topics[0] ?? 'international-cooperation'
  let p4: string
  if (guest) {
    const embassy = org.kind === 'embassy' ? ` ${w.org(org)} было также представлено на встрече консульскими сотрудниками.` : ''
    p4 = `${w.name(guest)} ${verb(guest, 'поблагодарил')} за тёплый приём. ${topicSentence(w, second, guest, pronoun(guest))} ${topicSentence(w, second)} ${quoteRu(w, guest, second)}${embassy}`
  } else {
    p4 = `Представители ${orgOblique(w, org, 'организации')} поблагодарили за встречу и рассказали о своей текущей деятельности. ${topicSentence(w, second)}`
  }
  if (org.kind === 'business') p4 += ' Участникам были даны ответы на вопросы о разрешениях на работу, продлении разрешений на проживание и регистрации иностранных работников.'
  const list = joinList(plan.topics.map((id) => topicGen(w, id)), 'ru')
  const p5 = `${topicSentence(w, second)} ${topicSentence(w, plan.topics[0] as string)} ${w.pick([`В ходе встречи стороны обменялись мнениями по вопросам ${list}.`, `Стороны обсудили перспективы сотрудничества в сфере ${list}.`])} ${w.rng.sample(PROSPECTS, 2).join(' ')}`
  const p6 = w.pick(CLOSINGS)
  const title =
    org.kind === 'embassy'
      ? w.choose([
          () => `Руководство ${w.agencyAs('ГМС')} встретилось с послом ${org.country?.ruGen ?? ''}`,
          () => `Вопросы ${topicGen(w, plan.topics[0] as string)} обсуждены с послом ${org.country?.ruGen ?? ''}`,
          () => `В ${w.agencyAs('ГМС')} состоялась встреча с ${newcomer ? 'новым ' : ''}послом ${org.country?.ruGen ?? ''}`,
        ])
      : org.kind === 'business'
        ? w.choose([
            () => `Руководство ${w.agencyAs('ГМС')} встретилось с членами ${orgOblique(w, org, 'организации')}`,
            () => 'Представителям бизнеса рассказали о миграционных процедурах',
            () => `${w.agencyAs('ГМС')} и ${orgSubject(w, org)} обсудили вопросы ${topicGen(w, plan.topics[0] as string)}`,
          ])
        : w.choose([
            () => `${w.agencyAs('ГМС')} и ${orgSubject(w, org)} обсудили вопросы ${topicGen(w, plan.topics[0] as string)}`,
            () => `Состоялась встреча с представителями ${orgOblique(w, org, 'организации')}`,
            () => `Обсуждены перспективы сотрудничества с ${orgOblique(w, org, 'организацией')}`,
            () => `Руководство ${w.agencyAs('ГМС')} провело встречу с делегацией ${orgOblique(w, org, 'организации')}`,
          ])
  return { title, paragraphs: [p1, p2, contextRu(w, org, plan), p3, p3b, p4, p5, p6] }
}

function trainingRu(w: Writer, plan: Plan): Draft {
  const org = plan.partners[0] as OrgRecord
  const subject = TRAINING_SUBJECTS[plan.variant] as (typeof TRAINING_SUBJECTS)[number]
  const [people, days] = plan.figures as [number, number]
  w.topic('capacity-building')
  const p1 = `Для сотрудников ${w.agencyAs('ГМС')} совместно с ${orgOblique(w, org, 'организацией')} проведён ${days}-дневный тренинг на тему «${subject[3]}». Число участников из центрального аппарата и региональных управлений составило ${people}.`
  const opener = plan.host ?? plan.staff[0]
  const p2 = opener
    ? `Открывая тренинг, ${lowerFirst(plan.host ? w.full(opener) : w.titled(opener))} ${verb(opener, 'подчеркнул')}, что профессиональное развитие сотрудников напрямую связано с качеством предоставляемых услуг. ${topicSentence(w, subject[1], opener, pronoun(opener))}`
    : 'На открытии тренинга было подчёркнуто, что профессиональное развитие сотрудников напрямую связано с качеством услуг.'
  const p3 = `Эксперты ${orgOblique(w, org, 'организации')} ознакомили участников с международными стандартами и передовым опытом в этой области. ${topicSentence(w, subject[1])} ${topicSentence(w, 'capacity-building')}`
  const p3b = 'Отдельные сессии программы были посвящены национальному законодательству и практике его применения, а также координации с другими государственными органами. Было подчёркнуто, что профессиональное развитие сотрудников напрямую связано с качеством услуг, оказываемых гражданам и иностранцам, а ознакомительные визиты в страны-партнёры позволяют изучать передовой опыт.'
  const p4 = w.pick(['Наряду с теоретической частью программа включала практические задания и разбор ситуаций из реальной практики.', 'Участники работали в малых группах над практическими кейсами и представили свои решения.'])
  const p5 = 'В завершение участникам были вручены сертификаты, и было решено продолжить серию тренингов.'
  const title = w.choose([
    () => `Для сотрудников ${w.agencyAs('ГМС')} проведён тренинг на тему «${subject[3]}»`,
    () => `Эксперты ${orgOblique(w, org, 'организации')} провели тренинг для сотрудников миграционной службы`,
    () => `Тренинг: ${subject[3]}`,
  ])
  return { title, paragraphs: [p1, p2, p3, p3b, p4, p5] }
}

const AGREEMENT_KINDS_RU = ['меморандум о взаимопонимании', 'меморандум о сотрудничестве', 'соглашение о сотрудничестве']

function years(n: number): string {
  const last = n % 10
  const teen = n % 100 >= 11 && n % 100 <= 14
  return teen || last === 0 || last >= 5 ? 'лет' : last === 1 ? 'год' : 'года'
}

function agreementRu(w: Writer, plan: Plan): Draft {
  const org = plan.partners[0] as OrgRecord
  const host = plan.host as PersonRecord
  const guest = plan.guests[0]
  const kind = AGREEMENT_KINDS_RU[plan.variant % 3] as string
  const p1 = `${w.agencyAs('ГМС')} и ${orgSubject(w, org)} подписали ${kind}. Документ ${guest ? `подписали ${lowerFirst(w.full(host))} и ${lowerFirst(w.titled(guest))}` : `${verb(host, 'подписал')} ${lowerFirst(w.full(host))}`}.`
  const [t0, t1] = plan.topics as [string, string]
  const p2 = `${w.name(host)} ${verb(host, 'отметил')}, что документ открывает новые возможности для сотрудничества в сфере ${topicGen(w, t0)} и ${topicGen(w, t1)}. ${topicSentence(w, t0, host, pronoun(host))} ${topicSentence(w, t0)} ${topicSentence(w, t1)}`
  const n = plan.variant + 1
  const p3 = `${capitalise(kind)} предусматривает совместные исследования, обмен опытом, организацию мероприятий и тренингов. Документ будет действовать ${n} ${years(n)} и может быть продлён по согласию сторон.`
  const p4 = guest ? `${w.name(guest)} ${verb(guest, 'выразил')} уверенность, что документ укрепит партнёрство. ${quoteRu(w, guest, t1)}` : topicSentence(w, t1)
  w.topic('international-cooperation')
  const p5 = `${w.rng.sample(PROSPECTS, 2).join(' ')} Каждая из сторон назначила ответственных координаторов.`
  const title = w.choose([
    () => `${w.agencyAs('ГМС')} и ${orgSubject(w, org)} подписали ${kind}`,
    () => `Сотрудничество с ${orgOblique(w, org, 'организацией')} закреплено документально`,
  ])
  return { title, paragraphs: [p1, p2, p3, p4, p5] }
}

function periodRu(plan: Plan): { during: string; label: string } {
  const period = reportingPeriod(plan)
  if (period.kind === 'year') return { during: `в ${period.year} году`, label: `${period.year} год` }
  if (period.kind === 'quarter') {
    return {
      during: `в ${MONTHS.ruIn[period.month - 3]}–${MONTHS.ruIn[period.month - 1]} ${period.year} года`,
      label: `${MONTHS.ruNom[period.month - 3]}–${MONTHS.ruNom[period.month - 1]} ${period.year} года`,
    }
  }
  return { during: `в ${MONTHS.ruIn[period.month - 1]} ${period.year} года`, label: `${MONTHS.ruNom[period.month - 1]} ${period.year} года` }
}

function statisticsRu(w: Writer, plan: Plan): Draft {
  const [temporary, permanent, work, registered, citizenship, violations, online] = plan.figures as number[]
  const total = Math.round(((temporary as number) + (permanent as number) + (work as number)) * 1.18)
  const { during, label } = periodRu(plan)
  w.topic('migration-statistics')
  w.topic('legal-residence')
  w.topic('work-permits')
  w.topic('registration')
  const parts = [
    `${capitalise(during)} число обращений иностранцев и лиц без гражданства в ${w.agencyAs('ГМС')} составило ${formatCount(total, 'ru')}. Доля обращений, поданных в электронном виде, достигла ${online}%.`,
    `Количество выданных разрешений на временное проживание составило ${formatCount(temporary as number, 'ru')}, на постоянное проживание — ${formatCount(permanent as number, 'ru')}. Число выданных разрешений на работу составило ${formatCount(work as number, 'ru')}.`,
    `Количество иностранцев, зарегистрированных по месту пребывания, составило ${formatCount(registered as number, 'ru')}.`,
  ]
  if (plan.topics.includes('citizenship')) {
    w.topic('citizenship')
    parts.push(`Рассмотрено обращений по вопросам приёма в гражданство, восстановления и выхода из гражданства: ${formatCount(citizenship as number, 'ru')}.`)
  }
  if (plan.topics.includes('illegal-migration')) {
    w.topic('illegal-migration')
    parts.push(`За тот же период выявлено нарушителей правил пребывания: ${formatCount(violations as number, 'ru')}; из них административно выдворены из страны: ${formatCount(Math.round((violations as number) * 0.35), 'ru')}.`)
  }
  const growth = 3 + ((plan.variant * 7) % 19)
  parts.push(`По сравнению с аналогичным периодом прошлого года количество разрешений на временное проживание ${plan.variant % 4 === 0 ? 'сократилось' : 'выросло'} на ${growth}%, а количество разрешений на работу выросло на ${((growth * 3) % 17) + 2}%. Отмечено, что достоверная миграционная статистика является основой миграционной политики, основанной на фактах.`)
  parts.push('Подробные статистические данные размещены в разделе «Статистика» на официальном сайте Службы.')
  const title = w.pick([`Миграционная статистика за ${label}`, `Статистические данные за ${label}`, `Итоги работы ГМС за ${label}`])
  if (title.includes('ГМС')) w.agencyAs('ГМС')
  return { title, paragraphs: parts }
}

function pandemicRu(w: Writer, plan: Plan): Draft {
  const [y, m, d] = plan.figures as [number, number, number]
  const until = `${d} ${MONTHS.ruGen[m - 1]} ${y} года`
  const cabinet = plan.partners[0] as OrgRecord
  w.topic('covid-19')
  const second = plan.topics[1] as string
  const parts = [
    `${w.org(cabinet)} по предложению Оперативного штаба продлил срок временного пребывания иностранцев и лиц без гражданства, которые не могут покинуть страну, до ${until}.`,
    'В этот период к иностранцам не будут применяться административные меры за нарушение сроков пребывания. Было отмечено, что защита жизни и здоровья трудящихся-мигрантов в период пандемии определена как приоритетная задача.',
    `Кроме того, обращения по вопросам ${topicGen(w, second)} принимаются в электронном виде. ${topicSentence(w, second)}`,
  ]
  const host = plan.host
  if (host) parts.push(`${w.full(host)} ${verb(host, 'отметил')}, что решения Оперативного штаба исполняются оперативно, чтобы иностранцы не оказались в незаконном положении. ${quoteRu(w, host, 'covid-19')}`)
  parts.push(`Гражданам и иностранцам рекомендуется следить за официальной информацией ${w.agencyAs('ГМС')} и соблюдать санитарно-гигиенические правила при посещении залов обслуживания.`)
  const title = w.pick([`Срок временного пребывания иностранцев продлён до ${until}`, 'Меры, принятые в связи с пандемией COVID-19', 'В период особого карантинного режима обращения принимаются в электронном виде'])
  return { title, paragraphs: parts }
}

/** Russian writers by theme id. */
export const RU_WRITERS: Record<string, DraftWriter> = {
  'meeting-international': meetingRu,
  'meeting-ambassador': meetingRu,
  'meeting-business': meetingRu,
  training: trainingRu,
  agreement: agreementRu,
  statistics: statisticsRu,
  pandemic: pandemicRu,
}
