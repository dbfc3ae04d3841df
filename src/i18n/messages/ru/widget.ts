/** Interface texts for the widget area in Russian; the keys mirror `../widget.ts`. */
import type en from '../widget.ts'

const ru: typeof en = {
  back: 'Назад к результатам',
  original: 'Исходное сообщение',
  problems: 'Виджет поиска настроен с ошибками:',
  poweredBy: 'Поиск Pressroom',
  embed: {
    open: 'Встроить этот поиск',
    title: 'Встройте этот поиск на свой сайт',
    intro: 'Вставьте один из фрагментов кода на свою страницу. Поиск сохраняет текущие фильтры; посетители смогут искать внутри них.',
    element: 'Пользовательский элемент',
    iframe: 'Фрейм',
    copy: 'Скопировать код',
    copied: 'Скопировано',
    preview: 'Предпросмотр',
    close: 'Закрыть',
    facetsLabel: 'Панели фильтров в виджете',
    theme: 'Тема',
    pageSize: 'Результатов на странице',
  },
}

export default ru
