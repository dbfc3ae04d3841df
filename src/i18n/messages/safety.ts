/**
 * Texts for what the app refuses or fails closed on: unknown widget presets,
 * corpus addresses it will not load, load failures, and archives from another
 * site.
 */
const en = {
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
