import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { checkPreset, knownValues } from '../../../src/core/widget/presetCheck.ts'

const known = knownValues({
  officials: ['vusal-huseynov'],
  organisations: ['iom', 'unhcr'],
  topics: ['labour-migration'],
  type: ['meeting', 'agreement'],
  lang: ['en', 'az'],
})

describe('checkPreset', () => {
  it('names an unknown id and lets the preset match nothing, never everything', () => {
    const checked = checkPreset({ organisations: ['no-such-org'] }, known)
    expect(checked.matchesNothing).toBe(true)
    expect(checked.filters.organisations).toEqual([])
    expect(checked.problems).toEqual([{ path: 'organisation', code: 'preset.unknownId', params: { value: 'no-such-org' }, severity: 'error' }])
  })

  it('keeps the known part of a preset', () => {
    const checked = checkPreset({ organisations: ['iom', 'no-such-org'], type: ['meeting'] }, known)
    expect(checked.matchesNothing).toBe(false)
    expect(checked.filters).toMatchObject({ organisations: ['iom'], type: ['meeting'] })
    expect(checked.problems.map((p) => p.params.value)).toEqual(['no-such-org'])
  })

  it('checks every preset facet under its attribute name', () => {
    const checked = checkPreset({ officials: ['x1'], topics: ['x2'], type: ['x3'], lang: ['x4'] }, known)
    expect(checked.problems.map((p) => `${p.path}=${p.params.value}`)).toEqual(['official=x1', 'topic=x2', 'type=x3', 'lang=x4'])
    expect(checked.matchesNothing).toBe(true)
  })

  it('never passes on a value the archive does not know', () => {
    const values = fc.array(fc.constantFrom('iom', 'unhcr', 'nope', 'other'), { maxLength: 4 })
    fc.assert(
      fc.property(values, (organisations) => {
        const checked = checkPreset({ organisations }, known)
        expect(checked.filters.organisations.every((v) => known.organisations.has(v))).toBe(true)
        expect(checked.matchesNothing).toBe(organisations.length > 0 && !organisations.some((v) => known.organisations.has(v)))
      }),
    )
  })
})
