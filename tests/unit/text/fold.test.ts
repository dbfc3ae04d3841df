import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldText, transliterate } from '../../../src/core/text/index.ts'
import { anyText, relevantText, unicodeText } from './arbitraries.ts'

describe('foldText', () => {
  it('folds Azerbaijani letters and Latin diacritics', () => {
    expect(foldText('Əə Iı İi Şş Çç Ğğ Öö Üü')).toBe('ee ii ii ss cc gg oo uu')
    expect(foldText('Café Straße Øresund Łódź')).toBe('cafe strasse oresund lodz')
  })

  it('leaves Cyrillic as lowercase Cyrillic with ё → е', () => {
    expect(foldText('ЁЛКА Гусейнов Һәсән')).toBe('елка гусейнов һәсән')
    expect(foldText('Й й')).toBe('й й')
  })

  it('drops combining marks, so decomposed text folds like composed text', () => {
    expect(foldText('Hu\u0308seynov')).toBe('huseynov')
    expect(foldText('за\u0301мок')).toBe('замок')
  })

  it('keeps punctuation, spaces and digits', () => {
    expect(foldText('COVID-19, «Xidmət»: 2020!')).toBe('covid-19, «xidmet»: 2020!')
  })

  it('is idempotent', () => {
    fc.assert(fc.property(relevantText, (text) => foldText(foldText(text)) === foldText(text)), { numRuns: 1000 })
    fc.assert(fc.property(unicodeText, (text) => foldText(foldText(text)) === foldText(text)), { numRuns: 2000 })
  })

  it('never throws on any string', () => {
    fc.assert(fc.property(anyText, (text) => typeof foldText(text) === 'string'), { numRuns: 1000 })
  })
})

describe('transliterate', () => {
  it('romanises Russian', () => {
    expect(transliterate('гусейнов')).toBe('guseynov')
    expect(transliterate('халилов')).toBe('khalilov')
    expect(transliterate('щука чай жена объём юг яма')).toBe('shchuka chay zhena obem yug yama')
  })

  it('romanises Azerbaijani Cyrillic to Azerbaijani Latin values', () => {
    expect(transliterate('һәсәнов ҹавид ҝәнҹә ғ ө ү ј')).toBe('hesenov cavid gence g o u y')
  })

  it('renders Russian дж as j in either case', () => {
    expect(transliterate('джавид')).toBe('javid')
    expect(transliterate('ДЖАВИД')).toBe('javid')
  })

  it('leaves Latin and other scripts untouched', () => {
    expect(transliterate('migration 2020 中文')).toBe('migration 2020 中文')
    fc.assert(fc.property(fc.string(), (text) => transliterate(text) === text))
  })

  it('never throws on any string', () => {
    fc.assert(fc.property(anyText, (text) => typeof transliterate(text) === 'string'), { numRuns: 1000 })
  })
})
