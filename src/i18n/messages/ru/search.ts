/** Interface texts for the search area in Russian; the keys mirror `../search.ts`. */
import type en from '../search.ts'

/** Russian plural forms are avoided by wording ("Найдено сообщений: 5"), as the default rule knows only zero/one/many. */
const ru: typeof en = {
  title: 'Поиск по пресс-релизам',
  placeholder: 'Имена, организации, темы или слова',
  submit: 'Найти',
  shortcut: 'Нажмите /, чтобы перейти к поиску из любого места страницы.',
  suggestions: {
    label: 'Подсказки',
    status: 'Подсказок нет | Одна подсказка; выберите её клавишами со стрелками. | Подсказок: {count}; выбирайте клавишами со стрелками.',
    count: 'сообщений: {count}',
    kind: { officials: 'Должностное лицо', organisations: 'Организация', topics: 'Тема' },
  },
  facets: {
    label: 'Фильтры',
    officials: 'Должностное лицо',
    organisations: 'Организация-партнёр',
    topics: 'Тема',
    type: 'Тип',
    lang: 'Язык',
    filter: 'Отфильтровать список: {facet}',
    filterPlaceholder: 'Начните вводить…',
    noMatch: 'Ничего не найдено по запросу «{text}».',
    none: 'В этих результатах нет.',
    more: 'Показать все ({count})',
    less: 'Свернуть',
  },
  date: {
    legend: 'Дата',
    from: 'С',
    to: 'По',
    presets: 'Периоды',
    preset: { last12: 'Последние 12 месяцев', thisYear: 'Этот год', lastYear: 'Прошлый год', pandemic: 'Пандемия 2020–2021', all: 'За всё время' },
  },
  histogram: {
    year: 'Сообщения по годам',
    month: 'Сообщения по месяцам',
    hint: 'Выберите столбец, чтобы задать его период; для диапазона проведите по столбцам (или выберите с Shift).',
    bar: '{period}: сообщений нет | {period}: одно сообщение | {period}: сообщений — {count}',
    waiting: 'Шкала времени появится, когда будет прочитан весь архив.',
  },
  chips: {
    label: 'Активные фильтры',
    remove: 'Убрать фильтр:',
    query: '«{text}»',
    queryKind: 'Слова',
    range: '{from} – {to}',
    from: 'с {date}',
    to: 'по {date}',
    clearAll: 'Сбросить всё',
  },
  sort: { label: 'Сортировка', relevance: 'По релевантности', newest: 'Сначала новые', oldest: 'Сначала старые' },
  tools: { feed: 'Лента Atom: {name}' },
  results: {
    heading: 'Результаты',
    newest: 'Новые сообщения',
    count: 'Сообщений не найдено | Найдено одно сообщение | Найдено сообщений: {count}',
    partial: 'Поиск идёт по {indexed} из {total} сообщений; остальные ещё индексируются.',
    page: 'страница {page} из {pages}',
    keyboard: 'Перемещайтесь по результатам клавишами со стрелками вверх и вниз (или j и k).',
    entities: 'Упоминаются',
  },
  fallback: 'Ни одно сообщение не содержит все слова {terms}; показаны сообщения, где есть хотя бы одно из них.',
  zero: {
    title: 'Подходящих сообщений нет',
    tips: 'Проверьте написание, используйте меньше слов или другие слова либо расширьте период.',
    remove: 'Попробуйте убрать фильтр:',
    emptyTitle: 'В этом архиве нет сообщений',
    emptyText: 'Архив загружен, но в нём нет ни одного сообщения, поэтому искать пока нечего.',
  },
  invalid: {
    title: 'Часть адреса была проигнорирована',
    item: '{param}={value} ({reason})',
    field: '{param} ({reason})',
    dismiss: 'Закрыть',
  },
  drawer: {
    open: 'Фильтры | Фильтры ({count}) | Фильтры ({count})',
    close: 'Закрыть',
    show: 'Нет сообщений | Показать одно сообщение | Показать сообщения ({count})',
  },
  pagination: { label: 'Страницы результатов', previous: 'Назад', next: 'Вперёд', page: 'Страница {page}' },
  failed: { title: 'Поиск не удался', detail: 'Ответ поискового движка: {message}', retry: 'Повторить' },
}

export default ru
