/** The widget's interface texts in English: the app's areas without the entity pages' (the widget has none). */
import { languageTexts } from '../../i18n/compose.ts'
import base from '../../i18n/en.ts'
import search from '../../i18n/messages/search.ts'
import release from '../../i18n/messages/release.ts'
import widget from '../../i18n/messages/widget.ts'
import problems from '../../i18n/messages/problems.ts'
import safety from '../../i18n/messages/safety.ts'

export default languageTexts(base, { search, release, widget, problems, safety })
