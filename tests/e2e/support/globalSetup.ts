/** Starts one static server over dist/ for all end-to-end tests. */
import { existsSync } from 'node:fs'
import { startServer, type TestServer } from './server.ts'

let server: TestServer | undefined

export async function setup(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).')
  server = await startServer({ root: 'dist', fixtures: 'tests/fixtures/e2e', examples: 'examples', results: 'test-results' })
  process.env.PRESSROOM_E2E_ORIGIN = server.origin
}

export async function teardown(): Promise<void> {
  await server?.close()
}
