import type { Browser } from 'playwright-core'

import { type AppProcess, loginEnv, startApp, testLogins } from '../helpers/appProcess'
import { eventually, launchChromium, logInToAdmin } from '../helpers/browser'
import { lexicalParagraphs } from '../helpers/fixtures'
import { type EventStream, openEventStream } from '../helpers/sseClient'
import { startWebhookReceiver, verifySignature } from '../helpers/webhookReceiver'

/**
 * A developing story, live, in the production app: readers' event streams, webhooks to a real
 * receiver (through the jobs runner the server starts), and an embargoed story scheduled in the
 * admin that appears everywhere at its time.
 */
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const LOGINS = testLogins('live.test')
type Who = keyof typeof LOGINS

let app: AppProcess
let browser: Browser
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
const streams: EventStream[] = []
/** The receiver's registration, made by the admin before the tests. */
let webhook: { id: number; secret: string }

const appEnv = () => ({
  SEED_ON_START: 'true',
  ...loginEnv(LOGINS),
  // The receiver listens on this machine, which webhooks may reach only when the operator says so.
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  WEBHOOK_TIMEOUT_SECONDS: '2',
  WEBHOOK_RETRY_DELAY_SECONDS: '1',
  EVENT_STREAMS_PER_CLIENT: '4',
  SERVER_URL: '',
})

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
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
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

/** A time as the admin's date picker takes it typed ("MMM d, yyyy h:mm a"), in UTC like the browser here. */
const adminDateTime = (date: Date) => {
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
  const hours = date.getUTCHours()
  return `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} ${hours % 12 || 12}:${String(date.getUTCMinutes()).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`
}

describe('a story’s event stream', () => {
  it('answers unknown and unpublished stories with 404, and opens a published one with `ready` and its current ETag', async () => {
    const unknown = await stream('no-such-story')
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body!)).toEqual({
      errors: [{ message: 'No published article has this slug.' }],
    })
    const draft = await api('editor', 'POST', '/api/articles', {
      title: 'A draft nobody may follow',
      body: lexicalParagraphs('Not yet.'),
    })
    expect(draft.status).toBe(201)
    expect((await stream(draft.body.doc.slug)).status).toBe(404)

    const live = await stream(SLUG)
    expect(live.status).toBe(200)
    expect(live.headers['content-type']).toBe('text/event-stream; charset=utf-8')
    expect(live.headers['cache-control']).toBe('no-cache, no-transform')
    const ready = await live.next('ready')
    expect(ready.data).toEqual({ etag: await storyEtag(SLUG) })
    live.close()
  })

  it('tells every open stream of a published update, and nothing of a draft', async () => {
    const id = await seededId()
    const [first, second] = [
      await stream(SLUG),
      await stream(SLUG, { 'x-forwarded-for': '198.51.100.7' }),
    ]
    await first.next('ready')
    await second.next('ready')

    const draft = await api('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
      dek: 'A draft readers must not hear of.',
    })
    expect(draft.status).toBe(200)
    await sleep(1500)
    expect(first.events.map((event) => event.event)).toEqual(['ready'])

    const before = first.events.length
    await addLogEntry(id, 'Police confirmed the officer has been suspended.')
    const committedAt = Date.now()
    const [update, same] = await Promise.all([
      first.next('story', { after: before }),
      second.next('story', { after: before }),
    ])
    // How soon is the benchmark's business (5,000 streams); here it is reported.
    console.log(
      `event stream: the update reached two streams ${update.receivedAt - committedAt} ms and ${same.receivedAt - committedAt} ms after the commit`,
    )
    expect(same.data).toEqual(update.data)
    expect(update.data).toMatchObject({
      etag: await storyEtag(SLUG),
      dateModified: expect.any(String),
      logEntry: {
        type: 'update',
        text: 'Police confirmed the officer has been suspended.',
        date: expect.any(String),
      },
      commentCount: expect.any(Number),
    })
    expect(update.id).toBe(String(Number(first.events[0].id) + 1))
    first.close()
    second.close()
  })

  it('tells of an approved comment with the new count; a comment waiting for moderation sends nothing', async () => {
    const id = await seededId()
    const live = await stream(SLUG)
    const ready = await live.next('ready')
    const submitted = await api(
      'anonymous',
      'POST',
      '/api/comments',
      {
        article: id,
        authorName: 'Reader',
        authorEmail: 'reader@live.test',
        body: 'Thank you for the update.',
      },
      { 'x-forwarded-for': '198.51.100.8' },
    )
    expect(submitted.status).toBe(201)
    await sleep(1200)
    expect(live.events).toEqual([ready])
    const count = (await api('anonymous', 'GET', `/api/articles/slug/${SLUG}`)).body.commentCount
    expect(
      (
        await api('moderator', 'PATCH', `/api/comments/${submitted.body.doc.id}`, {
          status: 'approved',
        })
      ).status,
    ).toBe(200)
    const update = await live.next('story')
    expect(update.data).toMatchObject({
      commentCount: count + 1,
      logEntry: null,
      etag: await storyEtag(SLUG),
    })
    live.close()
  })

  it('lets a client that reconnects with Last-Event-ID catch up on what it missed', async () => {
    const id = await seededId()
    const live = await stream(SLUG)
    const ready = await live.next('ready')
    live.close()
    await addLogEntry(id, 'The officer’s lawyer issued a statement.')
    await sleep(300)
    const resumed = await stream(SLUG, { 'last-event-id': ready.id! })
    const missed = await resumed.next('story')
    expect(Number(missed.id)).toBe(Number(ready.id) + 1)
    expect(missed.data.logEntry).toMatchObject({ text: 'The officer’s lawyer issued a statement.' })
    resumed.close()
  })

  it('holds at most EVENT_STREAMS_PER_CLIENT streams per client address', async () => {
    const mine = []
    for (let i = 0; i < 4; i++) {
      mine.push(await stream(SLUG, { 'x-forwarded-for': '203.0.113.50' }))
    }
    expect(mine.map((one) => one.status)).toEqual([200, 200, 200, 200])
    const fifth = await stream(SLUG, { 'x-forwarded-for': '203.0.113.50' })
    expect(fifth.status).toBe(429)
    expect(fifth.body).toMatch(/At most 4 open event streams per client/)
    expect((await stream(SLUG, { 'x-forwarded-for': '203.0.113.51' })).status).toBe(200)
    mine[0].close()
    await sleep(200)
    expect((await stream(SLUG, { 'x-forwarded-for': '203.0.113.50' })).status).toBe(200)
    for (const one of streams) {
      one.close()
    }
  })

  it('keeps the reader’s open page current: “Updated: …” with the new entry, without a reload', async () => {
    const id = await seededId()
    const page = await (
      await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.20' } })
    ).newPage()
    await page.goto(`${app.baseURL}/stories/${SLUG}`)
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true))
    await sleep(500)
    await addLogEntry(id, 'Prosecutors opened an inquiry.')
    await page
      .locator('.live-updates')
      .getByText('Prosecutors opened an inquiry.')
      .waitFor({ timeout: 5_000 })
    expect(await page.locator('.live-updates').innerText()).toMatch(
      /^Updated .+ UTC: Prosecutors opened an inquiry\./,
    )
    expect(
      await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBe(true)
    await page.context().close()
  })
})

