/**
 * The browse structures of a corpus, built without any full-text work: releases
 * numbered newest first, facet postings, the date index and month buckets, and
 * each entity's display name and searchable names.
 */
import type { Corpus, Release } from '../corpus/types.ts'
import { FACETS, type FacetName } from './types.ts'
import { rangeSet, type Bitset } from './bitset.ts'
import { dayNumber } from '../calendar/isoDate.ts'
import { monthsBetween, yearsBetween } from '../calendar/months.ts'

/** One facet: its values and, for each release, the values it carries. */
export interface FacetTable {
  name: FacetName
  /** Value ids (entity ids, type or lang codes) by value number. */
  values: string[]
  /** Display labels by value number. */
  labels: string[]
  /** Position of each value when sorted by label, for stable display order. */
  labelRank: Uint32Array
  /** Number of this facet's first value in the catalog-wide value numbering (see `Catalog.refs`). */
  offset: number
  valueIndex: Map<string, number>
  /** Releases holding each value, ascending. */
  postings: Int32Array[]
  /** `refs[start[doc]] .. refs[start[doc+1]]` are the value numbers of release `doc`. */
  start: Uint32Array
  refs: Uint16Array | Uint32Array
}

/** A calendar bucket of the date histogram: releases `from .. to-1` (newest first). */
export interface DateBucket {
  key: string
  from: number
  to: number
}

/** Names an entity can be found by, for suggestions and the entity-name index. */
export interface EntityNames {
  facet: 'officials' | 'organisations' | 'topics'
  id: string
  label: string
  /** Name, aliases and translated names. */
  names: string[]
}

/** Browse structures of one corpus. */
export interface Catalog {
  corpus: Corpus
  /** Releases newest first; the position is the release number. */
  releases: Release[]
  /** Release number by id. */
  byId: Map<string, number>
  /** `YYYYMMDD` as a number, by release number (descending). */
  dayNumbers: Int32Array
  facets: Record<FacetName, FacetTable>
  /** Values of every facet per release in one table, numbered `facet.offset + value`, for counting all facets in one pass. */
  start: Uint32Array
  refs: Uint16Array | Uint32Array
  /** Total number of facet values over all facets. */
  valueCount: number
  /** Month and year buckets, oldest first, covering every month between the first and last release. */
  months: DateBucket[]
  years: DateBucket[]
  /** Every release. */
  all: Bitset
  entities: EntityNames[]
  /** Entity by `${facet}:${id}`. */
  entityByKey: Map<string, EntityNames>
}

/** Language of a release, defaulting to the corpus's first language, then English. */
export function releaseLang(release: Release, corpus: Corpus): string {
  return release.lang ?? corpus.source?.languages?.[0] ?? 'en'
}


/** Facet values of a release, in the facet's own id space. */
function releaseValues(release: Release, facet: FacetName, corpus: Corpus): readonly string[] {
  switch (facet) {
    case 'officials':
      return release.officials ?? []
    case 'organisations':
      return release.organisations ?? []
    case 'topics':
      return release.topics ?? []
    case 'type':
      return release.type ? [release.type] : []
    case 'lang':
      return [releaseLang(release, corpus)]
  }
}

function entityList(corpus: Corpus): EntityNames[] {
  const out: EntityNames[] = []
  for (const o of corpus.officials ?? []) out.push({ facet: 'officials', id: o.id, label: o.name, names: [o.name, ...(o.aliases ?? [])] })
  for (const o of corpus.organisations ?? []) {
    out.push({ facet: 'organisations', id: o.id, label: o.name, names: [o.name, ...(o.aliases ?? [])] })
  }
  for (const t of corpus.topics ?? []) {
    out.push({ facet: 'topics', id: t.id, label: t.name, names: [t.name, ...Object.values(t.names ?? {})] })
  }
  return out
}

