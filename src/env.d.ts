/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

interface ImportMetaEnv {
  /** Origins besides the app's own that may serve a corpus (see src/config.ts). */
  readonly VITE_PRESSROOM_CORPUS_ORIGINS?: string
}
