/** Interface texts for the widget area in Azerbaijani; the keys mirror `../widget.ts`. */
import type en from '../widget.ts'

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

export default az
