/**
 * Routes. Every view loads lazily, the landing search page too: its code is
 * fetched and run while the corpus downloads, not in the start-up task.
 * The `corpus` query parameter follows every navigation so a custom corpus
 * stays in use across pages.
 */
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  // Loaded while the corpus downloads, so the start-up task stays short.
  { path: '/', name: 'search', component: () => import('../views/SearchView.vue') },
  { path: '/releases/:id', name: 'release', component: () => import('../views/ReleaseView.vue') },
  { path: '/embed', name: 'embed', component: () => import('../views/EmbedView.vue') },
  {
    path: '/:facet(officials|organisations|topics)',
    name: 'entity-index',
    component: () => import('../views/EntityIndexView.vue'),
    props: true,
  },
  {
    path: '/:facet(officials|organisations|topics)/:id',
    name: 'entity',
    component: () => import('../views/EntityView.vue'),
    props: true,
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue') },
]

export function createPressroomRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    // No scroll on the first load (the page is at the top, and scrolling forces a layout).
    scrollBehavior: (to, from, saved) =>
      saved ?? (from.matched.length === 0 || (to.name === from.name && to.name === 'search') ? undefined : { top: 0 }),
  })
  router.beforeEach((to, from) => {
    const corpus = from.query.corpus
    if (typeof corpus === 'string' && to.query.corpus === undefined) {
      return { ...to, query: { ...to.query, corpus } }
    }
    return true
  })
  return router
}
