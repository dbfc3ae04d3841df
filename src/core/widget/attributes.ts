/**
 * The `<pressroom-search>` element's attributes, read into a configuration.
 * Every bad value becomes a specific message shown inside the widget; the
 * rest of the configuration still applies.
 *
 * @example
 * readWidgetAttributes({ corpus: '/corpus.json', organisation: 'iom', 'page-size': '500' })
 * // → config.preset.organisations = ['iom'], config.pageSize = 10 (default),
 * //   problems = ['page-size="500": use a whole number from 1 to 50']
 */
import { FACETS, type FacetName } from '../search/types.ts'
import { expandDate, FACET_PARAMS, MAX_QUERY_LENGTH } from '../state/searchState.ts'

/** Attributes the element observes. */
export const WIDGET_ATTRIBUTES = [
  'corpus',
  'organisation',
  'official',
  'topic',
  'type',
  'lang',
  'query',
  'page-size',
  'facets',
  'theme',
  'link-base',
  'ui-lang',
  'from',
  'to',
] as const
export type WidgetAttribute = (typeof WIDGET_ATTRIBUTES)[number]

export const WIDGET_THEMES = ['auto', 'light', 'dark'] as const
export type WidgetTheme = (typeof WIDGET_THEMES)[number]

export const WIDGET_DEFAULTS = { pageSize: 10, maxPageSize: 50, theme: 'auto' as WidgetTheme, uiLang: 'en' }

/** What the widget shows, from its attributes. */
export interface WidgetConfig {
  /** Absolute or page-relative URL of the corpus; undefined when the attribute is missing or bad. */
  corpus?: string
  /** Filters that always apply; their facet panels are not shown. */
  preset: Record<FacetName, string[]>
  /** A period that always applies (inclusive ISO dates); a reader's dates narrow it. */
  period: { from?: string; to?: string }
  query: string
  pageSize: number
  /** Facet panels to show, in order (none when `facets="none"`). */
  facets: FacetName[]
  theme: WidgetTheme
  /** Base URL of the full app; release links open there instead of inline. */
  linkBase?: string
  uiLang: string
}

export interface WidgetConfigResult {
  config: WidgetConfig
  /** One message per bad attribute, naming it and saying what to write instead. */
  problems: string[]
}

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,99}$/u
const FACET_BY_PARAM = new Map<string, FacetName>(FACETS.map((facet) => [FACET_PARAMS[facet], facet]))

/** Reads attribute values (null or undefined = absent). Never throws. */
export function readWidgetAttributes(attributes: Partial<Record<WidgetAttribute, string | null | undefined>>): WidgetConfigResult {
  const problems: string[] = []
  const get = (name: WidgetAttribute) => attributes[name]?.trim() || undefined
  const preset = { officials: [], organisations: [], topics: [], type: [], lang: [] } as Record<FacetName, string[]>

  let corpus = get('corpus')
  if (!corpus) problems.push('corpus: the attribute is missing; set it to the URL of an announcements/v1 JSON file')
  else if (/^(javascript|data|vbscript|blob):/i.test(corpus)) {
    problems.push(`corpus="${short(corpus)}": use an http(s) or relative URL`)
    corpus = undefined
  }

  for (const facet of FACETS) {
    const name = FACET_PARAMS[facet] as WidgetAttribute
    const raw = get(name)
    if (!raw) continue
    for (const value of raw.split(',').map((v) => v.trim()).filter(Boolean)) {
      if (ID.test(value)) preset[facet].push(value)
      else problems.push(`${name}="${short(value)}": not an id; use comma-separated ids such as "iom,unhcr"`)
    }
  }

  const pageSizeRaw = get('page-size')
  let pageSize = WIDGET_DEFAULTS.pageSize
  if (pageSizeRaw !== undefined) {
    const n = Number(pageSizeRaw)
    if (/^\d+$/.test(pageSizeRaw) && n >= 1 && n <= WIDGET_DEFAULTS.maxPageSize) pageSize = n
    else problems.push(`page-size="${short(pageSizeRaw)}": use a whole number from 1 to ${WIDGET_DEFAULTS.maxPageSize}`)
  }

  const facets = readFacets(get('facets'), preset, problems)

  const themeRaw = get('theme')
  let theme = WIDGET_DEFAULTS.theme
  if (themeRaw !== undefined) {
    if ((WIDGET_THEMES as readonly string[]).includes(themeRaw)) theme = themeRaw as WidgetTheme
    else problems.push(`theme="${short(themeRaw)}": use ${WIDGET_THEMES.join(', ')}`)
  }

  const linkBaseRaw = get('link-base')
  let linkBase: string | undefined
  if (linkBaseRaw !== undefined) {
    if (/^(https?:\/\/|\/)/i.test(linkBaseRaw)) linkBase = linkBaseRaw.replace(/\/+$/, '')
    else problems.push(`link-base="${short(linkBaseRaw)}": use an http(s) URL or a path starting with /`)
  }

  const period: WidgetConfig['period'] = {}
  for (const edge of ['from', 'to'] as const) {
    const raw = get(edge)
    if (raw === undefined) continue
    const date = expandDate(raw, edge)
    if (date) period[edge] = date
    else problems.push(`${edge}="${short(raw)}": use a date such as 2019, 2019-06 or 2019-06-30`)
  }
  if (period.from && period.to && period.from > period.to) {
    problems.push(`to="${period.to}": is before from="${period.from}"; the end was ignored`)
    delete period.to
  }

  const query = Array.from(get('query') ?? '').slice(0, MAX_QUERY_LENGTH).join('')
  const uiLangRaw = get('ui-lang')
  let uiLang = WIDGET_DEFAULTS.uiLang
  if (uiLangRaw !== undefined) {
    if (['en', 'az', 'ru'].includes(uiLangRaw)) uiLang = uiLangRaw
    else problems.push(`ui-lang="${short(uiLangRaw)}": use en, az or ru`)
  }

  return {
    config: { ...(corpus ? { corpus } : {}), preset, period, query, pageSize, facets, theme, ...(linkBase ? { linkBase } : {}), uiLang },
    problems,
  }
}

function readFacets(raw: string | undefined, preset: Record<FacetName, string[]>, problems: string[]): FacetName[] {
  const open = FACETS.filter((facet) => preset[facet].length === 0)
  if (raw === undefined) return open
  if (raw === 'none') return []
  const chosen: FacetName[] = []
  for (const name of raw.split(',').map((v) => v.trim()).filter(Boolean)) {
    const facet = FACET_BY_PARAM.get(name) ?? (FACETS as readonly string[]).find((f) => f === name)
    if (!facet) problems.push(`facets: "${short(name)}" is not a facet; use none or some of ${FACETS.map((f) => FACET_PARAMS[f]).join(', ')}`)
    else if (preset[facet as FacetName].length > 0) continue // a preset facet has nothing to choose
    else if (!chosen.includes(facet as FacetName)) chosen.push(facet as FacetName)
  }
  return chosen
}

function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}…` : value
}
