/**
 * Texts of coded problems (corpus, search requests, widget attributes) in
 * English, which come from `src/core/problems.ts` (the command line prints
 * them); `az/problems.ts` and `ru/problems.ts` must have every code with the same placeholders (the type
 * and a unit test check it). Texts follow a path and do not repeat it.
 */
import { PROBLEM_TEXTS, type ProblemCode, type ProblemCost } from '../../core/problems.ts'

/** One language's text for every problem code. */
export type ProblemTexts = Record<ProblemCode, string>

/** Short notes of what a corpus problem cost, shown beside it. */
const costEn: Record<ProblemCost, string> = {
  document: 'the archive could not be read',
  rest: 'the rest of the archive could not be read; the releases before the break are kept',
  release: 'release skipped',
  entry: 'entry skipped',
  field: 'field ignored',
  reference: 'reference skipped',
  value: 'value ignored',
  nothing: 'nothing lost',
}

type Tree = { [key: string]: string | Tree }

/** Codes are dotted (`json.html`); the i18n lookup walks dots, so they become a tree. */
export function nest(texts: ProblemTexts): Tree {
  const tree: Tree = {}
  for (const [code, text] of Object.entries(texts)) {
    const parts = code.split('.')
    let node = tree
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree
    node[parts[parts.length - 1] as string] = text
  }
  return tree
}

export default { code: nest(PROBLEM_TEXTS), cost: costEn }
