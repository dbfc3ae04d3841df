/**
 * Coded problems in the reader's language: `message` is the text after a
 * path, `cost` what the problem cost, `line` a whole line for problems about
 * a named attribute or parameter (`page-size="500": use a whole number…`).
 */
import { problemSubject, type Problem } from '../core/problems.ts'
import { useI18n } from './plugin.ts'

export function useProblemText() {
  const { t } = useI18n()
  const message = (problem: Pick<Problem, 'code' | 'params'>): string => t(`problems.code.${problem.code}`, problem.params)
  const cost = (problem: Pick<Problem, 'cost'>): string => (problem.cost ? t(`problems.cost.${problem.cost}`) : '')
  const line = (problem: Problem): string => {
    const subject = problemSubject(problem)
    return subject ? `${subject}: ${message(problem)}` : message(problem)
  }
  return { message, cost, line }
}
