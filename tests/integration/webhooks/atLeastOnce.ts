/** Webhooks: delivery at least once (retries with one id, giving up, re-sending, the target checked again). */
import { type TestNewsroom } from '../../helpers/newsroom'
import { verifySignature } from '../../helpers/webhookReceiver'
import { stepsOf, type WebhookSuite } from './context'

export const deliveryAtLeastOnce = (suite: WebhookSuite) => {
  describe('delivery at least once', () => {
    let newsroom: TestNewsroom
    let receiver: WebhookSuite['receiver']
    const { runQueue, createWebhook, deliveriesOf, publish } = stepsOf(suite)
    beforeAll(() => {
      ;({ newsroom, receiver } = suite)
    })

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
      expect(
        (await newsroom.api('admin', 'POST', '/api/webhook-deliveries/abc/resend')).status,
      ).toBe(404)
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
        (await newsroom.api('admin', 'POST', `/api/webhook-deliveries/${delivery.id}/resend`))
          .status,
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
}
