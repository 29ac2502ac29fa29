import Ajv2020 from 'ajv/dist/2020'

import { lexicalParagraphs } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { startWebhookReceiver, verifySignature } from '../helpers/webhookReceiver'

/**
 * Webhooks from the outside: an admin registers a real receiving HTTP server, editors work as usual,
 * and the jobs queue (run here by hand, as the app's runner does every second) delivers signed
 * events the receiver verifies with the standardwebhooks library.
 */
let newsroom: TestNewsroom
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  newsroom = await startNewsroom({
    newsroom: {
      storyUrl: ({ slug }) => `https://news.example/stories/${slug}`,
      webhooks: {
        allowedHosts: ['127.0.0.1'],
        timeoutSeconds: 2,
        retryDelaySeconds: 0.05,
        retries: 3,
      },
    },
  })
})
afterAll(async () => {
  await newsroom?.close()
  await receiver?.close()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs the queue until nothing is due (retries come due after their short backoff here). */
const runQueue = async () => {
  for (let round = 0; round < 40; round++) {
    const { noJobsRemaining } = await newsroom.payload.jobs.run({ allQueues: true, limit: 50 })
    const waiting = await newsroom.payload.db.count({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    })
    if (noJobsRemaining && !waiting.totalDocs) {
      return
    }
    await sleep(60)
  }
}

const createWebhook = async (data: Record<string, unknown>) => {
  const res = await newsroom.api('admin', 'POST', '/api/webhooks', {
    url: receiver.url,
    events: ['article.published'],
    ...data,
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; secret: string; url: string }
}

const deliveriesOf = async (webhook: number | string) =>
  (
    await newsroom.api(
      'admin',
      'GET',
      `/api/webhook-deliveries?where[webhook][equals]=${webhook}&sort=createdAt&limit=100`,
    )
  ).body.docs as any[]

const publish = async (title: string, extra: Record<string, unknown> = {}) => {
  const res = await newsroom.api('editor', 'POST', '/api/articles', {
    title,
    body: lexicalParagraphs('What happened.'),
    _status: 'published',
    ...extra,
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; slug: string }
}

const ALL_EVENTS = [
  'article.published',
  'article.updated',
  'article.corrected',
  'article.unpublished',
  'article.deleted',
  'comment.approved',
]

describe('webhooks are admins’ business', () => {
  it('gives each webhook a whsec_ signing secret of the server’s making, shown to admins only', async () => {
    const res = await newsroom.api('admin', 'POST', '/api/webhooks', {
      url: receiver.url,
      events: ['article.published'],
      secret: 'whsec_chosen',
      active: false,
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(res.body.doc.secret).not.toBe('whsec_chosen')
    const id = res.body.doc.id

    const changed = await newsroom.api('admin', 'PATCH', `/api/webhooks/${id}`, {
      secret: 'whsec_other',
      description: 'A frontend',
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.secret).toBe(res.body.doc.secret)

    for (const who of ['editor', 'moderator', 'anonymous'] as const) {
      expect((await newsroom.api(who, 'GET', `/api/webhooks/${id}`)).status).toBe(
        who === 'anonymous' ? 403 : 403,
      )
      expect((await newsroom.api(who, 'GET', '/api/webhooks')).status).toBe(403)
      expect(
        (
          await newsroom.api(who, 'POST', '/api/webhooks', {
            url: receiver.url,
            events: ['article.published'],
          })
        ).status,
      ).toBe(403)
    }
    const graphql = await newsroom.graphql('editor', '{ Webhooks { docs { secret url } } }')
    expect(JSON.stringify(graphql.body)).not.toContain(res.body.doc.secret)
    expect(JSON.stringify(graphql.body)).not.toContain('127.0.0.1')
  })

  it('refuses targets that are not public addresses, naming the field and the reason', async () => {
    for (const url of [
      'http://10.0.0.5/hooks',
      'http://169.254.169.254/latest/meta-data',
      'http://localhost:3000/admin',
      'http://[::1]:3000/',
      'http://[::ffff:127.0.0.2]/',
      'http://0x7f000002/',
      'http://192.168.1.1/',
      'http://[::7f00:1]/',
      'http://[::127.0.0.1]/',
      'http://[fec0::1]/',
      'http://[64:ff9b::a00:1]/',
      'http://[64:ff9b:1::7f00:1]/',
      'http://[2002:7f00:1::1]/',
      'http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/',
    ]) {
      const res = await newsroom.api('admin', 'POST', '/api/webhooks', {
        url,
        events: ['article.published'],
      })
      expect({ url, status: res.status }).toEqual({ url, status: 400 })
      expect(res.body.errors[0].data.errors[0]).toMatchObject({
        path: 'url',
        message: expect.stringMatching(/not a public address.*WEBHOOK_ALLOWED_HOSTS/),
      })
    }
    for (const [url, reason] of [
      ['ftp://example.com/', /Only http and https/],
      ['not a url', /full URL/],
      ['https://user:pass@example.com/', /no user name or password/],
    ] as const) {
      const res = await newsroom.api('admin', 'POST', '/api/webhooks', {
        url,
        events: ['article.published'],
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors[0]).toMatchObject({
        path: 'url',
        message: expect.stringMatching(reason),
      })
    }
  })

  it('keeps the delivery log read-only, and Payload’s job endpoints closed to all but admins', async () => {
    expect(
      (
        await newsroom.api('admin', 'POST', '/api/webhook-deliveries', {
          event: 'article.published',
          messageId: 'msg_x',
        })
      ).status,
    ).toBe(403)
    for (const who of ['editor', 'moderator', 'anonymous'] as const) {
      expect((await newsroom.api(who, 'GET', '/api/webhook-deliveries')).status).toBe(403)
      expect((await newsroom.api(who, 'GET', '/api/payload-jobs/run')).status).toBe(401)
    }
  })
})

describe('events, signed and delivered', () => {
  it('sends article.published once, signed so that standardwebhooks verifies it, with the story’s ETag', async () => {
    const webhook = await createWebhook({ events: ['article.published'] })
    const before = receiver.received.length
    const article = await publish('Bridge reopens after inspection')
    expect(await deliveriesOf(webhook.id)).toMatchObject([
      { event: 'article.published', status: 'pending', attempts: 0 },
    ])
    await runQueue()

    const requests = receiver.received.slice(before)
    expect(requests).toHaveLength(1)
    const [request] = requests
    const verified = verifySignature(webhook.secret, request) as any
    const story = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${article.slug}`)
    expect(verified).toEqual({
      type: 'article.published',
      timestamp: expect.any(String),
      data: {
        id: article.id,
        slug: article.slug,
        url: `https://news.example/stories/${article.slug}`,
        etag: story.headers.get('etag'),
        edition: 1,
      },
    })
    expect(request.headers['webhook-id']).toMatch(/^msg_[0-9a-f-]{36}$/)
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(
      60,
    )
    // A tampered body or another secret does not verify.
    expect(() =>
      verifySignature(webhook.secret, {
        ...request,
        body: request.body.replace('article.published', 'article.deleted'),
      }),
    ).toThrow()
    expect(() => verifySignature('whsec_' + Buffer.alloc(32).toString('base64'), request)).toThrow()

    const [delivery] = await deliveriesOf(webhook.id)
    expect(delivery).toMatchObject({
      status: 'delivered',
      attempts: 1,
      lastResponseCode: 204,
      nextAttemptAt: null,
      messageId: request.headers['webhook-id'],
    })
    await newsroom.api('admin', 'PATCH', `/api/webhooks/${webhook.id}`, { active: false })
  })

  it('tells of what readers see change: updated, corrected, unpublished, deleted, comment approved; nothing for drafts or typo fixes', async () => {
    const webhook = await createWebhook({ events: ALL_EVENTS })
    const article = await publish('Storm closes coast road')
    await runQueue()
    const seen = () => deliveriesOf(webhook.id).then((docs) => docs.map((doc) => doc.event))
    expect(await seen()).toEqual(['article.published'])

    // A draft over the published story, an autosave, a typo fix: readers see no material change.
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}?draft=true`, {
          title: 'Storm closes coast road (draft)',
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await newsroom.api(
          'editor',
          'PATCH',
          `/api/articles/${article.id}?draft=true&autosave=true`,
          { title: 'Storm closes coast road (autosave)' },
        )
      ).status,
    ).toBe(200)
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
          title: 'Storm closes coast road',
          dek: 'A typo fixed.',
          _status: 'published',
        })
      ).status,
    ).toBe(200)
    expect(await seen()).toEqual(['article.published'])

    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
          materialUpdate: true,
          storyStatus: 'updated',
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
          updateLog: [{ type: 'correction', text: 'The road is the A1, not the A2.' }],
        })
      ).status,
    ).toBe(200)
    const comment = await newsroom.api('anonymous', 'POST', '/api/comments', {
      article: article.id,
      authorName: 'Reader',
      authorEmail: 'r@example.com',
      body: 'Stay safe.',
    })
    expect(comment.status).toBe(201)
    expect(await seen()).toEqual(['article.published', 'article.updated', 'article.corrected'])
    expect(
      (
        await newsroom.api('moderator', 'PATCH', `/api/comments/${comment.body.doc.id}`, {
          status: 'approved',
        })
      ).status,
    ).toBe(200)
    expect(
      (await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, { _status: 'draft' }))
        .status,
    ).toBe(200)
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
          _status: 'published',
        })
      ).status,
    ).toBe(200)
    expect((await newsroom.api('editor', 'DELETE', `/api/articles/${article.id}`)).status).toBe(200)
    expect(await seen()).toEqual([
      'article.published',
      'article.updated',
      'article.corrected',
      'comment.approved',
      'article.unpublished',
      'article.published',
      'article.deleted',
    ])

    await runQueue()
    const bodies = receiver.received.filter((request) => request.json?.data?.id === article.id)
    for (const request of bodies) {
      verifySignature(webhook.secret, request)
    }
    const approved = bodies.find((request) => request.json.type === 'comment.approved')!
    expect(approved.json.data).toMatchObject({
      id: article.id,
      slug: article.slug,
      commentId: comment.body.doc.id,
      etag: expect.stringMatching(/^"/),
    })
    const gone = bodies.filter((request) =>
      ['article.deleted', 'article.unpublished'].includes(request.json.type),
    )
    expect(gone.map((request) => request.json.data.etag)).toEqual([null, null])
    expect(
      (await deliveriesOf(webhook.id)).every((delivery) => delivery.status === 'delivered'),
    ).toBe(true)
    await newsroom.api('admin', 'PATCH', `/api/webhooks/${webhook.id}`, { active: false })
  })

  it('queues nothing for a save that fails, and only the events a webhook subscribed to', async () => {
    const corrections = await createWebhook({ events: ['article.corrected'] })
    const inactive = await createWebhook({ events: ALL_EVENTS, active: false })
    const refused = await newsroom.api('editor', 'POST', '/api/articles', {
      title: 'No body',
      _status: 'published',
    })
    expect(refused.status).toBe(400)
    const article = await publish('Ferry timetable changes')
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
          updateLog: [{ type: 'correction', text: 'Sailings start at 7, not 8.' }],
        })
      ).status,
    ).toBe(200)
    expect((await deliveriesOf(corrections.id)).map((delivery) => delivery.event)).toEqual([
      'article.corrected',
    ])
    expect(await deliveriesOf(inactive.id)).toEqual([])
    await runQueue()
    await newsroom.api('admin', 'PATCH', `/api/webhooks/${corrections.id}`, { active: false })
  })
})

describe('delivery at least once', () => {
  it('retries a receiver that fails twice, then records one acknowledged delivery with the same id and body each time', async () => {
    const webhook = await createWebhook({ events: ['article.published'] })
    const before = receiver.received.length
    let calls = 0
    receiver.answerWith(() => (++calls <= 2 ? 500 : 204))
    await publish('Council approves budget')
    await runQueue()
    receiver.answerWith(() => 204)

    const requests = receiver.received.slice(before)
    expect(requests.map((request) => request.answeredWith)).toEqual([500, 500, 204])
    expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(1)
    expect(new Set(requests.map((request) => request.body)).size).toBe(1)
    for (const request of requests) {
      verifySignature(webhook.secret, request)
    }
    const [delivery] = await deliveriesOf(webhook.id)
    expect(delivery).toMatchObject({
      status: 'delivered',
      attempts: 3,
      lastResponseCode: 204,
      lastError: null,
    })
    await newsroom.api('admin', 'PATCH', `/api/webhooks/${webhook.id}`, { active: false })
  })

  it('gives up after the retries, recording the receiver’s answer; an admin can send it again', async () => {
    const webhook = await createWebhook({ events: ['article.published'] })
    receiver.answerWith(() => 503)
    await publish('Museum closes for repairs')
    await runQueue()
    let [delivery] = await deliveriesOf(webhook.id)
    expect(delivery).toMatchObject({
      status: 'failed',
      attempts: 4,
      lastResponseCode: 503,
      nextAttemptAt: null,
      lastError: expect.stringContaining('503'),
    })

    expect(
      (await newsroom.api('editor', 'POST', `/api/webhook-deliveries/${delivery.id}/resend`))
        .status,
    ).toBe(403)
    expect(
      (await newsroom.api('anonymous', 'POST', `/api/webhook-deliveries/${delivery.id}/resend`))
        .status,
    ).toBe(401)
    expect((await newsroom.api('admin', 'POST', '/api/webhook-deliveries/abc/resend')).status).toBe(
      404,
    )
    expect(
      (await newsroom.api('admin', 'POST', '/api/webhook-deliveries/999999/resend')).status,
    ).toBe(404)

    receiver.answerWith(() => 204)
    const resent = await newsroom.api(
      'admin',
      'POST',
      `/api/webhook-deliveries/${delivery.id}/resend`,
    )
    expect(resent.status).toBe(202)
    expect(
      (await newsroom.api('admin', 'POST', `/api/webhook-deliveries/${delivery.id}/resend`)).status,
    ).toBe(409)
    await runQueue()
    ;[delivery] = await deliveriesOf(webhook.id)
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 5, lastResponseCode: 204 })
    await newsroom.api('admin', 'PATCH', `/api/webhooks/${webhook.id}`, { active: false })
  })

  it('checks the target again when it delivers: a URL that now points at a private address gets nothing', async () => {
    const webhook = await createWebhook({ events: ['article.published'] })
    // As if the name's DNS had changed since the webhook was saved: the stored URL now names a private host.
    await newsroom.payload.db.updateOne({
      collection: 'webhooks' as never,
      id: webhook.id,
      data: { url: 'http://localhost:9/hooks' },
    })
    const before = receiver.received.length
    await publish('Library extends hours')
    await runQueue()
    expect(receiver.received).toHaveLength(before)
    const [delivery] = await deliveriesOf(webhook.id)
    expect(delivery).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: expect.stringContaining('not a public address'),
    })
    await newsroom.api('admin', 'PATCH', `/api/webhooks/${webhook.id}`, { active: false })
  })
})

describe('what receivers get is what the OpenAPI document says', () => {
  it('every body delivered in this file matches the document’s WebhookEvent schema', async () => {
    const spec = (await newsroom.api('anonymous', 'GET', '/api/openapi.json')).body
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    ajv.addSchema(spec, 'openapi')
    const validate = ajv.getSchema('openapi#/components/schemas/WebhookEvent')!
    const bodies = receiver.received.map((request) => request.json).filter(Boolean)
    expect(bodies.length).toBeGreaterThan(3)
    for (const body of bodies) {
      if (!validate(body)) {
        throw new Error(`${JSON.stringify(body)}: ${ajv.errorsText(validate.errors)}`)
      }
    }
    expect(validate({ ...bodies[0], data: { ...bodies[0].data, secret: 'x' } })).toBe(false)
  })
})