describe('webhooks from the running app', () => {
  it('delivers a signed article.published to a real receiver within seconds of the publish', async () => {
    const published = await api('editor', 'POST', '/api/articles', {
      title: 'Water restored to the old town',
      body: lexicalParagraphs('Engineers finished the repair overnight.'),
      _status: 'published',
    })
    expect(published.status).toBe(201)
    const startedAt = Date.now()
    const request = await receiver.waitForMatch(
      (one) => one.json?.data?.id === published.body.doc.id,
      10_000,
    )
    console.log(
      `webhooks: article.published received ${Date.now() - startedAt} ms after the publish`,
    )
    expect(verifySignature(webhook.secret, request)).toMatchObject({
      type: 'article.published',
      data: {
        id: published.body.doc.id,
        slug: 'water-restored-to-the-old-town',
        etag: await storyEtag('water-restored-to-the-old-town'),
      },
    })
  })
})

describe('scheduled publishing and embargoes', () => {
  it('refuses to publish before the embargo, in the admin too; publishes at the scheduled time everywhere at once', async () => {
    // The embargo lifts at the start of a minute at least a minute away (the admin schedules to the minute).
    const embargo = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000)
    const created = await api('editor', 'POST', '/api/articles', {
      title: 'Inquiry findings under embargo',
      body: lexicalParagraphs('The inquiry found failures at every level.'),
      embargoUntil: embargo.toISOString(),
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc as { id: number; slug: string }

    const refused = await api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([
      {
        path: 'embargoUntil',
        label: 'Embargo until',
        message: expect.stringMatching(
          /^Embargoed until .+ UTC: this article cannot be published before then/,
        ),
      },
    ])

    const page = await logInToAdmin(browser, app.baseURL, LOGINS.editor, { timezoneId: 'UTC' })
    await page.goto(`${app.baseURL}/admin/collections/articles/${id}`)
    await page.locator('#action-save').click()
    await page
      .getByText(/Embargoed until/)
      .first()
      .waitFor({ timeout: 15_000 })

    // Publish ▸ Schedule Publish, at the embargo.
    await page.locator('#action-save-popup button').first().click()
    await page.locator('#schedule-publish').click()
    await page.locator('.schedule-publish__type label', { hasText: 'Publish' }).first().click()
    const input = page.locator('.schedule-publish__scheduler .date-time-picker input[type="text"]')
    await input.click()
    await input.fill(adminDateTime(embargo))
    // Closing the picker (a click outside it) shows the drawer's Save button again.
    await page.locator('.schedule-publish__drawer-header h2').click()
    await page.locator('.drawer__content button', { hasText: /^Save$/ }).click()
    await page
      .getByText(/scheduled successfully/i)
      .first()
      .waitFor({ timeout: 15_000 })
    await page.context().close()

    const before = receiver.received.length
    // Until then nothing of it reaches anyone.
    expect((await api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(404)
    expect((await fetch(`${app.baseURL}/api/articles/slug/${slug}`)).status).toBe(404)
    expect((await fetch(`${app.baseURL}/stories/${slug}`)).status).toBe(404)
    expect((await stream(slug)).status).toBe(404)
    await sleep(Math.max(0, embargo.getTime() - Date.now() - 2_000))
    expect((await fetch(`${app.baseURL}/api/articles/slug/${slug}`)).status).toBe(404)
    expect(
      receiver.received.slice(before).some((request) => request.json?.data?.slug === slug),
    ).toBe(false)

    // At the time, within seconds: REST, the story's JSON, the reader page, its event stream, the webhook.
    const story = await eventually(
      () => fetch(`${app.baseURL}/api/articles/slug/${slug}`),
      (res) => res.status === 200,
      20_000,
    )
    const lagMs = Date.now() - embargo.getTime()
    console.log(`scheduled publish: the story was served ${lagMs} ms after its time`)
    expect(story.status).toBe(200)
    expect((await api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(200)
    const pageHtml = await (await fetch(`${app.baseURL}/stories/${slug}`)).text()
    expect(pageHtml).toContain('Inquiry findings under embargo')
    const live = await stream(slug)
    expect((await live.next('ready')).data).toEqual({ etag: story.headers.get('etag') })
    live.close()
    const hook = await receiver.waitForMatch((request) => request.json?.data?.slug === slug, 10_000)
    expect(verifySignature(webhook.secret, hook)).toMatchObject({
      type: 'article.published',
      data: { id, slug },
    })
  }, 240_000)
})

describe('at least once, across a crash', () => {
  it('delivers an event whose delivery was cut short by killing the app, once it runs again', async () => {
    // The receiver takes the first request for this story and never answers it; the app is killed meanwhile.
    const ofThisStory = (request: { json?: any }) =>
      request.json?.data?.slug === 'night-trains-return'
    let hung = false
    receiver.answerWith((request) =>
      ofThisStory(request) && !hung ? ((hung = true), 'hang') : 204,
    )
    const published = await api('editor', 'POST', '/api/articles', {
      title: 'Night trains return',
      body: lexicalParagraphs('Services resume on Monday.'),
      _status: 'published',
    })
    expect(published.status).toBe(201)
    const cutShort = await receiver.waitForMatch(ofThisStory, 10_000)
    await app.kill()

    app = await startApp({ script: 'start', env: appEnv(), dataDir: app.dataDir })
    const retried = await receiver.waitForMatch(
      (request) => ofThisStory(request) && request !== cutShort,
      60_000,
    )
    expect(retried.headers['webhook-id']).toBe(cutShort.headers['webhook-id'])
    expect(retried.body).toBe(cutShort.body)
    expect(verifySignature(webhook.secret, retried)).toMatchObject({
      type: 'article.published',
      data: { slug: 'night-trains-return' },
    })
    const deliveries = await eventually(
      () =>
        api(
          'admin',
          'GET',
          `/api/webhook-deliveries?where[messageId][equals]=${cutShort.headers['webhook-id']}`,
        ),
      (res) => res.body.docs?.[0]?.status === 'delivered',
    )
    expect(deliveries.body.docs[0]).toMatchObject({ status: 'delivered', lastResponseCode: 204 })
  }, 180_000)
})
