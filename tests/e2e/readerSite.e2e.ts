import type { Browser, BrowserContext, Page } from 'playwright-core'

import fs from 'node:fs'

import { type AppProcess, loginEnv, startApp } from '../helpers/appProcess'
import { launchChromium } from '../helpers/browser'
import { accessibility } from './readerSite/accessibility'
import { authors } from './readerSite/authors'
import { ADMIN, DOCS, LOGINS, type ReaderSite, SLUG } from './readerSite/context'
import { editions } from './readerSite/editions'
import { liveCoverage } from './readerSite/liveCoverage'
import { livePreview } from './readerSite/livePreview'
import { machines } from './readerSite/machines'
import { notFound } from './readerSite/notFound'
import { pageCache } from './readerSite/pageCache'
import { aReader } from './readerSite/reader'
import { search } from './readerSite/search'
import { storyFeed } from './readerSite/storyFeed'

/**
 * The reader site (production build), in Chromium: the story as readers get it, its forms without
 * JavaScript, its head, its accessibility, its cache. It reads and writes only through the REST API.
 *
 * One app and one browser for every area: the areas are modules in tests/e2e/readerSite/ (reader,
 * notFound, accessibility, machines, pageCache, livePreview, editions, authors, liveCoverage,
 * storyFeed, search), called here in the order this file has always run them, on the same database.
 */
let app: AppProcess
let browser: Browser
const contexts: BrowserContext[] = []
let adminToken: string | undefined

beforeAll(async () => {
  fs.mkdirSync(DOCS, { recursive: true })
  app = await startApp({
    script: 'start',
    env: { ...loginEnv(LOGINS), SEED_ON_START: 'true', SERVER_URL: '' },
  })
  browser = await launchChromium()
}, 240_000)

afterAll(async () => {
  for (const context of contexts) {
    await context.close()
  }
  await browser?.close()
  await app?.stop()
})

const site: ReaderSite = {
  get app() {
    return app
  },
  get browser() {
    return browser
  },
  contexts,
  reader: async (address, { javaScript = true, width = 1280 } = {}): Promise<Page> => {
    const context = await browser.newContext({
      javaScriptEnabled: javaScript,
      viewport: { width, height: 900 },
      extraHTTPHeaders: { 'x-forwarded-for': address },
    })
    contexts.push(context)
    return context.newPage()
  },
  storyUrl: () => `${app.baseURL}/stories/${SLUG}`,
  asAdmin: async (method, pathname, body) => {
    adminToken ??= (
      await (
        await fetch(`${app.baseURL}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(ADMIN),
        })
      ).json()
    ).token as string
    return fetch(`${app.baseURL}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  },
}

aReader(site)
notFound(site)
accessibility(site)
machines(site)
pageCache(site)
livePreview(site)
editions(site)
authors(site)
liveCoverage(site)
storyFeed(site)
search(site)
