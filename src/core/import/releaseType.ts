/**
 * The kind of a release (meeting, visit, conference, training, agreement,
 * statement, operation, statistics, other), from cue words in its title and
 * opening paragraphs in English, Azerbaijani and Russian. The title weighs most.
 */
import type { ReleaseType } from '../corpus/types.ts'
import { PhraseMatcher } from './phraseMatcher.ts'

/** Cue words by release type; where several types score the same, the earlier one wins. */
export const TYPE_CUES: ReadonlyArray<readonly [ReleaseType, readonly string[]]> = [
  ['agreement', [
    'memorandum of understanding', 'memorandum', 'signed an agreement', 'agreement was signed', 'signing ceremony', 'signed',
    'anlaşma memorandumu', 'memorandumu', 'imzalanıb', 'imzalandı', 'imzalanması', 'saziş',
    'меморандум', 'подписали', 'подписан', 'подписано', 'подписание', 'соглашение о сотрудничестве']],
  ['training', [
    'training', 'trainings', 'seminar', 'workshop', 'training course', 'capacity building', 'webinar', 'study session',
    'təlim', 'təlimlər', 'seminar', 'vebinar', 'təlim kursu',
    'тренинг', 'семинар', 'обучение', 'учебный курс', 'вебинар']],
  ['conference', [
    'conference', 'forum', 'round table', 'roundtable', 'summit', 'panel discussion',
    'konfrans', 'forum', 'dəyirmi masa', 'sammit',
    'конференция', 'конференции', 'форум', 'круглый стол', 'саммит']],
  ['visit', [
    'visit', 'visited', 'official visit', 'study visit', 'paid a visit', 'toured',
    'səfər', 'səfəri', 'ziyarət edib', 'ziyarət etdi', 'səfərə gəlib',
    'визит', 'посетил', 'посетила', 'посетили', 'посещение', 'с визитом']],
  ['operation', [
    'raid', 'raids', 'operation', 'operational measures', 'operational-preventive measures', 'detained', 'were detained',
    'were identified', 'were deported', 'deported', 'expelled', 'inspections',
    'reyd', 'reydlər', 'əməliyyat', 'əməliyyat-profilaktik tədbirlər', 'saxlanılıb', 'aşkar edilib', 'inzibati qaydada çıxarılıb', 'ölkədən çıxarılıb',
    'рейд', 'рейды', 'оперативно-профилактические мероприятия', 'задержаны', 'задержан', 'выявлены', 'выдворены', 'выдворен']],
  ['statistics', [
    'statistics', 'statistical data', 'in the first half of', 'in the first quarter of', 'in the first nine months', 'in the past year',
    'statistika', 'statistik məlumat', 'ilin birinci yarısında', 'ilin ilk', 'rübündə',
    'статистика', 'статистические данные', 'в первом полугодии', 'за первое полугодие', 'в первом квартале']],
  ['statement', [
    'statement', 'announcement', 'informs', 'warns', 'reminds', 'attention of', 'appeal', 'notice',
    'bəyanat', 'məlumat verir', 'xəbərdarlıq', 'diqqətinə', 'müraciət edir', 'xatırladır',
    'заявление', 'сообщает', 'предупреждает', 'напоминает', 'вниманию', 'обращение']],
  ['meeting', [
    'meeting', 'meetings', 'met', 'met with', 'received', 'talks', 'video conferencing', 'video conference', 'videoconference',
    'online meeting', 'exchange of views', 'discussed',
    'görüş', 'görüşüb', 'görüşdü', 'görüşü', 'qəbul edib', 'qəbul etdi', 'videokonfrans', 'fikir mübadiləsi',
    'встреча', 'встречи', 'встретился', 'встретилась', 'принял', 'приняла', 'переговоры', 'видеоконференция', 'обмен мнениями']],
]

/** How much a cue in the title counts against one in the opening paragraphs. */
const TITLE_WEIGHT = 3

let matcher: PhraseMatcher<ReleaseType> | undefined
function cueMatcher(): PhraseMatcher<ReleaseType> {
  if (!matcher) {
    matcher = new PhraseMatcher<ReleaseType>()
    for (const [type, cues] of TYPE_CUES) for (const cue of cues) matcher.add(cue, type)
  }
  return matcher
}

/**
 * Classifies a release by its title and opening text.
 * @example classifyReleaseType('Memorandum signed with IOM', '') // 'agreement'
 */
export function classifyReleaseType(title: string, opening: string): ReleaseType {
  const scores = new Map<ReleaseType, number>()
  for (const m of cueMatcher().find(title)) scores.set(m.value, (scores.get(m.value) ?? 0) + TITLE_WEIGHT)
  for (const m of cueMatcher().find(opening)) scores.set(m.value, (scores.get(m.value) ?? 0) + 1)
  let best: ReleaseType = 'other'
  let bestScore = 0
  for (const [type] of TYPE_CUES) {
    const score = scores.get(type) ?? 0
    if (score > bestScore) {
      best = type
      bestScore = score
    }
  }
  return best
}
