/**
 * What the reader site's areas share (tests/readerSite.e2e.ts boots one app and one Chromium for all
 * of them; each area is a module beside this one): the seeded story, the staff's logins, where
 * screenshots go, and the app, the browser and a reader's page, read once beforeAll has run.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

import { parseStory } from '../../../seed/parseStory'
import { STORY_FILE } from '../../../seed/seed'
import { type AppProcess, projectRoot, testLogins } from '../../helpers/appProcess'

export const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
export const LOGINS = testLogins('reader.test')
export const { admin: ADMIN, editor: EDITOR } = LOGINS
/** The pictures in docs/ (README.md and its pages show them) are refreshed with UPDATE_DOCS=1; otherwise screenshots go beside the other tests'. */
export const DOCS = path.join(
  projectRoot,
  process.env.UPDATE_DOCS === '1' ? 'docs' : 'tests/e2e/screenshots',
)
export const story = parseStory(fs.readFileSync(STORY_FILE, 'utf8'))

export type ReaderSite = {
  /** Set by the test file's beforeAll: read in a hook or a test, never while the tests are declared. */
  readonly app: AppProcess
  readonly browser: Browser
  /** Browser contexts opened by the tests, closed by the test file's afterAll. */
  readonly contexts: BrowserContext[]
  /** A reader: their own browser, their own address (the app trusts X-Forwarded-For from loopback). */
  reader: (address: string, options?: { javaScript?: boolean; width?: number }) => Promise<Page>
  /** The seeded story's page. */
  storyUrl: () => string
  /** A REST request as the admin (logged in once), JSON body; the answer as fetch gives it. */
  asAdmin: (method: string, pathname: string, body?: unknown) => Promise<Response>
}
