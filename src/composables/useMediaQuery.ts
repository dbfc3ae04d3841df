/** Whether a CSS media query matches, kept up to date. */
import { onScopeDispose, readonly, shallowRef } from 'vue'

/** The width below which the search page uses its phone layout (facets in a drawer). */
export const PHONE_QUERY = '(max-width: 759.98px)'

export function useMediaQuery(query: string) {
  const list = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined
  const matches = shallowRef(list?.matches ?? false)
  const onChange = (event: MediaQueryListEvent) => {
    matches.value = event.matches
  }
  list?.addEventListener('change', onChange)
  onScopeDispose(() => list?.removeEventListener('change', onChange))
  return readonly(matches)
}
