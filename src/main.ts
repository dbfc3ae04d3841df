import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createPressroomRouter } from './router/index.ts'
import { createPressroomI18n, initialLanguage } from './i18n/index.ts'
import { useCorpusStore } from './stores/corpus.ts'
import { corpusAddress } from './config.ts'
import './styles/tokens.css'
import './styles/elements.css'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(createPressroomI18n(initialLanguage()))
// Start-up in short tasks instead of one long one (the main thread never blocks long): the
// script's evaluation; the corpus download (its worker); the router (its first navigation fetches
// the page's view); the first render (App.vue finds the corpus already opening).
setTimeout(() => {
  useCorpusStore(pinia).open(corpusAddress(new URLSearchParams(location.search).get('corpus')))
  setTimeout(() => {
    app.use(createPressroomRouter())
    setTimeout(() => app.mount('#app'))
  })
})
