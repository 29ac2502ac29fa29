import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

import { type AppProcess, loginEnv, type Logins, startApp } from './appProcess'
import { launchChromium, logInToAdmin } from './browser'

/**
 * One production app on a freshly seeded database and one Chromium, for a browser test file whose
 * areas (modules beside it) all work on the seeded story: started in the file's beforeAll, closed
 * in its afterAll. The app, the browser and the story's id are getters, read once beforeAll has
 * run, never while the tests are declared.
 */
export const seededAppInChromium = ({
  logins,
  shots,
  slug,
}: {
  /** The staff's logins, the app's accounts (testLogins). */
  logins: Required<Logins>
  /** Where screenshots go. */
  shots: string
  /** The seeded story's slug. */
  slug: string
}) => {
  let app: AppProcess
  let browser: Browser
  let articleId: number

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true })
    app = await startApp({ script: 'start', env: { SEED_ON_START: 'true', ...loginEnv(logins) } })
    browser = await launchChromium()
    articleId = (await (await fetch(`${app.baseURL}/api/articles/slug/${slug}`)).json()).id
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  return {
    get app() {
      return app
    },
    get browser() {
      return browser
    },
    /** The seeded story's id. */
    get articleId() {
      return articleId
    },
    /** A page of the admin, signed in as one of the staff. */
    logIn: (who: keyof Required<Logins>) => logInToAdmin(browser, app.baseURL, logins[who]),
    /** A screenshot in `shots`. */
    shot: (page: Page, name: string) =>
      page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: false }),
    /** The seeded story from the delivery endpoint. */
    story: async () => (await fetch(`${app.baseURL}/api/articles/slug/${slug}`)).json(),
  }
}
