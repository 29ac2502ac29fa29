import type { Browser } from 'playwright-core'

import { type AppProcess, startApp } from '../helpers/appProcess'
import { launchChromium } from '../helpers/browser'
import { type EventStream, openEventStream } from '../helpers/sseClient'
import { startWebhookReceiver } from '../helpers/webhookReceiver'
import { appEnv, type LiveStory, LOGINS, SLUG, type Who } from './liveStory/context'
import { crash } from './liveStory/crash'
import { eventStream } from './liveStory/eventStream'
import { scheduling } from './liveStory/scheduling'
import { webhooks } from './liveStory/webhooks'

/**
 * A developing story, live, in the production app: readers' event streams, webhooks to a real
 * receiver (through the jobs runner the server starts), and an embargoed story scheduled in the
 * admin that appears everywhere at its time.
 *
 * One app, one browser and one webhook receiver for every area: the areas are modules in
 * tests/e2e/liveStory/ (eventStream, webhooks, scheduling, crash), called here in the order this
 * file has always run them, on the same database.
 */
let app: AppProcess
let browser: Browser
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
const streams: EventStream[] = []
/** The receiver's registration, made by the admin before the tests. */
let webhook: { id: number; secret: string }

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  app = await startApp({ script: 'start', env: appEnv() })
  browser = await launchChromium()
  const created = await api('admin', 'POST', '/api/webhooks', {
    url: receiver.url,
    events: [
      'article.published',
      'article.updated',
      'article.corrected',
      'article.unpublished',
      'article.deleted',
      'comment.approved',
    ],
  })
  expect(created.status).toBe(201)
  webhook = created.body.doc
}, 240_000)

afterAll(async () => {
  for (const stream of streams) {
    stream.close()
  }
  await browser?.close()
  await app?.stop()
  await receiver?.close()
})

const tokens = new Map<string, string>()
const api = async (
  who: 'anonymous' | Who,
  method: string,
  pathname: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  if (who !== 'anonymous' && !tokens.has(`${app.baseURL}${who}`)) {
    const login = await fetch(`${app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(LOGINS[who]),
    })
    tokens.set(`${app.baseURL}${who}`, ((await login.json()) as { token: string }).token)
  }
  const res = await fetch(`${app.baseURL}${pathname}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(who === 'anonymous'
        ? {}
        : { authorization: `JWT ${tokens.get(`${app.baseURL}${who}`)}` }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: res.status, headers: res.headers, body: json }
}

const stream = async (slug: string, headers: Record<string, string> = {}) => {
  const opened = await openEventStream(`${app.baseURL}/api/articles/slug/${slug}/events`, headers)
  streams.push(opened)
  return opened
}
const storyEtag = async (slug: string) =>
  (await fetch(`${app.baseURL}/api/articles/slug/${slug}`)).headers.get('etag')
const seededId = async () =>
  (await api('anonymous', 'GET', `/api/articles/slug/${SLUG}`)).body.id as number

/** Appends a public log entry to the published story, as an editor does: the whole log goes back with the new entry. */
const addLogEntry = async (id: number, text: string, type = 'update') => {
  const current = (await api('editor', 'GET', `/api/articles/${id}?depth=0`)).body
  const res = await api('editor', 'PATCH', `/api/articles/${id}`, {
    _status: 'published',
    updateLog: [...(current.updateLog ?? []), { type, text }],
  })
  expect(res.status).toBe(200)
  return res
}

const liveStory: LiveStory = {
  get app() {
    return app
  },
  set app(restarted) {
    app = restarted
  },
  get browser() {
    return browser
  },
  get receiver() {
    return receiver
  },
  get webhook() {
    return webhook
  },
  streams,
  api,
  stream,
  storyEtag,
  seededId,
  addLogEntry,
}

eventStream(liveStory)
webhooks(liveStory)
scheduling(liveStory)
crash(liveStory)
