/** Interface texts of the embeddable widget and the "embed this search" dialog. */
const en = {
  back: 'Back to results',
  original: 'Original announcement',
  problems: 'This search widget is set up with problems:',
  poweredBy: 'Search by Pressroom',
  embed: {
    open: 'Embed this search',
    title: 'Embed this search on your site',
    intro: 'Paste one of these snippets into your page. The search keeps the current filters; visitors can search within them.',
    element: 'Custom element',
    iframe: 'Frame',
    copy: 'Copy snippet',
    copied: 'Copied',
    preview: 'Preview',
    close: 'Close',
    facetsLabel: 'Filter panels in the widget',
    theme: 'Theme',
    pageSize: 'Results per page',
  },
}

const az: typeof en = {
  back: 'Nəticələrə qayıt',
  original: 'Orijinal elan',
  problems: 'Bu axtarış vidceti problemlərlə qurulub:',
  poweredBy: 'Pressroom ilə axtarış',
  embed: {
    open: 'Bu axtarışı yerləşdir',
    title: 'Bu axtarışı saytınızda yerləşdirin',
    intro: 'Bu kod parçalarından birini səhifənizə yapışdırın. Axtarış cari filtrləri saxlayır; ziyarətçilər onların daxilində axtara bilər.',
    element: 'Xüsusi element',
    iframe: 'Çərçivə',
    copy: 'Kodu kopyala',
    copied: 'Kopyalandı',
    preview: 'Önizləmə',
    close: 'Bağla',
    facetsLabel: 'Vidcetdəki filtr panelləri',
    theme: 'Mövzu',
    pageSize: 'Səhifədə nəticə sayı',
  },
}

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

export default { en, az, ru }
