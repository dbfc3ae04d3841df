/** The widget's interface texts in Russian: the app's areas without the entity pages' (the widget has none). */
import { languageTexts } from '../../i18n/compose.ts'
import base from '../../i18n/ru.ts'
import search from '../../i18n/messages/ru/search.ts'
import release from '../../i18n/messages/ru/release.ts'
import widget from '../../i18n/messages/ru/widget.ts'
import problems from '../../i18n/messages/ru/problems.ts'
import safety from '../../i18n/messages/ru/safety.ts'

export default languageTexts(base, { search, release, widget, problems, safety })
