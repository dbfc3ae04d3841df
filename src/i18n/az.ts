import type en from './en.ts'

/** Azerbaijani interface texts. */
export default {
  app: {
    name: 'Pressroom',
    tagline: 'Bütün elanlar, axtarışla',
    skip: 'Məzmuna keç',
    nav: { label: 'Əsas', search: 'Axtarış', officials: 'Rəsmilər', organisations: 'Təşkilatlar', topics: 'Mövzular' },
    language: 'İnterfeys dili',
    synthetic: 'Nümunə arxiv: yaradılmış mətnlər, real elanlar deyil.',
    source: 'Mənbə: {name}',
    publisher: 'Naşir: {name}',
  },
  load: {
    download: 'Arxiv yüklənir… {loaded} / {total}',
    downloadUnknown: 'Arxiv yüklənir… {loaded}',
    parse: 'Arxiv oxunur…',
    progressLabel: 'Arxiv yüklənir',
    reading: 'Arxiv yüklənir: {loaded} / {total}; ən yeni press-relizlər artıq göstərilir.',
    readingUnknown: 'Arxiv yüklənir: {loaded}; ən yeni press-relizlər artıq göstərilir.',
    indexingShort: 'Tam mətn axtarışı üçün indeksləmə: {total} press-relizdən {indexed}',
    failedTitle: 'Arxivi yükləmək mümkün olmadı',
    retry: 'Yenidən cəhd et',
    problemsTitle: 'Bu arxivdə problemlər var | Bu arxivdə bir problem var | Bu arxivdə {n} problem var',
    problemsKept: 'Saxlanılan və axtarılan düzgün press-relizlər: {kept}. Buraxıldı: {skipped} yanlış press-reliz, {references} naməlum istinad.',
    moreProblems: '…və daha {n}.',
    warnings: 'Xəbərdarlıqlar: {n} (relizlər saxlanıldı) | Xəbərdarlıqlar: {n} (relizlər saxlanıldı)',
  },
  results: {
    count: 'Press-reliz yoxdur | Bir press-reliz | {n} press-reliz',
    newest: 'Ən yeni press-relizlər',
    empty: 'Uyğun press-reliz yoxdur.',
    page: 'Səhifə {page} / {pages}',
  },
  type: {
    meeting: 'Görüş', visit: 'Səfər', conference: 'Konfrans', training: 'Təlim', agreement: 'Saziş',
    statement: 'Bəyanat', operation: 'Əməliyyat', statistics: 'Statistika', other: 'Digər',
  },
} satisfies typeof en
