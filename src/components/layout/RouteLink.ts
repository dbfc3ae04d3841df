/**
 * A link to a route that does not follow the current route, for the result
 * list's hundred or so links. RouterLink works out its active classes from the
 * current route, so every URL change (each keystroke rewrites `?q=`) re-ran
 * every RouterLink on the page; and each is a component with its own state.
 * This is a functional component (no instance): its href comes from the
 * router once per target (kept in a small table), and a plain click pushes the
 * route (modified clicks open tabs as the browser does).
 *
 * Without a router (the widget) it renders the `RouterLink` component the app
 * registered, so the widget's stand-in handles it.
 *
 * @example
 * <RouteLink :to="{ name: 'release', params: { id } }">{{ title }}</RouteLink>
 */
import { h, inject, resolveComponent, type FunctionalComponent } from 'vue'
import { routerKey, type RouteLocationRaw, type Router } from 'vue-router'

/** Targets resolved per router; cleared when it grows past this many. */
const TABLE_LIMIT = 2000
const tables = new WeakMap<Router, Map<string, string>>()

function hrefOf(router: Router, to: RouteLocationRaw): string {
  let table = tables.get(router)
  if (!table) tables.set(router, (table = new Map()))
  const key = typeof to === 'string' ? to : JSON.stringify(to)
  let href = table.get(key)
  if (href === undefined) {
    if (table.size >= TABLE_LIMIT) table.clear()
    href = router.resolve(to).href
    table.set(key, href)
  }
  return href
}

function follow(router: Router, event: MouseEvent, to: RouteLocationRaw): void {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  void router.push(to)
}

const RouteLink: FunctionalComponent<{ to: RouteLocationRaw }> = (props, { slots, attrs }) => {
  const router = inject(routerKey, null)
  if (!router) return h(resolveComponent('RouterLink') as never, { ...attrs, to: props.to }, slots)
  return h('a', { ...attrs, href: hrefOf(router, props.to), onClick: (event: MouseEvent) => follow(router, event, props.to) }, slots.default?.())
}
RouteLink.props = ['to']
RouteLink.displayName = 'RouteLink'

export default RouteLink
