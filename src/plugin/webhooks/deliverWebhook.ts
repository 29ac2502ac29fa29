import type { PayloadRequest, TaskConfig } from 'payload'

/**
 * The job that sends one webhook delivery: Payload's jobs queue keeps it in the database, runs it,
 * and retries it with exponential backoff when this throws (a timeout, a refused connection, any
 * answer but 2xx) until `webhooks.retries` is spent. Each attempt's outcome is written to the
 * delivery record admins read. A process that dies mid-attempt leaves the job marked as running;
 * releaseAbandonedDeliveries hands it back to the queue, so the event still goes out.
 */
import http from 'node:http'
import https from 'node:https'
import { Webhook } from 'standardwebhooks'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { publicOnlyLookup, targetProblem } from './safeTarget'

export const DELIVER_WEBHOOK_TASK = 'newsroomDeliverWebhook'

/** The most of a receiver's answer read (and kept, in the delivery's lastError). */
const MAX_ANSWER_BYTES = 2048

type Delivery = {
  id: number | string
  webhook: { id: number | string } | number | string
  messageId: string
  event: string
  status: string
  attempts?: null | number
  payload: { type: string; timestamp: string; data: Record<string, unknown> }
}
type WebhookDoc = { id: number | string; url: string; secret: string; active?: boolean | null }

type Answer = { status: number; body: string }

/** POSTs the signed body; resolves with the answer, rejects on a network error or the timeout. */
const post = (
  url: URL,
  headers: Record<string, string>,
  body: string,
  settings: NewsroomSettings,
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'newsroom-payload-webhooks',
        },
        // The address connected to is the one checked: no second lookup that could answer differently.
        lookup: publicOnlyLookup(settings.webhooks.allowedHosts),
        timeout: settings.webhooks.timeoutSeconds * 1000,
      },
      (response) => {
        let answer = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          if (answer.length < MAX_ANSWER_BYTES) {
            answer += chunk.slice(0, MAX_ANSWER_BYTES - answer.length)
          }
        })
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: answer }))
        response.on('error', reject)
      },
    )
    request.on('timeout', () =>
      request.destroy(new Error(`No answer within ${settings.webhooks.timeoutSeconds} s.`)),
    )
    request.on('error', reject)
    request.end(body)
  })

/** When Payload will try again after the job's `failed`-th failure (its exponential backoff), or null after the last. */
const nextAttemptAfter = (failed: number, settings: NewsroomSettings) =>
  failed > settings.webhooks.retries
    ? null
    : new Date(
        Date.now() + 2 ** (failed - 1) * settings.webhooks.retryDelaySeconds * 1000,
      ).toISOString()

/** A delivery that can never succeed: recorded as failed, and the job ends without retrying. */
class Undeliverable extends Error {}

const sendDelivery = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  deliveryId: number | string,
  failedBefore: number,
) => {
  const { payload } = req
  const slugs = settings.slugs
  const delivery = (await payload.findByID({
    collection: slugs.webhookDeliveries,
    id: deliveryId,
    depth: 0,
    disableErrors: true,
    ...systemAccess(req),
  })) as Delivery | null
  if (!delivery || delivery.status === 'delivered') {
    return
  }
  const record = (data: Record<string, unknown>) =>
    payload.update({
      collection: slugs.webhookDeliveries,
      id: delivery.id,
      data,
      depth: 0,
      ...systemAccess(req),
    })

  const webhookId = typeof delivery.webhook === 'object' ? delivery.webhook.id : delivery.webhook
  const webhook = (await payload.findByID({
    collection: slugs.webhooks,
    id: webhookId,
    depth: 0,
    disableErrors: true,
    showHiddenFields: true,
    ...systemAccess(req),
  })) as null | WebhookDoc
  if (!webhook || webhook.active === false) {
    await record({
      status: 'failed',
      nextAttemptAt: null,
      lastError: webhook ? 'The webhook is inactive.' : 'The webhook was deleted.',
    })
    throw new Undeliverable('The webhook is gone or inactive.')
  }

  // Fixed when the event was queued: every attempt sends the same bytes.
  const body = delivery.payload
  const attempts = (delivery.attempts ?? 0) + 1
  const attemptedAt = new Date()
  const refused = await targetProblem(webhook.url, settings.webhooks.allowedHosts)
  if (refused) {
    await record({
      status: 'failed',
      attempts,
      lastAttemptAt: attemptedAt.toISOString(),
      nextAttemptAt: null,
      lastResponseCode: null,
      lastError: refused,
    })
    throw new Undeliverable(refused)
  }

  const json = JSON.stringify(body)
  const signature = new Webhook(webhook.secret).sign(delivery.messageId, attemptedAt, json)
  const headers = {
    'webhook-id': delivery.messageId,
    'webhook-timestamp': String(Math.floor(attemptedAt.getTime() / 1000)),
    'webhook-signature': signature,
  }

  let answer: Answer | undefined
  let failure: string | undefined
  try {
    answer = await post(new URL(webhook.url), headers, json, settings)
    if (answer.status < 200 || answer.status > 299) {
      failure = `The receiver answered ${answer.status}${answer.body ? `: ${answer.body.slice(0, 300)}` : ''}`
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error)
  }
  if (!failure) {
    await record({
      status: 'delivered',
      attempts,
      lastAttemptAt: attemptedAt.toISOString(),
      deliveredAt: new Date().toISOString(),
      nextAttemptAt: null,
      lastResponseCode: answer!.status,
      lastError: null,
    })
    return
  }
  const next = nextAttemptAfter(failedBefore + 1, settings)
  await record({
    status: next ? 'retrying' : 'failed',
    attempts,
    lastAttemptAt: attemptedAt.toISOString(),
    nextAttemptAt: next,
    lastResponseCode: answer?.status ?? null,
    lastError: failure.slice(0, 500),
  })
  // Thrown, so the queue tries again later (or records the final failure).
  throw new Error(failure)
}

/** The jobs-queue task: `{ delivery }` in, retried with exponential backoff for about a day by default. */
export const deliverWebhookTask = (
  settings: NewsroomSettings,
): TaskConfig<{ input: { delivery: string }; output: { skipped: boolean } }> => ({
  slug: DELIVER_WEBHOOK_TASK,
  label: 'Deliver a webhook',
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'skipped', type: 'checkbox' }],
  retries: {
    attempts: settings.webhooks.retries,
    backoff: { type: 'exponential', delay: settings.webhooks.retryDelaySeconds * 1000 },
  },
  handler: async ({ input, job, req }) => {
    const raw = input.delivery
    const deliveryId =
      req.payload.db.defaultIDType === 'number' && /^\d+$/.test(raw) ? Number(raw) : raw
    try {
      await sendDelivery(req, settings, deliveryId, job.totalTried ?? 0)
    } catch (error) {
      // Nothing to retry: end the job here instead of spending the retries.
      if (error instanceof Undeliverable) {
        return { output: { skipped: true } }
      }
      throw error
    }
    return { output: { skipped: false } }
  },
})
