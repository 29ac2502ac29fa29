import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

import { type AppProcess, loginEnv, startApp } from '../helpers/appProcess'
import { launchChromium, logInToAdmin } from '../helpers/browser'
import { LOGINS, type NewsroomWorkflow, SHOTS, SLUG } from './newsroomWorkflow/context'
import { dayOnTheStory } from './newsroomWorkflow/dayOnTheStory'
import { photo } from './newsroomWorkflow/photo'
import { pictureInText } from './newsroomWorkflow/pictureInText'
import { retraction } from './newsroomWorkflow/retraction'
import { scheduling } from './newsroomWorkflow/scheduling'
import { seoFields } from './newsroomWorkflow/seoFields'
import { takedown } from './newsroomWorkflow/takedown'

/**
 * The newsroom's workflow in real Chromium against the production app, on the seeded story (it
 * quotes an anonymous colleague and an unverified clip, so legal must sign it off): a reporter's
 * draft, an editor's update refused for want of a sign-off, legal's queue and sign-off, the
 * editor's publish; then a retraction, as readers meet it. Screenshots in tests/e2e/screenshots/.
 *
 * One app and one browser for every area: the areas are modules in tests/e2e/newsroomWorkflow/
 * (dayOnTheStory, retraction, takedown, scheduling, photo, pictureInText, seoFields), called here
 * in the order this file has always run them, on the same database.
 */
let app: AppProcess
let browser: Browser
let articleId: number

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  app = await startApp({ script: 'start', env: { SEED_ON_START: 'true', ...loginEnv(LOGINS) } })
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

const tokens = new Map<string, string>()
/** REST as one of the staff (a login of their own, beside the browser's). */
const api = async (who: keyof typeof LOGINS, method: string, pathname: string, body?: unknown) => {
  if (!tokens.has(who)) {
    const login = await fetch(`${app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(LOGINS[who]),
    })
    tokens.set(who, (await login.json()).token)
  }
  const res = await fetch(`${app.baseURL}${pathname}`, {
    method,
    headers: {
      authorization: `JWT ${tokens.get(who)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}
const latest = async () =>
  (await api('editor', 'GET', `/api/articles/${articleId}?draft=true&depth=0`)).body
const story = async () => (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()

const workflow: NewsroomWorkflow = {
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
  tokens,
  api,
  latest,
  story,
}

dayOnTheStory(workflow)
retraction(workflow)
takedown(workflow)
scheduling(workflow)
photo(workflow)
pictureInText(workflow)
seoFields(workflow)
