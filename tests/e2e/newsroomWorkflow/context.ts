/**
 * What the newsroom workflow's areas share (tests/newsroomWorkflow.e2e.ts boots one app and one
 * Chromium for all of them; each area is a module beside this one): the seeded story, the staff's
 * logins, where screenshots go, the admin's and the reader's page helpers, and the app, the browser
 * and the staff's REST calls, read once beforeAll has run.
 */
import type { Browser, Locator, Page } from 'playwright-core'

import path from 'node:path'

import { type AppProcess, projectRoot, testLogins } from '../../helpers/appProcess'
import { eventually } from '../../helpers/browser'

export const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
export const LOGINS = testLogins('workflow.test')
export const SHOTS = path.join(projectRoot, 'tests', 'e2e', 'screenshots')

/** Picks an option of a Payload select field. */
export const choose = async (page: Page, field: string, option: string) => {
  await page.click(`#field-${field} .rs__control`)
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** The vigil photo as readers see it in `figure`: its alt text, every width in srcset, caption and credit, loaded. */
export const expectVigilPictureShown = async (figure: Locator) => {
  const img = figure.locator('img')
  expect(await img.getAttribute('alt')).toBe('Candles outside the station at night')
  expect((await img.getAttribute('srcset'))!.split(',').length).toBeGreaterThanOrEqual(4)
  expect(await figure.locator('figcaption').textContent()).toMatch(
    /The vigil on the second evening\.\s*Photo sent by a reader/,
  )
  await img.scrollIntoViewIfNeeded()
  await eventually(
    async () => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth),
    (width) => Number(width) > 0,
  )
}

export type NewsroomWorkflow = {
  /** Set by the test file's beforeAll: read in a hook or a test, never while the tests are declared. */
  readonly app: AppProcess
  readonly browser: Browser
  /** The seeded story's id. */
  readonly articleId: number
  /** A page of the admin, signed in as one of the staff. */
  logIn: (who: keyof typeof LOGINS) => Promise<Page>
  /** A screenshot in tests/e2e/screenshots/. */
  shot: (page: Page, name: string) => Promise<Buffer>
  /** The staff's REST tokens, by who they are, once `api` has signed them in. */
  readonly tokens: ReadonlyMap<string, string>
  /** REST as one of the staff (a login of their own, beside the browser's). */
  api: (
    who: keyof typeof LOGINS,
    method: string,
    pathname: string,
    body?: unknown,
  ) => Promise<{ status: number; body: any }>
  /** The seeded story's latest draft, as the editor reads it. */
  latest: () => Promise<any>
  /** The seeded story from the delivery endpoint. */
  story: () => Promise<any>
}
