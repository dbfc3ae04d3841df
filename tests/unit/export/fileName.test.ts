import { describe, expect, it } from 'vitest'
import { exportFileName, MAX_NAME_DETAIL } from '../../../src/core/export/fileName.ts'
import { permalink } from '../../../src/core/export/permalink.ts'

describe('exportFileName', () => {
  it('names the date and the filters', () => {
    expect(exportFileName({ q: '', filters: { organisations: ['iom'] } }, '2026-11-28', 'csv')).toBe('pressroom-2026-11-28-iom.csv')
    expect(exportFileName({ q: '', filters: {} }, '2026-11-28', 'json')).toBe('pressroom-2026-11-28.json')
  })

  it('adds the query and the period, readable in any script', () => {
    expect(exportFileName({ q: 'Каспийский клуб', filters: { officials: ['vusal-huseynov'] }, from: '2020-01-01' }, '2026-11-28', 'csv')).toBe(
      'pressroom-2026-11-28-vusal-huseynov-каспийский-клуб-from-2020-01-01.csv',
    )
  })

  it('drops characters a file system would not take and keeps the name short', () => {
    const name = exportFileName({ q: '../../etc/passwd "x" <y>'.repeat(10), filters: {} }, '2026-11-28', 'csv')
    expect(name).not.toMatch(/[/\\"<>]/)
    expect(name.length).toBeLessThanOrEqual('pressroom-2026-11-28-'.length + MAX_NAME_DETAIL + '.csv'.length)
  })
})

describe('permalink', () => {
  it('joins base and id, with or without a trailing slash', () => {
    expect(permalink('https://a.example/press', '13452')).toBe('https://a.example/press/releases/13452')
    expect(permalink('https://a.example/', 'a b')).toBe('https://a.example/releases/a%20b')
  })
})
