/**
 * Entity suggestions for the text in the search box: asks the worker a short
 * while after typing stops, keeps only the newest answer, and is empty for
 * empty text.
 */
import { onScopeDispose, readonly, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { EntitySuggestion } from '../worker/protocol.ts'
import { Superseded } from '../worker/client.ts'
import { useCorpusStore } from '../stores/corpus.ts'

/** Pause after the last keystroke before asking for suggestions. */
export const SUGGEST_DELAY_MS = 120
/** Most suggestions shown. */
export const SUGGEST_LIMIT = 8

export function useEntitySuggestions(text: MaybeRefOrGetter<string>, delayMs = SUGGEST_DELAY_MS) {
  const corpus = useCorpusStore()
  const suggestions = shallowRef<EntitySuggestion[]>([])
  let timer: ReturnType<typeof setTimeout> | undefined
  let asked = 0

  async function ask(prefix: string, ticket: number): Promise<void> {
    const client = corpus.client
    if (!client || !corpus.ready) return
    try {
      const found = await client.suggest(prefix, SUGGEST_LIMIT)
      if (ticket === asked) suggestions.value = found
    } catch (cause) {
      if (!(cause instanceof Superseded) && ticket === asked) suggestions.value = []
    }
  }

  watch(
    () => toValue(text).trim(),
    (prefix) => {
      clearTimeout(timer)
      const ticket = ++asked
      if (!prefix) {
        suggestions.value = []
        return
      }
      timer = setTimeout(() => void ask(prefix, ticket), delayMs)
    },
  )
  onScopeDispose(() => clearTimeout(timer))

  return { suggestions: readonly(suggestions) }
}
