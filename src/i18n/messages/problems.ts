/**
 * Texts of coded problems (corpus, search requests, widget attributes), by UI
 * language. English comes from `src/core/problems.ts`, which the command line
 * prints; az and ru must have every code with the same placeholders (the type
 * and a unit test check it). Texts follow a path and do not repeat it.
 */
import { PROBLEM_TEXTS, type ProblemCode, type ProblemCost } from '../../core/problems.ts'

type Texts = Record<ProblemCode, string>

const az: Texts = {
  'json.empty': 'fayl boşdur',
  'json.truncated': 'mətn düzgün JSON deyil: vaxtından əvvəl, {line}-ci sətirdə bitir; fayl kəsilib?',
  'json.syntax': 'mətn düzgün JSON deyil: {line}-ci sətir, {column}-ci sütunda sintaksis xətası',
  'json.invalid': 'mətn düzgün JSON deyil',
  'json.html': '{source} JSON korpusu deyil, HTML səhifəsidir; ünvanı yoxlayın',
  'corpus.notObject': 'korpus JSON obyekti olmalıdır',
  'schema.missing': 'yoxdur; bu versiya {supported} oxuyur',
  'schema.unsupported': '{value} bu versiyanın tanıdığı sxem deyil; o, {supported} oxuyur',
  'releases.missing': 'yoxdur; relizlərin siyahısı gözlənilirdi',
  'source.missing': 'yoxdur; arxiv mənbə adı olmadan göstərilir',
  'field.unknown': 'announcements/v1 formatının sahəsi deyil və nəzərə alınmadı',
  'item.notObject': 'obyekt olmalıdır',
  'value.missing': 'yoxdur',
  'value.empty': 'boşdur',
  'value.notString': 'mətn olmalıdır',
  'value.notList': 'siyahı olmalıdır',
  'value.notBoolean': 'true və ya false olmalıdır',
  'value.notLanguageMap': 'dil kodu → mətn obyekti olmalıdır',
  'date.notString': '"YYYY-MM-DD" şəklində mətn olmalıdır',
  'date.notCalendar': '{value} təqvim tarixi deyil',
  'url.notHttp': '{value} http(s) ünvanı deyil',
  'lang.invalid': '{value} "en" kimi dil kodu deyil',
  'id.duplicate': '{value} {first} ilə təkrarlanır',
  'reference.unknown': '{value} {table} cədvəlində heç bir qeydin id-si deyil',
  'organisation.unknown': '{value} heç bir təşkilatın id-si deyil',
  'translation.unknown': '{value} heç bir relizin id-si deyil',
  'param.notText': 'mətn deyil',
  'param.tooLong': '{max} simvoldan uzundur; qalanı kəsildi',
  'param.notId': 'düzgün id deyil',
  'param.tooMany': '{max}-dan çox dəyər',
  'param.notDate': 'tarix deyil (YYYY, YYYY-MM və ya YYYY-MM-DD)',
  'range.swapped': 'başlanğıcdan ({from}) əvvəldir; iki tarixin yeri dəyişdirildi',
  'param.notSort': 'bunlardan biri deyil: {allowed}',
  'param.notPage': '1-dən {max}-dək səhifə nömrəsi deyil',
  'param.notPageSize': '1-dən {max}-dək səhifə ölçüsü deyil',
  'param.repeated': 'bir neçə dəfə verilib ({count}); yalnız birincisi istifadə olundu',
  'param.repeatedCombined': 'bir neçə dəfə verilib ({count}); dəyərlər birləşdirildi',
  'param.badEncoding': '%-kodlaşdırması pozulub; yazıldığı kimi oxundu',
  'attribute.missingCorpus': 'atribut yoxdur; onu announcements/v1 JSON faylının ünvanına təyin edin',
  'attribute.unsafeUrl': 'http(s) və ya nisbi ünvan istifadə edin',
  'attribute.notId': 'id deyil; "iom,unhcr" kimi vergüllə ayrılmış id-lər yazın',
  'attribute.pageSize': '1-dən {max}-dək tam ədəd yazın',
  'attribute.notFacet': '{value} filtr deyil; none və ya bunlardan bəzilərini yazın: {allowed}',
  'attribute.theme': 'bunlardan birini yazın: {allowed}',
  'attribute.linkBase': 'http(s) ünvanı və ya / ilə başlayan yol yazın',
  'attribute.notDate': '2019, 2019-06 və ya 2019-06-30 kimi tarix yazın',
  'attribute.uiLang': 'en, az və ya ru yazın',
  'filter.unknownId': 'bu arxivdə heç nəyin id-si deyil; axtarış onu nəzərə almır',
  'query.tooManyWords': '{max}-dan çox söz; yalnız ilk {max} söz axtarıldı',
  'preset.unknownId': 'bu arxivdə belə identifikator yoxdur, ona görə bu filtr heç bir elana uyğun gəlmir',
  'corpus.refusedScheme': '{scheme} ünvanları qəbul edilmir; announcements/v1 faylının http(s) ünvanını göstərin',
  'corpus.refusedOrigin': 'bu sayt {origin} ünvanından arxiv göstərmir; icazə verilənlər: {allowed}',
  'corpus.notAddress': 'veb ünvan deyil',
  'load.http': 'server {url} üçün {status} cavabını verdi',
  'load.html': 'server {url} ünvanında arxiv əvəzinə veb səhifə (HTML) göndərdi',
  'load.timeout': 'server {seconds} saniyə ərzində {url} göndərməyi dayandırdı',
  'load.network': '{url} ünvanındakı arxiv yüklənə bilmədi ({detail}); arxiv başqa saytdadırsa, həmin sayt saytlararası sorğulara icazə verməlidir',
  'load.empty': '{url} ünvanındakı arxiv boşdur',
  'load.worker': 'axtarış bu brauzerdə başlaya bilmədi ({detail})',
}

