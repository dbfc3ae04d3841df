/**
 * The <pressroom-search> custom element, an ES module for partner sites:
 *
 *   <script type="module" src="https://press.example.org/widget/pressroom-search.js"></script>
 *   <pressroom-search corpus="https://press.example.org/corpus.json" organisation="iom"></pressroom-search>
 *
 * Each element gets its own Vue app (stores, i18n) inside an open shadow root;
 * elements with the same corpus URL share one worker, download and index.
 * The module defines nothing global but the element.
 */
import { preexistingVueGlobals, VUE_GLOBALS } from './globalsBefore.ts'
import { defineCustomElement } from 'vue'
import { createPinia } from 'pinia'
import { createWidgetI18n } from './widgetI18n.ts'
import PressroomWidget from './PressroomWidget.vue'
import WidgetLink from './WidgetLink.vue'

export const PressroomSearchElement = defineCustomElement(PressroomWidget, {
  shadowRoot: true,
  configureApp(app) {
    app.use(createPinia())
    app.use(createWidgetI18n())
    // The search components link with RouterLink; the widget has no router.
    app.component('RouterLink', WidgetLink)
  },
})

if (!customElements.get('pressroom-search')) customElements.define('pressroom-search', PressroomSearchElement)

// Vue keeps its own references to these registries; the globals only let later
// Vue copies join them, which a widget on someone else's page should not invite.
for (const name of VUE_GLOBALS) {
  if (!preexistingVueGlobals.has(name)) delete (globalThis as Record<string, unknown>)[name]
}
