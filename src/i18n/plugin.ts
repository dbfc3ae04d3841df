/**
 * A small i18n plugin with the part of vue-i18n's composition API that
 * Pressroom uses: `useI18n()` → `{ t, te, locale }`, and `$t` / `$te` in
 * templates. It costs about 1 kB where vue-i18n costs 23 kB gzip, a third of
 * the widget's budget (see docs/DECISIONS.md).
 */
import { inject, shallowRef, type App, type InjectionKey, type Ref } from 'vue'
import { formatMessage, type MessageParams } from './format.ts'

export type Messages = { [key: string]: string | Messages }

export interface Translator {
  locale: Ref<string>
  /**
   * `t(key)`, `t(key, params)`, `t(key, params, plural)`, `t(key, plural)` or
   * `t(key, plural, params | { named: params })` (vue-i18n's forms); a missing key returns the key.
   */
  t(key: string, first?: number | MessageParams, second?: number | MessageParams | { named: MessageParams }): string
  /** Whether a key exists in the current or fallback language. */
  te(key: string): boolean
  /**
   * Switches to `locale` once its texts are there, loading them first when the
   * translator was made with `loadMessages`; of several calls, the last one wins.
   */
  setLocale(locale: string): Promise<void>
}

export interface I18nOptions {
  locale: string
  fallbackLocale: string
  /** The languages loaded from the start: at least the fallback. */
  messages: Record<string, Messages>
  /** Loads a language that `messages` lacks (the widget loads az and ru on demand). */
  loadMessages?: (locale: string) => Promise<Messages | undefined>
}

const KEY: InjectionKey<Translator> = Symbol('pressroom.i18n')

function lookup(messages: Messages | undefined, key: string): string | undefined {
  let node: string | Messages | undefined = messages
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** Creates the plugin; `plugin.global` is the translator for use outside components. */
export function createI18n(options: I18nOptions) {
  const messages: Record<string, Messages> = { ...options.messages }
  const locale = shallowRef(options.locale)
  let requested = 0
  const find = (key: string) => lookup(messages[locale.value], key) ?? lookup(messages[options.fallbackLocale], key)
  const global: Translator = {
    locale,
    t(key, first, second) {
      const template = find(key)
      if (template === undefined) return key
      const plural = typeof first === 'number' ? first : typeof second === 'number' ? second : undefined
      const bag = typeof first === 'object' ? first : typeof second === 'object' ? second : undefined
      const params = bag && 'named' in bag && typeof bag.named === 'object' ? bag.named : (bag as MessageParams | undefined)
      return formatMessage(template, locale.value, plural, params)
    },
    te: (key) => find(key) !== undefined,
    async setLocale(next) {
      const request = ++requested
      if (!messages[next] && options.loadMessages) {
        // A language that fails to load leaves the current one in place.
        const loaded = await options.loadMessages(next).catch(() => undefined)
        if (loaded) messages[next] = loaded
      }
      if (request === requested && messages[next]) locale.value = next
    },
  }
  return {
    global,
    install(app: App) {
      app.provide(KEY, global)
      app.config.globalProperties.$t = global.t
      app.config.globalProperties.$te = global.te
    },
  }
}

/** The translator of the current app. */
export function useI18n(): Translator {
  const translator = inject(KEY)
  if (!translator) throw new Error('i18n is not installed in this app')
  return translator
}

declare module 'vue' {
  interface ComponentCustomProperties {
    $t: Translator['t']
    $te: Translator['te']
  }
}
