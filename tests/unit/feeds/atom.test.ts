import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { atomFeed, corpusFeeds, feedPath, hasFeedFile } from '../../../src/core/feeds/atom.ts'
import { escapeXml } from '../../../src/core/feeds/xml.ts'
import type { Corpus, Release } from '../../../src/core/corpus/types.ts'
import { childrenNamed, parseXml, type XmlElement } from './wellFormed.ts'

const corpus: Corpus = {
  schema: 'announcements/v1',
  source: { name: 'State Migration Service', url: 'https://service.example', languages: ['en', 'az', 'ru'] },
  officials: [{ id: 'vusal-huseynov', name: 'Vusal Huseynov' }],
  organisations: [
    { id: 'iom', name: 'International Organization for Migration' },
    { id: 'quiet', name: 'A partner with no releases' },
    { id: 'bad/id', name: 'Unusable id' },
  ],
  topics: [{ id: 'labour', name: 'Labour & work' }],
  releases: [
    { id: '1', date: '2021-01-10', lang: 'en', title: 'Older IOM meeting', body: 'Text.', organisations: ['iom'], officials: ['vusal-huseynov'] },
    { id: '2', date: '2021-02-10', lang: 'az', title: 'Yeni görüş <b>&</b>', body: 'Mətn.', organisations: ['iom'], topics: ['labour'], url: 'https://service.example/2' },
    { id: '3', date: '2021-03-10', title: 'Statement', body: 'Body.', url: 'javascript:alert(1)' },
  ],
}

function root(xml: string): XmlElement {
  const parsed = parseXml(xml)
  expect(parsed.error).toBeUndefined()
  return parsed.root as XmlElement
}

const text = (node: XmlElement, name: string) => childrenNamed(node, name)[0]?.text

describe('atomFeed', () => {
  it('writes the expected feed for a tiny corpus with a base URL', () => {
    const xml = atomFeed(corpus, { facet: 'organisations', id: 'iom' }, { baseUrl: 'https://app.example/press' })
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        '  <id>https://app.example/press/organisations/iom</id>',
        '  <title type="text">State Migration Service: International Organization for Migration</title>',
        '  <updated>2021-02-10T00:00:00Z</updated>',
        '  <link rel="alternate" type="text/html" href="https://app.example/press/organisations/iom"/>',
        '  <link rel="self" type="application/atom+xml" href="https://app.example/press/feeds/organisations/iom.xml"/>',
        '  <author><name>State Migration Service</name><uri>https://service.example</uri></author>',
        '  <generator>Pressroom</generator>',
        '  <entry xml:lang="az">',
        '    <id>https://app.example/press/releases/2</id>',
        '    <title type="text">Yeni görüş &lt;b&gt;&amp;&lt;/b&gt;</title>',
        '    <link rel="alternate" type="text/html" href="https://app.example/press/releases/2"/>',
        '    <link rel="related" type="text/html" href="https://service.example/2"/>',
        '    <published>2021-02-10T00:00:00Z</published>',
        '    <updated>2021-02-10T00:00:00Z</updated>',
        '    <category term="labour" label="Labour &amp; work"/>',
        '    <summary type="text">Mətn.</summary>',
        '  </entry>',
        '  <entry xml:lang="en">',
        '    <id>https://app.example/press/releases/1</id>',
        '    <title type="text">Older IOM meeting</title>',
        '    <link rel="alternate" type="text/html" href="https://app.example/press/releases/1"/>',
        '    <published>2021-01-10T00:00:00Z</published>',
        '    <updated>2021-01-10T00:00:00Z</updated>',
        '    <summary type="text">Text.</summary>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    )
    root(xml)
  })

  it('links relative to the feed file without a base URL', () => {
    const feed = root(atomFeed(corpus, { facet: 'topics', id: 'labour' }))
    const entry = childrenNamed(feed, 'entry')[0] as XmlElement
    expect(childrenNamed(entry, 'link')[0]?.attributes.href).toBe('../../releases/2')
    expect(text(entry, 'id')).toBe('urn:pressroom:releases:2')
    expect(childrenNamed(feed, 'link').map((l) => l.attributes.rel)).toEqual(['alternate'])
    const all = root(atomFeed(corpus, undefined))
    expect(text(all, 'id')).toBe('urn:pressroom:all')
    expect(childrenNamed(childrenNamed(all, 'entry')[0] as XmlElement, 'link')[0]?.attributes.href).toBe('../releases/3')
  })

  it('holds the newest releases first, at most the limit, and never a non-web link', () => {
    const feed = root(atomFeed(corpus, undefined, { limit: 2 }))
    const entries = childrenNamed(feed, 'entry')
    expect(entries.map((e) => text(e, 'title'))).toEqual(['Statement', 'Yeni görüş <b>&</b>'])
    expect(entries[0]?.children.some((c) => c.attributes.href?.startsWith('javascript'))).toBe(false)
  })

  it('is a valid empty feed for an entity without releases', () => {
    const feed = root(atomFeed(corpus, { facet: 'organisations', id: 'quiet' }))
    expect(childrenNamed(feed, 'entry')).toEqual([])
    expect(text(feed, 'updated')).toBe('1970-01-01T00:00:00Z')
  })

  it('stays well-formed and keeps the text for any title, body and source name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 200 }), fc.string({ maxLength: 20 }), (title, body, name) => {
        const release: Release = { id: 'x', date: '2022-01-01', title, body }
        const xml = atomFeed({ ...corpus, source: { name }, releases: [release] }, undefined)
        const feed = root(xml)
        const dropForbidden = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
        expect(text(childrenNamed(feed, 'entry')[0] as XmlElement, 'title')).toBe(dropForbidden(title.replace(/\s+/g, ' ').trim()))
        expect(text(childrenNamed(feed, 'author')[0] as XmlElement, 'name')).toBe(dropForbidden(name))
      }),
      { numRuns: 300 },
    )
  })
})

describe('corpusFeeds', () => {
  it('writes all.xml and one feed per entity with a usable id', () => {
    const { files, skipped } = corpusFeeds(corpus)
    expect(files.map((f) => f.path)).toEqual([
      'all.xml',
      'officials/vusal-huseynov.xml',
      'organisations/iom.xml',
      'organisations/quiet.xml',
      'topics/labour.xml',
    ])
    expect(skipped).toEqual([{ facet: 'organisations', id: 'bad/id' }])
    for (const file of files) root(file.xml)
  })
})

describe('helpers', () => {
  it('names feed files and refuses ids that are not file names', () => {
    expect(feedPath()).toBe('all.xml')
    expect(feedPath({ facet: 'officials', id: 'a' })).toBe('officials/a.xml')
    expect(hasFeedFile('iom')).toBe(true)
    expect(hasFeedFile('../x')).toBe(false)
    expect(hasFeedFile('.hidden')).toBe(false)
  })

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('<a href="x">&\'\u0001\uFFFE')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;')
  })

  it('has a checker that does reject broken XML', () => {
    expect(parseXml('<a><b></a>').error).toBeDefined()
    expect(parseXml('<a>&</a>').error).toBeDefined()
    expect(parseXml('<a x=1/>').error).toBeDefined()
    expect(parseXml('<a>\u0001</a>').error).toBeDefined()
  })
})
