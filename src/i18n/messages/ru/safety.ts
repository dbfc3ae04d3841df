/** Interface texts for the safety area in Russian; the keys mirror `../safety.ts`. */
import type en from '../safety.ts'

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

export default ru
