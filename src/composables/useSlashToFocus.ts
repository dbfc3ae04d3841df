/**
 * `/` focuses a field from anywhere on the page, unless someone is typing in
 * another field (or uses a modifier key).
 */
import { onBeforeUnmount, onMounted, toValue, type MaybeRefOrGetter } from 'vue'

/** True when key presses on this element type text (inputs, text areas, selects, editable content). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const element = target as HTMLElement
  if (element.isContentEditable) return true
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true
  if (element instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(element.type)
  return false
}

export function useSlashToFocus(field: MaybeRefOrGetter<HTMLElement | null | undefined>): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
    if (isTypingTarget(event.target)) return
    const element = toValue(field)
    if (!element) return
    event.preventDefault()
    element.focus()
    if (element instanceof HTMLInputElement) element.select()
  }
  onMounted(() => document.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown))
}
