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
app.use(createPressroomRouter())
app.use(createPressroomI18n(initialLanguage()))
app.mount('#app')
