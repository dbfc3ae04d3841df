import { describe, expect, it } from 'vitest'
import { readMarkdown } from '../../../src/core/import/markdown.ts'
import { readPlainText } from '../../../src/core/import/plainText.ts'
import { isBoilerplate } from '../../../src/core/import/boilerplate.ts'
import { detectLanguage, primaryLanguage } from '../../../src/core/import/language.ts'

describe('readMarkdown', () => {
  it('reads front matter and turns the body into plain paragraphs', () => {
    const document = readMarkdown(
      '---\ntitle: "Front title"\ndate: 2021-07-09\nlang: en\nurl: https://x.az/en/news/7\nid: abc\n---\n\n# Heading\n\nSome **bold** and _italic_ with a [link](https://x) and `code`.\nSecond line.\n\n- item one\n- item two\n\n> quoted text\n',
    )
    expect(document).toMatchObject({ title: 'Front title', declaredDates: ['2021-07-09'], lang: 'en', url: 'https://x.az/en/news/7', id: 'abc' })
    expect(document.paragraphs).toEqual(['Heading', 'Some bold and italic with a link and code. Second line.', 'item one', 'item two', 'quoted text'])
  })

  it('takes the first level-one heading as the title when the front matter has none', () => {
    expect(readMarkdown('# The title\n\nBody.').title).toBe('The title')
  })
})

describe('readPlainText', () => {
  it('takes the first line as the title and blank lines as paragraph breaks', () => {
    const document = readPlainText('\nTitle line\n\nFirst paragraph\ncontinues here because it is a long wrapped line of text that goes on and on.\n\n© 2024 Site\nTerms for users | Privacy Policy\n')
    expect(document.title).toBe('Title line')
    expect(document.paragraphs).toEqual([
      'First paragraph continues here because it is a long wrapped line of text that goes on and on.',
      '© 2024 Site',
      'Terms for users | Privacy Policy',
    ])
  })
})

describe('isBoilerplate', () => {
  it.each([
    '© 2024 The Republic of Azerbaijan State Migration Service',
    'Terms for users | Privacy Policy | All rights reserved',
    'Bütün hüquqlar qorunur',
    '© 2024 Государственная миграционная служба. Все права защищены.',
    'This website uses cookies.',
    'Share:',
  ])('drops %s', (line) => expect(isBoilerplate(line)).toBe(true))

  it('keeps release text', () => {
    expect(isBoilerplate('The chief of the Service met the IOM Chief of Mission.')).toBe(false)
  })
})

describe('language', () => {
  it('reduces tags and tells the three languages apart', () => {
    expect(primaryLanguage('en-GB')).toBe('en')
    expect(primaryLanguage('az_Latn_AZ')).toBe('az')
    expect(primaryLanguage('nonsense tag')).toBeUndefined()
    expect(detectLanguage('Dövlət Miqrasiya Xidmətinin rəisi görüşüb')).toBe('az')
    expect(detectLanguage('Начальник службы встретился')).toBe('ru')
    expect(detectLanguage('The chief of the Service met the delegation')).toBe('en')
  })
})
