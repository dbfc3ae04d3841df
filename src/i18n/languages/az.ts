/** The app's interface texts in Azerbaijani: every area. */
import { languageTexts } from '../compose.ts'
import base from '../az.ts'
import search from '../messages/az/search.ts'
import release from '../messages/az/release.ts'
import entity from '../messages/az/entity.ts'
import widget from '../messages/az/widget.ts'
import problems from '../messages/az/problems.ts'
import safety from '../messages/az/safety.ts'

export default languageTexts(base, { search, release, entity, widget, problems, safety })