function buildFacet(
  name: FacetName,
  offset: number,
  releases: Release[],
  catalogCorpus: Corpus,
  entities: Map<string, EntityNames>,
): FacetTable {
  const values: string[] = []
  const labels: string[] = []
  const valueIndex = new Map<string, number>()
  const start = new Uint32Array(releases.length + 1)
  const refs: number[] = []
  const lists: number[][] = []
  for (let doc = 0; doc < releases.length; doc++) {
    start[doc] = refs.length
    const seen = new Set<number>()
    for (const value of releaseValues(releases[doc] as Release, name, catalogCorpus)) {
      if (typeof value !== 'string') continue
      let v = valueIndex.get(value)
      if (v === undefined) {
        v = values.length
        valueIndex.set(value, v)
        values.push(value)
        labels.push(entities.get(`${name}:${value}`)?.label ?? value)
        lists.push([])
      }
      if (seen.has(v)) continue
      seen.add(v)
      refs.push(v)
      ;(lists[v] as number[]).push(doc)
    }
  }
  start[releases.length] = refs.length
  const byLabel = labels.map((label, v) => v).sort((a, b) => (labels[a] as string).localeCompare(labels[b] as string))
  const labelRank = new Uint32Array(values.length)
  byLabel.forEach((v, rank) => (labelRank[v] = rank))
  return {
    name,
    values,
    labels,
    labelRank,
    offset,
    valueIndex,
    postings: lists.map((list) => Int32Array.from(list)),
    start,
    refs: values.length < 0xffff ? Uint16Array.from(refs) : Uint32Array.from(refs),
  }
}

/** The releases of each period (months or years of the calendar module), as runs of release numbers. */
function buckets(releases: readonly Release[], dayNumbers: Int32Array, periods: typeof monthsBetween): DateBucket[] {
  let n = dayNumbers.length
  // Undated releases (day 0) sort last and belong to no bucket.
  while (n > 0 && dayNumbers[n - 1] === 0) n--
  if (n === 0) return []
  const out: DateBucket[] = []
  let to = n
  for (const period of periods((releases[n - 1] as Release).date, (releases[0] as Release).date)) {
    // Releases of this period are a run ending at `to` (exclusive), since numbers go newest first.
    const end = dayNumber(period.end)
    let from = to
    while (from > 0 && (dayNumbers[from - 1] as number) <= end) from--
    out.push({ key: period.key, from, to })
    to = from
  }
  return out
}

/** Builds the browse structures: a sort and a few linear passes. */
export function buildCatalog(corpus: Corpus): Catalog {
  const input = Array.isArray(corpus.releases) ? corpus.releases : []
  const releases = input
    .map((release, i) => ({ release, i, day: dayNumber(release.date) }))
    .sort((a, b) => b.day - a.day || a.i - b.i)
    .map((entry) => entry.release)
  const byId = new Map<string, number>()
  releases.forEach((release, doc) => {
    if (!byId.has(release.id)) byId.set(release.id, doc)
  })
  const dayNumbers = Int32Array.from(releases, (release) => dayNumber(release.date))
  const entities = entityList(corpus)
  const entityByKey = new Map(entities.map((e) => [`${e.facet}:${e.id}`, e]))
  const facets = {} as Record<FacetName, FacetTable>
  let valueCount = 0
  for (const name of FACETS) {
    const table = buildFacet(name, valueCount, releases, corpus, entityByKey)
    facets[name] = table
    valueCount += table.values.length
  }
  const { start, refs } = combineRefs(releases.length, facets, valueCount)
  return {
    corpus,
    releases,
    byId,
    dayNumbers,
    facets,
    start,
    refs,
    valueCount,
    months: buckets(releases, dayNumbers, monthsBetween),
    years: buckets(releases, dayNumbers, yearsBetween),
    all: rangeSet(releases.length, 0, releases.length),
    entities,
    entityByKey,
  }
}

function combineRefs(size: number, facets: Record<FacetName, FacetTable>, valueCount: number): Pick<Catalog, 'start' | 'refs'> {
  let total = 0
  for (const name of FACETS) total += facets[name].refs.length
  const start = new Uint32Array(size + 1)
  const refs = valueCount < 0xffff ? new Uint16Array(total) : new Uint32Array(total)
  let at = 0
  for (let doc = 0; doc < size; doc++) {
    start[doc] = at
    for (const name of FACETS) {
      const table = facets[name]
      for (let r = table.start[doc] as number; r < (table.start[doc + 1] as number); r++) refs[at++] = table.offset + (table.refs[r] as number)
    }
  }
  start[size] = at
  return { start, refs }
}

/** Release numbers `[from, to)` whose dates fall within `fromDay..toDay` (inclusive `YYYYMMDD` numbers). */
export function dateRange(catalog: Catalog, fromDay: number, toDay: number): [number, number] {
  const days = catalog.dayNumbers
  // First release on or before toDay (days descend).
  let lo = 0
  let hi = days.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((days[mid] as number) > toDay) lo = mid + 1
    else hi = mid
  }
  const first = lo
  lo = first
  hi = days.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((days[mid] as number) >= fromDay) lo = mid + 1
    else hi = mid
  }
  return [first, lo]
}
