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
import { FACET_BY_PARAM, FACET_PARAMS } from '../request/limits.ts'
import { validateSearchRequest, type SearchInput } from '../request/schema.ts'
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

/** Defaults of the widget's own attributes; its page size is the request schema's (`PAGE_SIZES.widget`). */
export const WIDGET_DEFAULTS = { theme: 'auto' as WidgetTheme, uiLang: 'en' }

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

/** Reads attribute values (null or undefined = absent). Never throws. */
export function readWidgetAttributes(attributes: Partial<Record<WidgetAttribute, string | null | undefined>>): WidgetConfigResult {
  const problems: Problem[] = []
  const get = (name: WidgetAttribute) => attributes[name]?.trim() || undefined

  let corpus = get('corpus')
  if (!corpus) problems.push(bad('corpus', 'attribute.missingCorpus'))
  else if (/^(javascript|data|vbscript|blob):/i.test(corpus)) {
    problems.push(bad('corpus', 'attribute.unsafeUrl', corpus))
    corpus = undefined
  }

  // The search fields (preset filters, period, query, page size) go through the one request schema.
  const input: SearchInput = { q: get('query'), filters: {}, from: get('from'), to: get('to'), pageSize: get('page-size') }
  for (const facet of FACETS) (input.filters as Record<FacetName, unknown>)[facet] = get(FACET_PARAMS[facet] as WidgetAttribute)
  const { request, problems: searchProblems } = validateSearchRequest(input, 'widget')
  problems.push(...searchProblems)
  const preset = {} as Record<FacetName, string[]>
  for (const facet of FACETS) preset[facet] = [...(request.filters[facet] ?? [])]
  const period: WidgetConfig['period'] = {}
  if (request.from) period.from = request.from
  if (request.to) period.to = request.to
  const query = request.q
  const pageSize = request.pageSize

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
