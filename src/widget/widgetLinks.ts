/**
 * Links inside the widget, without a router: the search components' RouterLink
 * is replaced by WidgetLink, which turns a route into an href (into the full
 * app when `link-base` is set) and a click into a widget action.
 */
import type { FacetName } from '../core/search/types.ts'

/** The route shapes the search components link to. */
export interface LinkTarget {
  name?: string
  params?: Record<string, string | number | undefined>
  query?: Record<string, string | undefined>
}

export type WidgetAction =
  | { kind: 'release'; id: string }
  | { kind: 'entity'; facet: FacetName; id: string }
  | { kind: 'none' }

/** What following a link inside the widget does. */
export function actionOf(target: LinkTarget | string): WidgetAction {
  if (typeof target === 'string') return { kind: 'none' }
  const id = target.params?.id
  if (target.name === 'release' && id !== undefined) return { kind: 'release', id: String(id) }
  const facet = target.params?.facet
  if (target.name === 'entity' && id !== undefined && (facet === 'officials' || facet === 'organisations' || facet === 'topics')) {
    return { kind: 'entity', facet, id: String(id) }
  }
  return { kind: 'none' }
}

/** The href of a link: into the full app with a link base, else an in-widget anchor. */
export function hrefOf(target: LinkTarget | string, linkBase: string | undefined): string {
  if (typeof target === 'string') return linkBase ? `${linkBase}${target}` : target
  const action = actionOf(target)
  const query = new URLSearchParams(Object.entries(target.query ?? {}).filter((e): e is [string, string] => e[1] !== undefined)).toString()
  const suffix = query ? `?${query}` : ''
  if (action.kind === 'release') return linkBase ? `${linkBase}/releases/${encodeURIComponent(action.id)}${suffix}` : `#release-${encodeURIComponent(action.id)}`
  if (action.kind === 'entity') return linkBase ? `${linkBase}/${action.facet}/${encodeURIComponent(action.id)}` : `#${action.facet}-${encodeURIComponent(action.id)}`
  return linkBase ? `${linkBase}/${suffix}` : '#'
}
