import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeEntities } from '../../../src/core/import/htmlEntities.ts'
import { parseHtml, textContent } from '../../../src/core/import/htmlTree.ts'
import { readHtml } from '../../../src/core/import/htmlPage.ts'

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references and leaves unknown ones', () => {
    expect(decodeEntities('Q&amp;A &#39;x&#39; &#x2014; a&nbsp;b &copy; &bogus; &')).toBe("Q&A 'x' — a\u00a0b © &bogus; &")
  })
})

describe('parseHtml', () => {
  it('tolerates unclosed paragraphs, stray end tags, attributes without quotes and raw script text', () => {
    const root = parseHtml('<div class=x><p>One<p>Two</span></div><script>if (a < b) "</p>"</script><p>Three')
    expect(textContent(root)).toBe('OneTwoThree')
  })

  it('moves on past a tag cut off at the end of the input (once an endless loop)', () => {
    const root = parseHtml('OcF/>L:*<A')
    expect(root.children.map((c) => c.kind === 'element' ? c.name : c.text)).toEqual(['OcF/>L:*', 'a'])
    expect(textContent(parseHtml('<p>x<div class="a" "'))).toBe('x')
  })

  it('never throws and always returns a root, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (html) => parseHtml(html).name === '#root'),
      { numRuns: 1000 },
    )
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<p>', '</p>', '<div a="1">', '</div>', '<br/>', 'text', '&amp;', '<script>', '<!--', '-->', '<', '>', '"', '<li>')), (parts) =>
        Array.isArray(readHtml(parts.join('')).paragraphs),
      ),
    )
  })
})

describe('readHtml', () => {
  const page = `<!doctype html><html lang="az-Latn"><head>
    <title>Headline | Site</title><meta property="og:title" content="OG headline">
    <link rel="canonical" href="https://example.az/az/news/5"><link rel="alternate" hreflang="ru" href="/ru/news/6">
    <meta property="article:published_time" content="2020-01-02T10:00:00Z"></head><body>
    <div class="cookie-banner">We use cookies</div><header><nav><a href="/">Home</a></nav></header>
    <main><article><h1>Page headline</h1><time datetime="2020-01-03">3 January</time>
    <p>First&nbsp;paragraph   with <b>bold</b> text.</p><p>Line one<br>Line two</p>
    <ul><li>Item one</li><li>Item two</li></ul><div class="share">Share: Facebook</div></article>
    <aside>Latest news</aside></main><footer>© 2024 Site</footer></body></html>`

  it('keeps the main content as paragraphs and leaves the page chrome out', () => {
    const document = readHtml(page)
    expect(document.paragraphs).toEqual(['3 January', 'First paragraph with bold text.', 'Line one', 'Line two', 'Item one', 'Item two'])
  })

  it('reads the headline (h1 first), declared dates, language, canonical address and alternates', () => {
    const document = readHtml(page)
    expect(document.title).toBe('Page headline')
    expect(document.declaredDates).toEqual(['2020-01-02T10:00:00Z', '2020-01-03'])
    expect(document.lang).toBe('az-Latn')
    expect(document.url).toBe('https://example.az/az/news/5')
    expect(document.alternates).toEqual({ ru: '/ru/news/6' })
  })

  it('falls back to og:title, then to the page title without the site name', () => {
    expect(readHtml('<head><meta property="og:title" content="From OG"><title>T | S</title></head><p>x</p>').title).toBe('From OG')
    expect(readHtml('<head><title>Visit of the delegation | State Migration Service</title></head><p>x</p>').title).toBe(
      'Visit of the delegation',
    )
  })

  it('drops link lists that escaped the chrome rules', () => {
    const document = readHtml('<body><div><a href="/a">About</a> <a href="/b">News</a></div><p>Real text of the release.</p></body>')
    expect(document.paragraphs).toEqual(['Real text of the release.'])
  })
})
