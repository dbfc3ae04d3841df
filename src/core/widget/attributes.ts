/**
 * The `<pressroom-search>` element's attributes, read into a configuration.
 * Every bad value becomes a coded problem naming the attribute, shown inside
 * the widget in its interface language; the rest of the configuration still
 * applies.
 *
 * @example
 * readWidgetAttributes({ corpus: '/corpus.json', organisation: 'iom', 'page-size': '500' })
 * // → config.preset.organisations = ['iom'], config.pageSize = 10 (default),
 * //   problems = [{ path: 'page-size', code: 'attribute.pageSize', params: { value: '500', max: 50 }, … }]
 * // attributeProblemLine(problems[0]) = 'page-size="500": use a whole number from 1 to 50'
 */
import { FACETS, type FacetName } from '../search/types.ts'
import { expandDate, FACET_PARAMS, MAX_QUERY_LENGTH } from '../state/searchState.ts'
import { makeProblem, problemMessage, problemSubject, shortenValue, type Problem, type ProblemCode, type ProblemParams } from '../problems.ts'

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
  /** One problem per bad attribute value; `path` is the attribute's name. */
  problems: Problem[]
}

/** A problem as one English line: `page-size="500": use a whole number from 1 to 50`. */
export function attributeProblemLine(problem: Problem): string {
  return `${problemSubject(problem)}: ${problemMessage(problem)}`
}

function bad(attribute: string, code: ProblemCode, value?: string, params: ProblemParams = {}): Problem {
  return makeProblem(attribute, code, { ...(value === undefined ? {} : { value: short(value) }), ...params }, 'warning', 'value')
}

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,99}$/u
const FACET_BY_PARAM = new Map<string, FacetName>(FACETS.map((facet) => [FACET_PARAMS[facet], facet]))

/** Reads attribute values (null or undefined = absent). Never throws. */
export function readWidgetAttributes(attributes: Partial<Record<WidgetAttribute, string | null | undefined>>): WidgetConfigResult {
  const problems: Problem[] = []
  const get = (name: WidgetAttribute) => attributes[name]?.trim() || undefined
  const preset = { officials: [], organisations: [], topics: [], type: [], lang: [] } as Record<FacetName, string[]>

  let corpus = get('corpus')
  if (!corpus) problems.push(bad('corpus', 'attribute.missingCorpus'))
  else if (/^(javascript|data|vbscript|blob):/i.test(corpus)) {
    problems.push(bad('corpus', 'attribute.unsafeUrl', corpus))
    corpus = undefined
  }

  for (const facet of FACETS) {
    const name = FACET_PARAMS[facet] as WidgetAttribute
    const raw = get(name)
    if (!raw) continue
    for (const value of raw.split(',').map((v) => v.trim()).filter(Boolean)) {
      if (ID.test(value)) preset[facet].push(value)
      else problems.push(bad(name, 'attribute.notId', value))
    }
  }

  const pageSizeRaw = get('page-size')
  let pageSize = WIDGET_DEFAULTS.pageSize
  if (pageSizeRaw !== undefined) {
    const n = Number(pageSizeRaw)
    if (/^\d+$/.test(pageSizeRaw) && n >= 1 && n <= WIDGET_DEFAULTS.maxPageSize) pageSize = n
    else problems.push(bad('page-size', 'attribute.pageSize', pageSizeRaw, { max: WIDGET_DEFAULTS.maxPageSize }))
  }

  const facets = readFacets(get('facets'), preset, problems)

  const themeRaw = get('theme')
  let theme = WIDGET_DEFAULTS.theme
  if (themeRaw !== undefined) {
    if ((WIDGET_THEMES as readonly string[]).includes(themeRaw)) theme = themeRaw as WidgetTheme
    else problems.push(bad('theme', 'attribute.theme', themeRaw, { allowed: WIDGET_THEMES.join(', ') }))
  }

  const linkBaseRaw = get('link-base')
  let linkBase: string | undefined
  if (linkBaseRaw !== undefined) {
    if (/^(https?:\/\/|\/)/i.test(linkBaseRaw)) linkBase = linkBaseRaw.replace(/\/+$/, '')
    else problems.push(bad('link-base', 'attribute.linkBase', linkBaseRaw))
  }

  const period: WidgetConfig['period'] = {}
  for (const edge of ['from', 'to'] as const) {
    const raw = get(edge)
    if (raw === undefined) continue
    const date = expandDate(raw, edge)
    if (date) period[edge] = date
    else problems.push(bad(edge, 'attribute.notDate', raw))
  }
  if (period.from && period.to && period.from > period.to) {
    problems.push(bad('to', 'attribute.beforeFrom', period.to, { from: period.from }))
    delete period.to
  }

  const query = Array.from(get('query') ?? '').slice(0, MAX_QUERY_LENGTH).join('')
  const uiLangRaw = get('ui-lang')
  let uiLang = WIDGET_DEFAULTS.uiLang
  if (uiLangRaw !== undefined) {
    if (['en', 'az', 'ru'].includes(uiLangRaw)) uiLang = uiLangRaw
    else problems.push(bad('ui-lang', 'attribute.uiLang', uiLangRaw))
  }

  return {
    config: { ...(corpus ? { corpus } : {}), preset, period, query, pageSize, facets, theme, ...(linkBase ? { linkBase } : {}), uiLang },
    problems,
  }
}

function readFacets(raw: string | undefined, preset: Record<FacetName, string[]>, problems: Problem[]): FacetName[] {
  const open = FACETS.filter((facet) => preset[facet].length === 0)
  if (raw === undefined) return open
  if (raw === 'none') return []
  const chosen: FacetName[] = []
  for (const name of raw.split(',').map((v) => v.trim()).filter(Boolean)) {
    const facet = FACET_BY_PARAM.get(name) ?? (FACETS as readonly string[]).find((f) => f === name)
    if (!facet) problems.push(bad('facets', 'attribute.notFacet', `"${short(name)}"`, { allowed: FACETS.map((f) => FACET_PARAMS[f]).join(', ') }))
    else if (preset[facet as FacetName].length > 0) continue // a preset facet has nothing to choose
    else if (!chosen.includes(facet as FacetName)) chosen.push(facet as FacetName)
  }
  return chosen
}

function short(value: string): string {
  return shortenValue(value, 40)
}
