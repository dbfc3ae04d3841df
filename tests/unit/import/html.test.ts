import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readHtml } from '../../../src/core/import/htmlPage.ts'

describe('readHtml on broken markup', () => {
  it('tolerates unclosed paragraphs, stray end tags, attributes without quotes and raw script text', () => {
    const document = readHtml('<div class=x><p>One<p>Two</span></div><script>if (a < b) "</p>"</script><p>Three &amp; four&nbsp;five')
    expect(document.paragraphs).toEqual(['One', 'Two', 'Three & four five'])
  })

  it('never throws and always returns paragraphs, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<p>', '</p>', '<div a="1">', '</div>', '<br/>', 'text', '&amp;', '<script>', '<!--', '-->', '<', '>', '"', '<li>', '<h1>')), (parts) =>
        Array.isArray(readHtml(parts.join('')).paragraphs),
      ),
      { numRuns: 100 },
    )
    fc.assert(fc.property(fc.string(), (html) => Array.isArray(readHtml(html).paragraphs)), { numRuns: 100 })
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

  it('takes the article of a CMS page with Readability: menus, footers and related news left out', () => {
    const cms = `<html><body><div id="wrapper"><div class="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About the Service</a></div>
      <div class="col-left"><ul><li><a href="/n/1">Training for border guards held in Ganja</a></li><li><a href="/n/2">Statistics for the first quarter published</a></li></ul></div>
      <div class="col-center"><div class="item"><h2 class="item-title">A new service hall opened in Sumgait</h2>
      <div class="item-text"><p>The State Migration Service opened a new service hall in Sumgait, where foreigners can apply for residence permits without visiting Baku.</p>
      <p>The hall has twelve windows and a waiting area for families, and applications can be tracked online by their number.</p>
      <p>Staff of the hall received training on the new electronic queue before the opening.</p></div></div>
      <div class="more-news"><b>Other news</b><p><a href="/n/3">Meeting with the ICMPD</a></p><p><a href="/n/4">Seminar with the OSCE</a></p></div></div>
      <div class="bottom">Address: Baku, 202 Ataturk avenue. Phone: 919</div></div></body></html>`
    const document = readHtml(cms)
    expect(document.paragraphs[0]).toMatch(/^The State Migration Service opened a new service hall in Sumgait/)
    expect(document.paragraphs).toHaveLength(3)
    expect(document.paragraphs.join(' ')).not.toMatch(/Home|Training for border guards|Other news|ICMPD|Ataturk/)
  })

  it('drops link lists that escaped the chrome rules', () => {
    const document = readHtml('<body><div><a href="/a">About</a> <a href="/b">News</a></div><p>Real text of the release.</p></body>')
    expect(document.paragraphs).toEqual(['Real text of the release.'])
  })
})
