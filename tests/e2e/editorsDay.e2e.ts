import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

import { type AppProcess, loginEnv, startApp } from '../helpers/appProcess'
import { launchChromium, logInToAdmin } from '../helpers/browser'
import { type EditorsDay, LOGINS, SHOTS, SLUG } from './editorsDay/context'
import { anEditor } from './editorsDay/editor'
import { loggingIn } from './editorsDay/loggingIn'
import { aModerator } from './editorsDay/moderator'
import { publishGate } from './editorsDay/publishGate'
import { quoteChanged } from './editorsDay/quoteChanged'
import { sourceForm } from './editorsDay/sourceForm'
import { thirdParties } from './editorsDay/thirdParties'

/**
 * The editor's and moderator's day, in real Chromium against the real app (production build,
 * fresh seeded database). Each step leaves a screenshot in tests/e2e/screenshots/.
 *
 * One app and one browser for every area: the areas are modules in tests/e2e/editorsDay/ (editor,
 * sourceForm, publishGate, moderator, thirdParties, quoteChanged, loggingIn), called here in the
 * order this file has always run them, on the same database.
 */
let app: AppProcess
let browser: Browser
let articleId: number

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  app = await startApp({
    script: 'start',
    env: {
      SEED_ON_START: 'true',
      ...loginEnv(LOGINS),
    },
  })
  browser = await launchChromium()
  articleId = (await (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()).id
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const logIn = (who: keyof typeof LOGINS) => logInToAdmin(browser, app.baseURL, LOGINS[who])

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false })

/** A REST call as the editor (for what a test sets up before the browser takes over). */
/** The editor's REST token, signed in once: the sign-in throttle counts every login from this address. */
let editorToken: Promise<string> | undefined
const editorLogin = () =>
  (editorToken ??= fetch(`${app.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(LOGINS.editor),
  })
    .then((login) => login.json())
    .then(({ token }) => token as string))

const asEditor = async (method: string, pathname: string, body: unknown) =>
  (
    await fetch(`${app.baseURL}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${await editorLogin()}` },
      body: JSON.stringify(body),
    })
  ).json()

const publicArticle = async () => (await fetch(`${app.baseURL}/api/articles/${articleId}`)).json()
const story = async () => (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()

const day: EditorsDay = {
  get app() {
    return app
  },
  get browser() {
    return browser
  },
  get articleId() {
    return articleId
  },
  logIn,
  shot,
  asEditor,
  publicArticle,
  story,
}

anEditor(day)
sourceForm(day)
publishGate(day)
aModerator(day)
thirdParties(day)
quoteChanged(day)
loggingIn(day)
