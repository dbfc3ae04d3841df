import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createPressroomRouter } from './router/index.ts'
import { createPressroomI18n, initialLanguage } from './i18n/index.ts'
import './styles/tokens.css'
import './styles/elements.css'
import './styles/base.css'

const app = createApp(App)
app.use(createPinia())
app.use(createPressroomI18n(initialLanguage()))
// Start-up in three short tasks instead of one long one (the main thread never blocks long):
// the script's evaluation, then the router (its first navigation fetches the page's view), then
// the first render.
setTimeout(() => {
  app.use(createPressroomRouter())
  setTimeout(() => app.mount('#app'))
})
