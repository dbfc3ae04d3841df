/** The app's interface texts in Russian: every area. */
import { languageTexts } from '../compose.ts'
import base from '../ru.ts'
import search from '../messages/ru/search.ts'
import release from '../messages/ru/release.ts'
import entity from '../messages/ru/entity.ts'
import widget from '../messages/ru/widget.ts'
import problems from '../messages/ru/problems.ts'
import safety from '../messages/ru/safety.ts'

export default languageTexts(base, { search, release, entity, widget, problems, safety })
