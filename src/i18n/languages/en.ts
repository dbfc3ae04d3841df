/** The app's interface texts in English: every area. */
import { languageTexts } from '../compose.ts'
import base from '../en.ts'
import search from '../messages/search.ts'
import release from '../messages/release.ts'
import entity from '../messages/entity.ts'
import widget from '../messages/widget.ts'
import problems from '../messages/problems.ts'
import safety from '../messages/safety.ts'

export default languageTexts(base, { search, release, entity, widget, problems, safety })
