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
  },
  load: {
    download: 'Arxiv yüklənir… {loaded} / {total}',
    downloadUnknown: 'Arxiv yüklənir… {loaded}',
    parse: 'Arxiv oxunur…',
    restore: 'Axtarış indeksi bərpa olunur…',
    indexing: 'Tam mətn axtarışı {total} buraxılışdan {indexed}-ni əhatə edir; qalanları indekslənir.',
    failedTitle: 'Arxivi yükləmək mümkün olmadı',
    retry: 'Yenidən cəhd et',
    problemsTitle: 'Bu arxivdə problemlər var | Bu arxivdə bir problem var | Bu arxivdə {n} problem var',
    problemsKept: '{kept} düzgün buraxılış axtarılır; {skipped} buraxılış və {references} istinad buraxıldı.',
    moreProblems: '…və daha {n}.',
    warnings: '{n} xəbərdarlıq (heç nə itmədi)',
  },
  results: {
    count: 'Buraxılış yoxdur | Bir buraxılış | {n} buraxılış',
    newest: 'Ən yeni buraxılışlar',
    empty: 'Uyğun buraxılış yoxdur.',
    page: 'Səhifə {page} / {pages}',
  },
  type: {
    meeting: 'Görüş', visit: 'Səfər', conference: 'Konfrans', training: 'Təlim', agreement: 'Saziş',
    statement: 'Bəyanat', operation: 'Əməliyyat', statistics: 'Statistika', other: 'Digər',
  },
} satisfies typeof en
