/**
 * What the editor's day's areas share (tests/editorsDay.e2e.ts boots one app and one Chromium for
 * all of them; each area is a module beside this one): the seeded story, the staff's logins, where
 * screenshots go, and the app, the browser and the staff's helpers, read once beforeAll has run.
 */
import type { Browser, Page } from 'playwright-core'

import path from 'node:path'

import { type AppProcess, projectRoot, testLogins } from '../../helpers/appProcess'

export const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
export const LOGINS = testLogins('e2e.test')
export const SHOTS = path.join(projectRoot, 'tests', 'e2e', 'screenshots')

export type EditorsDay = {
  /** Set by the test file's beforeAll: read in a hook or a test, never while the tests are declared. */
  readonly app: AppProcess
  readonly browser: Browser
  /** The seeded story's id. */
  readonly articleId: number
  /** A page of the admin, signed in as one of the staff. */
  logIn: (who: keyof typeof LOGINS) => Promise<Page>
  /** A screenshot in tests/e2e/screenshots/. */
  shot: (page: Page, name: string) => Promise<Buffer>
  /** A REST call as the editor (for what a test sets up before the browser takes over). */
  asEditor: (method: string, pathname: string, body: unknown) => Promise<any>
  /** The seeded story, by id, as the public gets it. */
  publicArticle: () => Promise<any>
  /** The seeded story from the delivery endpoint. */
  story: () => Promise<any>
}
