/** Interface texts for the safety area in Azerbaijani; the keys mirror `../safety.ts`. */
import type en from '../safety.ts'

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

export default az
