/**
 * Azerbaijani personal names in the Azerbaijani alphabet and in their usual
 * Russian spelling, for composing the agency's staff and other local officials.
 */
import type { Gender } from './countries.ts'

/** A given name: Azerbaijani spelling, Russian spelling, gender. */
export type GivenName = readonly [az: string, ru: string, gender: Gender]
/** A surname in its masculine form: Azerbaijani spelling, Russian spelling. */
export type Surname = readonly [az: string, ru: string]

/** Given names. */
export const GIVEN_NAMES: readonly GivenName[] = [
  ['Rəşad', 'Рашад', 'm'], ['Elçin', 'Эльчин', 'm'], ['Tural', 'Турал', 'm'], ['Orxan', 'Орхан', 'm'],
  ['Anar', 'Анар', 'm'], ['Elnur', 'Эльнур', 'm'], ['Kamran', 'Камран', 'm'], ['Fərid', 'Фарид', 'm'],
  ['Ramil', 'Рамиль', 'm'], ['Samir', 'Самир', 'm'], ['Emin', 'Эмин', 'm'], ['Nicat', 'Ниджат', 'm'],
  ['Ceyhun', 'Джейхун', 'm'], ['Rövşən', 'Ровшан', 'm'], ['Elşən', 'Эльшан', 'm'], ['Zaur', 'Заур', 'm'],
  ['Rauf', 'Рауф', 'm'], ['Namiq', 'Намиг', 'm'], ['İlqar', 'Ильгар', 'm'], ['Azər', 'Азер', 'm'],
  ['Mübariz', 'Мубариз', 'm'], ['Vüqar', 'Вугар', 'm'], ['Şahin', 'Шахин', 'm'], ['Xəyal', 'Хаял', 'm'],
  ['Cavid', 'Джавид', 'm'], ['Tofiq', 'Тофиг', 'm'], ['Elvin', 'Эльвин', 'm'], ['Fuad', 'Фуад', 'm'],
  ['Yaşar', 'Яшар', 'm'], ['Nurlan', 'Нурлан', 'm'], ['Rüfət', 'Руфат', 'm'], ['Həsən', 'Гасан', 'm'],
  ['Hikmət', 'Хикмет', 'm'], ['Rasim', 'Расим', 'm'], ['Ülvi', 'Ульви', 'm'], ['Toğrul', 'Тогрул', 'm'],
  ['Aydın', 'Айдын', 'm'], ['Səbuhi', 'Сабухи', 'm'], ['Çingiz', 'Чингиз', 'm'], ['Əli', 'Али', 'm'],
  ['Nigar', 'Нигяр', 'f'], ['Günel', 'Гюнель', 'f'], ['Səbinə', 'Сабина', 'f'], ['Aynur', 'Айнур', 'f'],
  ['Leyla', 'Лейла', 'f'], ['Sevinc', 'Севиндж', 'f'], ['Ülviyyə', 'Ульвия', 'f'], ['Könül', 'Кёнуль', 'f'],
  ['Aygün', 'Айгюн', 'f'], ['Nərmin', 'Нармин', 'f'], ['Şəbnəm', 'Шабнам', 'f'], ['Fidan', 'Фидан', 'f'],
  ['Lalə', 'Лала', 'f'], ['Gülnarə', 'Гюльнара', 'f'], ['Türkan', 'Туркан', 'f'], ['Xədicə', 'Хадиджа', 'f'],
  ['Səidə', 'Саида', 'f'], ['Aytən', 'Айтен', 'f'], ['Çinarə', 'Чинара', 'f'], ['Mələk', 'Малак', 'f'],
]

/** Surnames. */
export const SURNAMES: readonly Surname[] = [
  ['Məmmədov', 'Мамедов'], ['Əliyev', 'Алиев'], ['Quliyev', 'Гулиев'], ['Həsənov', 'Гасанов'],
  ['Cəfərov', 'Джафаров'], ['İsmayılov', 'Исмаилов'], ['Abdullayev', 'Абдуллаев'], ['Rzayev', 'Рзаев'],
  ['Kərimov', 'Керимов'], ['Süleymanov', 'Сулейманов'], ['Nəsirov', 'Насиров'], ['Bağırov', 'Багиров'],
  ['Əhmədov', 'Ахмедов'], ['Qasımov', 'Гасымов'], ['Musayev', 'Мусаев'], ['Orucov', 'Оруджев'],
  ['Şükürov', 'Шукюров'], ['Xəlilov', 'Халилов'], ['Səfərov', 'Сафаров'], ['Vəliyev', 'Велиев'],
  ['Hacıyev', 'Гаджиев'], ['Rəhimov', 'Рагимов'], ['Zeynalov', 'Зейналов'], ['Babayev', 'Бабаев'],
  ['Əsgərov', 'Аскеров'], ['Mirzəyev', 'Мирзоев'], ['Nağıyev', 'Нагиев'], ['Talıbov', 'Талыбов'],
  ['Qurbanov', 'Гурбанов'], ['Yusifov', 'Юсифов'], ['Eyvazov', 'Эйвазов'], ['Sadıqov', 'Садыгов'],
  ['Cəbrayılov', 'Джабраилов'], ['Hümbətov', 'Гумбатов'], ['Əlizadə', 'Ализаде'], ['Məmmədli', 'Мамедли'],
  ['Allahverdiyev', 'Аллахвердиев'], ['Tağıyev', 'Тагиев'], ['Paşayev', 'Пашаев'], ['Şirinov', 'Ширинов'],
  ['Fərəcov', 'Фараджев'], ['Əkbərov', 'Акперов'], ['Hüseynzadə', 'Гусейнзаде'], ['Sultanlı', 'Султанлы'],
]

const LATIN: Record<string, string> = {
  ə: 'a', Ə: 'A', ı: 'i', İ: 'I', ş: 'sh', Ş: 'Sh', ç: 'ch', Ç: 'Ch', ğ: 'gh', Ğ: 'Gh',
  ö: 'o', Ö: 'O', ü: 'u', Ü: 'U', x: 'kh', X: 'Kh', q: 'g', Q: 'G', c: 'j', C: 'J',
}

/** The plain-Latin spelling used in English texts: "Vüsal Hüseynov" → "Vusal Huseynov". */
export function azToPlainLatin(text: string): string {
  let out = ''
  for (const ch of text) out += LATIN[ch] ?? ch
  return out
}

/** The feminine form of a surname, in Azerbaijani and Russian. */
export function feminineSurname([az, ru]: Surname): Surname {
  return /(ov|ev)$/.test(az) ? [`${az}a`, `${ru}а`] : [az, ru]
}
