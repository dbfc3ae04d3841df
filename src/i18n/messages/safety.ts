/**
 * Texts for what the app refuses or fails closed on: unknown widget presets,
 * corpus addresses it will not load, load failures, and archives from another
 * site. `problem.<code>` translates a coded problem `{ path, code, params }`.
 */
const en = {
  problem: {
    presetUnknown: '{attribute}="{value}": nothing in this archive has this id, so this filter matches no release',
    corpusScheme: 'corpus="{value}": {scheme} addresses are refused; give the http(s) address of an announcements/v1 file',
    corpusOrigin: 'corpus="{value}": this site does not show archives from {origin}. Allowed: {allowed}',
    corpusInvalid: 'corpus="{value}": not a web address',
    loadHttp: 'The server answered {status} for {url}.',
    loadHtml: 'The server sent a web page (HTML) instead of the archive at {url}.',
    loadTimeout: 'The server stopped sending {url} for {seconds} s.',
    loadNetwork: 'The archive at {url} could not be downloaded ({detail}). If it is on another site, that site must allow cross-origin requests.',
    loadEmpty: 'The archive at {url} is empty.',
    loadWorker: 'The search could not start in this browser ({detail}).',
  },
  preset: {
    title: 'This search is set up with ids the archive does not have:',
    nothing: 'The search is limited to ids this archive does not have, so it shows no releases.',
  },
  failure: {
    refusedTitle: 'This archive address is refused',
  },
  origin: {
    banner: 'This archive comes from {host}, not from this site.',
  },
}

const az: typeof en = {
  problem: {
    presetUnknown: '{attribute}="{value}": bu arxivdə belə identifikator yoxdur, ona görə bu filtr heç bir elana uyğun gəlmir',
    corpusScheme: 'corpus="{value}": {scheme} ünvanları qəbul edilmir; announcements/v1 faylının http(s) ünvanını göstərin',
    corpusOrigin: 'corpus="{value}": bu sayt {origin} ünvanından arxiv göstərmir. İcazə verilənlər: {allowed}',
    corpusInvalid: 'corpus="{value}": veb ünvan deyil',
    loadHttp: 'Server {url} üçün {status} cavabını verdi.',
    loadHtml: 'Server {url} ünvanında arxiv əvəzinə veb səhifə (HTML) göndərdi.',
    loadTimeout: 'Server {seconds} saniyə ərzində {url} göndərməyi dayandırdı.',
    loadNetwork: '{url} ünvanındakı arxiv yüklənə bilmədi ({detail}). Arxiv başqa saytdadırsa, həmin sayt saytlararası sorğulara icazə verməlidir.',
    loadEmpty: '{url} ünvanındakı arxiv boşdur.',
    loadWorker: 'Axtarış bu brauzerdə başlaya bilmədi ({detail}).',
  },
  preset: {
    title: 'Bu axtarış arxivdə olmayan identifikatorlarla qurulub:',
    nothing: 'Axtarış bu arxivdə olmayan identifikatorlarla məhdudlaşdırılıb, ona görə heç bir elan göstərilmir.',
  },
  failure: {
    refusedTitle: 'Bu arxiv ünvanı qəbul edilmir',
  },
  origin: {
    banner: 'Bu arxiv bu saytdan deyil, {host} saytından gəlir.',
  },
}

const ru: typeof en = {
  problem: {
    presetUnknown: '{attribute}="{value}": в этом архиве нет такого идентификатора, поэтому этот фильтр не находит ни одного сообщения',
    corpusScheme: 'corpus="{value}": адреса {scheme} не принимаются; укажите http(s)-адрес файла announcements/v1',
    corpusOrigin: 'corpus="{value}": этот сайт не показывает архивы с {origin}. Разрешены: {allowed}',
    corpusInvalid: 'corpus="{value}": это не веб-адрес',
    loadHttp: 'Сервер ответил {status} на запрос {url}.',
    loadHtml: 'Вместо архива по адресу {url} сервер прислал веб-страницу (HTML).',
    loadTimeout: 'Сервер перестал передавать {url} на {seconds} с.',
    loadNetwork: 'Не удалось загрузить архив {url} ({detail}). Если он на другом сайте, этот сайт должен разрешать межсайтовые запросы.',
    loadEmpty: 'Архив по адресу {url} пуст.',
    loadWorker: 'Поиск не удалось запустить в этом браузере ({detail}).',
  },
  preset: {
    title: 'Этот поиск настроен на идентификаторы, которых нет в архиве:',
    nothing: 'Поиск ограничен идентификаторами, которых нет в этом архиве, поэтому сообщений не показано.',
  },
  failure: {
    refusedTitle: 'Этот адрес архива не принимается',
  },
  origin: {
    banner: 'Этот архив загружен не с этого сайта, а с {host}.',
  },
}

export default { en, az, ru }
