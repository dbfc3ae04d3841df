/**
 * Sets `document.title` to "<title> · <app name>" while the calling component
 * is mounted and restores the previous title when it goes.
 */
import { onScopeDispose, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'

export function useDocumentTitle(title: MaybeRefOrGetter<string | undefined>, appName: MaybeRefOrGetter<string>): void {
  if (typeof document === 'undefined') return
  const previous = document.title
  watchEffect(() => {
    const value = toValue(title)
    document.title = value ? `${value} · ${toValue(appName)}` : toValue(appName)
  })
  onScopeDispose(() => {
    document.title = previous
  })
}
