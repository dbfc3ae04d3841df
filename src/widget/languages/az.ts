/** The widget's interface texts in Azerbaijani: the app's areas without the entity pages' (the widget has none). */
import { languageTexts } from '../../i18n/compose.ts'
import base from '../../i18n/az.ts'
import search from '../../i18n/messages/az/search.ts'
import release from '../../i18n/messages/az/release.ts'
import widget from '../../i18n/messages/az/widget.ts'
import problems from '../../i18n/messages/az/problems.ts'
import safety from '../../i18n/messages/az/safety.ts'

export default languageTexts(base, { search, release, widget, problems, safety })
