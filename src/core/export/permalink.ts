/**
 * A release's permanent address in the app: `<base>releases/<id>`, where the
 * base is the app's origin and base path (`https://example.org/` or
 * `https://example.org/press/`).
 *
 * @example
 * permalink('https://example.org/press', '13452') // 'https://example.org/press/releases/13452'
 */
export function permalink(base: string, id: string): string {
  const root = base.endsWith('/') ? base : `${base}/`
  return `${root}releases/${encodeURIComponent(id)}`
}
