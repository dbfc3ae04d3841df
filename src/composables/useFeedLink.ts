/**
 * Puts `<link rel="alternate" type="application/atom+xml">` for a feed in the
 * document head while the calling component is mounted (and the href is set),
 * so browsers and feed readers find the page's feed.
 */
import { onScopeDispose, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'

export function useFeedLink(href: MaybeRefOrGetter<string | undefined>, title: MaybeRefOrGetter<string>): void {
  if (typeof document === 'undefined') return
  let link: HTMLLinkElement | undefined
  watchEffect(() => {
    const url = toValue(href)
    if (!url) {
      link?.remove()
      link = undefined
      return
    }
    link ??= document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'alternate', type: 'application/atom+xml' }))
    link.href = url
    link.title = toValue(title)
  })
  onScopeDispose(() => link?.remove())
}
