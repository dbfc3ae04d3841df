/**
 * Tokenisation benchmark: `indexTerms` against MiniSearch's default tokenizer and
 * processTerm (split on its SPACE_OR_PUNCTUATION pattern, then toLowerCase) over about
 * 4 MB of mixed English, Azerbaijani and Russian release text.
 *
 * Run: npx tsx tests/bench/text-bench.ts [megabytes]
 */
import MiniSearch from 'minisearch'
import { indexTerms } from '../../src/core/text/tokenize.ts'

const SENTENCES = [
  'The chief of the State Migration Service met the delegation of the International Organization for Migration.',
  'Vusal Huseynov stressed the importance of cooperation on legal residence permits for foreigners and stateless persons.',
  'During the meeting, the parties discussed the registration of migrant workers and the simplification of procedures.',
  'Telman Aliyev, Chairman of the “Caspian European Club”, thanked the Service’s staff — for the e-services provided in 2020.',
  'Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov Beynəlxalq Miqrasiya Təşkilatının nümayəndə heyəti ilə görüşüb.',
  'Görüşdə əcnəbilərin və vətəndaşlığı olmayan şəxslərin ölkədə qanuni yaşaması məsələləri müzakirə olunub.',
  'Xidmətin rəis müavini Cavid Məmmədov əmək miqrantlarının hüquqlarının qorunmasının vacibliyini qeyd edib.',
  'Начальник Государственной миграционной службы Вусал Гусейнов встретился с делегацией Международной организации по миграции.',
  'Стороны обсудили вопросы регистрации трудовых мигрантов и упрощения процедуры выдачи разрешений на временное проживание.',
  'Заместитель начальника службы Джавид Халилов отметил важность сотрудничества с посольствами зарубежных стран — «партнёров».',
]

function mixedText(bytes: number): string {
  let seed = 12345
  const parts: string[] = []
  let size = 0
  while (size < bytes) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    const sentence = SENTENCES[seed % SENTENCES.length] as string
    parts.push(sentence)
    size += Buffer.byteLength(sentence) + 1
    if (seed % 7 === 0) parts.push('\n\n')
  }
  return parts.join(' ')
}

const tokenizeDefault = MiniSearch.getDefault('tokenize') as (text: string, field?: string) => string[]
const processTermDefault = MiniSearch.getDefault('processTerm') as (term: string, field?: string) => string

function miniSearchTerms(text: string): string[] {
  const terms: string[] = []
  for (const token of tokenizeDefault(text)) {
    const term = processTermDefault(token)
    if (term) terms.push(term)
  }
  return terms
}

function time(label: string, run: () => number, rounds: number): number {
  const times: number[] = []
  let count = 0
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    count = run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] as number
  console.log(`${label.padEnd(34)} median ${median.toFixed(1)} ms  (min ${(times[0] as number).toFixed(1)} ms, ${count} terms)`)
  return median
}

const megabytes = Number(process.argv[2] ?? 4)
const text = mixedText(megabytes * 1024 * 1024)
console.log(`text: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, ${text.length} UTF-16 units`)
const rounds = 9
// Warm both paths before timing.
miniSearchTerms(text)
indexTerms(text)
const baseline = time('MiniSearch default tokenize+lower', () => miniSearchTerms(text).length, rounds)
const ours = time('indexTerms', () => indexTerms(text).length, rounds)
console.log(`ratio indexTerms / default: ${(ours / baseline).toFixed(2)}x`)