const ru: Texts = {
  'json.empty': 'файл пуст',
  'json.truncated': 'текст — не корректный JSON: он обрывается в строке {line}; файл не обрезан?',
  'json.syntax': 'текст — не корректный JSON: синтаксическая ошибка в строке {line}, столбце {column}',
  'json.invalid': 'текст — не корректный JSON',
  'json.html': '{source} — это HTML-страница, а не JSON-корпус; проверьте адрес',
  'corpus.notObject': 'корпус должен быть JSON-объектом',
  'schema.missing': 'отсутствует; эта версия читает {supported}',
  'schema.unsupported': '{value} — схема, которую эта версия не понимает; она читает {supported}',
  'releases.missing': 'отсутствует; ожидался список сообщений',
  'source.missing': 'отсутствует; архив показан без названия источника',
  'field.unknown': 'не является полем announcements/v1 и пропущено',
  'item.notObject': 'должно быть объектом',
  'value.missing': 'отсутствует',
  'value.empty': 'пусто',
  'value.notString': 'должно быть строкой',
  'value.notList': 'должно быть списком',
  'value.notBoolean': 'должно быть true или false',
  'value.notLanguageMap': 'должно быть объектом «код языка → текст»',
  'date.notString': 'должно быть строкой "YYYY-MM-DD"',
  'date.notCalendar': '{value} — не календарная дата',
  'url.notHttp': '{value} — не адрес http(s)',
  'lang.invalid': '{value} — не код языка вроде "en"',
  'id.duplicate': '{value} повторяет {first}',
  'reference.unknown': '{value} — не id ни одной записи в {table}',
  'organisation.unknown': '{value} — не id ни одной организации',
  'translation.unknown': '{value} — не id ни одного сообщения',
  'param.notText': 'не текст',
  'param.tooLong': 'длиннее {max} символов; остаток отброшен',
  'param.notId': 'не является корректным id',
  'param.tooMany': 'больше {max} значений',
  'param.notDate': 'не дата (YYYY, YYYY-MM или YYYY-MM-DD)',
  'range.swapped': 'раньше начала ({from}); даты поменяны местами',
  'param.notSort': 'не одно из значений: {allowed}',
  'param.notPage': 'не номер страницы от 1 до {max}',
  'param.notPageSize': 'не размер страницы от 1 до {max}',
  'param.repeated': 'указан несколько раз ({count}); использовано только первое значение',
  'param.repeatedCombined': 'указан несколько раз ({count}); значения объединены',
  'param.badEncoding': 'содержит испорченную %-кодировку; прочитано как написано',
  'attribute.missingCorpus': 'атрибут не задан; укажите в нём адрес JSON-файла announcements/v1',
  'attribute.unsafeUrl': 'укажите адрес http(s) или относительный адрес',
  'attribute.notId': 'не id; укажите id через запятую, например "iom,unhcr"',
  'attribute.pageSize': 'укажите целое число от 1 до {max}',
  'attribute.notFacet': '{value} — не фильтр; укажите none или некоторые из: {allowed}',
  'attribute.theme': 'укажите одно из: {allowed}',
  'attribute.linkBase': 'укажите адрес http(s) или путь, начинающийся с /',
  'attribute.notDate': 'укажите дату, например 2019, 2019-06 или 2019-06-30',
  'attribute.uiLang': 'укажите en, az или ru',
  'filter.unknownId': 'не id ничего в этом архиве; поиск его не учитывает',
  'query.tooManyWords': 'больше {max} слов; искались только первые {max}',
  'preset.unknownId': 'в этом архиве нет такого идентификатора, поэтому этот фильтр не находит ни одного сообщения',
  'corpus.refusedScheme': 'адреса {scheme} не принимаются; укажите http(s)-адрес файла announcements/v1',
  'corpus.refusedOrigin': 'этот сайт не показывает архивы с {origin}; разрешены: {allowed}',
  'corpus.notAddress': 'это не веб-адрес',
  'load.http': 'сервер ответил {status} на запрос {url}',
  'load.html': 'вместо архива по адресу {url} сервер прислал веб-страницу (HTML)',
  'load.timeout': 'сервер перестал передавать {url} на {seconds} с',
  'load.network': 'не удалось загрузить архив {url} ({detail}); если он на другом сайте, этот сайт должен разрешать межсайтовые запросы',
  'load.empty': 'архив по адресу {url} пуст',
  'load.worker': 'поиск не удалось запустить в этом браузере ({detail})',
}

