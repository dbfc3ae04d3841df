/**
 * The "embed this search" snippets: a search state and the app's address turn
 * into a ready <pressroom-search> element and an equivalent iframe.
 *
 * @example
 * widgetSnippets(state, { appUrl: 'https://press.example.org/', corpusUrl: 'https://press.example.org/sample/corpus.json' })
 * // → { element: '<script type="module" src=…></script>\n<pressroom-search …>', iframe: '<iframe …>', embedUrl: '…/embed?…' }
 */
import { FACETS, type FacetName } from '../search/types.ts'
import { FACET_PARAMS, type SearchState } from '../state/searchState.ts'
import type { WidgetTheme } from './attributes.ts'

export interface SnippetOptions {
  /** The full app's base URL, ending in `/`. */
  appUrl: string
  /** Absolute URL of the corpus. */
  corpusUrl: string
  /** True when the corpus is the app's default (the iframe then needs no `corpus` parameter). */
  defaultCorpus?: boolean
  pageSize?: number
  /** Facet panels to show; undefined = all open ones, [] = none. */
  facets?: FacetName[]
  theme?: WidgetTheme
  /** Identifies the frame in its height messages. */
  frameId?: string
}

export interface Snippets {
  element: string
  iframe: string
  embedUrl: string
}

/** Widget attributes for a state: its filters become presets, its text the initial query. */
export function widgetAttributes(state: SearchState, options: SnippetOptions): Array<[string, string]> {
  const attributes: Array<[string, string]> = [['corpus', options.corpusUrl]]
  for (const facet of FACETS) {
    if (state.filters[facet].length > 0) attributes.push([FACET_PARAMS[facet], state.filters[facet].join(',')])
  }
  if (state.q.trim()) attributes.push(['query', state.q.trim()])
  if (state.from) attributes.push(['from', state.from])
  if (state.to) attributes.push(['to', state.to])
  if (options.pageSize) attributes.push(['page-size', String(options.pageSize)])
  if (options.facets) attributes.push(['facets', options.facets.length === 0 ? 'none' : options.facets.map((f) => FACET_PARAMS[f]).join(',')])
  if (options.theme && options.theme !== 'auto') attributes.push(['theme', options.theme])
  attributes.push(['link-base', options.appUrl.replace(/\/$/, '')])
  return attributes
}

/** Both snippets for a state. */
export function widgetSnippets(state: SearchState, options: SnippetOptions): Snippets {
  const attributes = widgetAttributes(state, options)
  const element = [
    `<script type="module" src="${escapeAttribute(`${options.appUrl}widget/pressroom-search.js`)}"></script>`,
    `<pressroom-search${attributes.map(([name, value]) => `\n  ${name}="${escapeAttribute(value)}"`).join('')}\n></pressroom-search>`,
  ].join('\n')

  const params = new URLSearchParams()
  for (const [name, value] of attributes) {
    if (name === 'corpus' && options.defaultCorpus) continue
    if (name === 'link-base') continue
    params.set(name, value)
  }
  params.set('frame', options.frameId ?? 'pressroom')
  const embedUrl = `${options.appUrl}embed?${params.toString()}`
  const iframe = [
    `<iframe data-pressroom-frame title="Announcements search" src="${escapeAttribute(embedUrl)}"`,
    `  style="width: 100%; border: 0; height: 640px" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(`${options.appUrl}embed-resize.js`)}" defer></script>`,
  ].join('\n')
  return { element, iframe, embedUrl }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
