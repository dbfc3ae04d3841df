import type en from './en.ts'

/** Russian interface texts. */
export default {
  app: {
    name: 'Pressroom',
    tagline: 'Все сообщения — с поиском',
    skip: 'Перейти к содержимому',
    nav: { label: 'Основное', search: 'Поиск', officials: 'Должностные лица', organisations: 'Организации', topics: 'Темы' },
    language: 'Язык интерфейса',
    synthetic: 'Пример архива: сгенерированные тексты, а не настоящие сообщения.',
    source: 'Источник: {name}',
    publisher: 'Издатель: {name}',
  },
  load: {
    download: 'Загрузка архива… {loaded} из {total}',
    downloadUnknown: 'Загрузка архива… {loaded}',
    parse: 'Чтение архива…',
    progressLabel: 'Загрузка архива',
    reading: 'Загрузка архива: {loaded} из {total}; новейшие сообщения уже показаны.',
    readingUnknown: 'Загрузка архива: {loaded}; новейшие сообщения уже показаны.',
    indexingShort: 'Индексация для полнотекстового поиска: {indexed} из {total} сообщений',
    failedTitle: 'Не удалось загрузить архив',
    retry: 'Повторить',
    problemsTitle: 'В архиве есть проблемы | В архиве {n} проблема | В архиве {n} проблемы | В архиве {n} проблем',
    problemsKept: 'Корректных сообщений, доступных для поиска: {kept}. Пропущено некорректных сообщений: {skipped}, неизвестных ссылок: {references}.',
    moreProblems: '…и ещё {n}.',
    warnings: 'Предупреждений: {n} (сообщения сохранены) | Предупреждений: {n} (сообщения сохранены)',
  },
  results: {
    count: 'Нет сообщений | {n} сообщение | {n} сообщения | {n} сообщений',
    newest: 'Новые сообщения',
    empty: 'Сообщений не найдено.',
    page: 'Страница {page} из {pages}',
  },
  type: {
    meeting: 'Встреча', visit: 'Визит', conference: 'Конференция', training: 'Тренинг', agreement: 'Соглашение',
    statement: 'Заявление', operation: 'Операция', statistics: 'Статистика', other: 'Другое',
  },
} satisfies typeof en
