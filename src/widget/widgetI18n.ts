/**
 * The widget's interface texts: every area the search, a release and the
 * problem notices use, without the entity pages' texts (the widget has no
 * entity pages; an entity link becomes a filter).
 */
import { composeI18n } from '../i18n/compose.ts'
import search from '../i18n/messages/search.ts'
import release from '../i18n/messages/release.ts'
import widget from '../i18n/messages/widget.ts'
import problems from '../i18n/messages/problems.ts'
import safety from '../i18n/messages/safety.ts'

export function createWidgetI18n() {
  return composeI18n('en', { search, release, widget, problems, safety })
}
