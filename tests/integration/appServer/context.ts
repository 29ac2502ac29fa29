/**
 * What the app server's areas share (tests/integration/app.server.test.ts starts the app once for
 * all of them; each area is a module beside this one): the frontend origin it lists in
 * CORS_ORIGINS, and the app, read once beforeAll has run.
 */
import { type AppProcess } from '../../helpers/appProcess'

export const FRONTEND = 'https://frontend.example'

export type AppServer = {
  /** Set by the test file's beforeAll: read in a test, never while the tests are declared. */
  readonly app: AppProcess
}
