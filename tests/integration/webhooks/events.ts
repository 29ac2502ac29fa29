/** Webhooks: each event, from the saves that make it and none other, signed so that standardwebhooks verifies it. */
import { type TestNewsroom } from '../../helpers/newsroom'
import { verifySignature } from '../../helpers/webhookReceiver'
import { stepsOf, type WebhookSuite } from './context'

const ALL_EVENTS = [
  'article.published',
  'article.updated',
  'article.corrected',
  'article.unpublished',
  'article.deleted',
  'comment.approved',
]

export const eventsSignedAndDelivered = (suite: WebhookSuite) => {
  describe('events, signed and delivered', () => {
    let newsroom: TestNewsroom
    let receiver: WebhookSuite['receiver']
    const { runQueue, createWebhook, deliveriesOf, publish } = stepsOf(suite)
    beforeAll(() => {
      ;({ newsroom, receiver } = suite)
    })

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
      expect(
        Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000),
      ).toBeLessThan(60)
      // A tampered body or another secret does not verify.
      expect(() =>
        verifySignature(webhook.secret, {
          ...request,
          body: request.body.replace('article.published', 'article.deleted'),
        }),
      ).toThrow()
      expect(() =>
        verifySignature('whsec_' + Buffer.alloc(32).toString('base64'), request),
      ).toThrow()

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
      expect((await newsroom.api('editor', 'DELETE', `/api/articles/${article.id}`)).status).toBe(
        200,
      )
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
}