/** Short notes of what a corpus problem cost, shown beside it. */
const costEn: Record<ProblemCost, string> = {
  document: 'the archive could not be read',
  release: 'release skipped',
  entry: 'entry skipped',
  field: 'field ignored',
  reference: 'reference skipped',
  value: 'value ignored',
  nothing: 'nothing lost',
}
const costAz: Record<ProblemCost, string> = {
  document: 'arxiv oxuna bilmədi',
  release: 'reliz buraxıldı',
  entry: 'qeyd buraxıldı',
  field: 'sahə nəzərə alınmadı',
  reference: 'istinad buraxıldı',
  value: 'dəyər nəzərə alınmadı',
  nothing: 'heç nə itməyib',
}
const costRu: Record<ProblemCost, string> = {
  document: 'архив не прочитан',
  release: 'сообщение пропущено',
  entry: 'запись пропущена',
  field: 'поле пропущено',
  reference: 'ссылка пропущена',
  value: 'значение пропущено',
  nothing: 'ничего не потеряно',
}

type Tree = { [key: string]: string | Tree }

/** Codes are dotted (`json.html`); the i18n lookup walks dots, so they become a tree. */
function nest(texts: Texts): Tree {
  const tree: Tree = {}
  for (const [code, text] of Object.entries(texts)) {
    const parts = code.split('.')
    let node = tree
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree
    node[parts[parts.length - 1] as string] = text
  }
  return tree
}

/** The flat tables, for tests. */
export const PROBLEM_TEXTS_BY_LANGUAGE: Record<'en' | 'az' | 'ru', Texts> = { en: { ...PROBLEM_TEXTS }, az, ru }

export default {
  en: { code: nest(PROBLEM_TEXTS_BY_LANGUAGE.en), cost: costEn },
  az: { code: nest(az), cost: costAz },
  ru: { code: nest(ru), cost: costRu },
}
