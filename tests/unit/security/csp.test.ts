import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/** The policy in index.html as a default build writes it (the corpus origin setting empty). */
function metaPolicy(): string {
  const html = readFileSync('index.html', 'utf8')
  const content = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
  return content.replace(/%VITE_[A-Z_]+%/g, '').replace(/\s+;/g, ';').replace(/\s+/g, ' ').trim()
}

describe('Content-Security-Policy', () => {
  it('is strict: no inline or eval’d script, no plugins, data only from this origin by default', () => {
    const policy = metaPolicy()
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain("connect-src 'self';")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
  })

  it('is the same in index.html and in the headers file for static hosts', () => {
    const headers = readFileSync('public/_headers', 'utf8')
    const header = /Content-Security-Policy: (.+)/.exec(headers)?.[1]?.trim()
    expect(header).toBe(metaPolicy())
  })
})
