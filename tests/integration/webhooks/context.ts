/**
 * Webhooks: what webhooks.test.ts sets up for every area (the newsroom and the receiving server,
 * read once its beforeAll has run), and the steps the areas share: run the jobs queue, register a
 * webhook, read its deliveries, publish a story.
 */
import { lexicalParagraphs } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type startWebhookReceiver } from '../../helpers/webhookReceiver'

export type WebhookSuite = {
  /** Set by the test file's beforeAll: read in a hook or a test, never while the tests are declared. */
  readonly newsroom: TestNewsroom
  /** The real receiving HTTP server, every request it got and how it answered. */
  readonly receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The steps the areas share, on the suite's newsroom and receiver. */
export const stepsOf = (suite: WebhookSuite) => {
  /** Runs the queue until nothing is due (retries come due after their short backoff here). */
  const runQueue = async () => {
    for (let round = 0; round < 40; round++) {
      const { noJobsRemaining } = await suite.newsroom.payload.jobs.run({
        allQueues: true,
        limit: 50,
      })
      const waiting = await suite.newsroom.payload.db.count({
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
    const res = await suite.newsroom.api('admin', 'POST', '/api/webhooks', {
      url: suite.receiver.url,
      events: ['article.published'],
      ...data,
    })
    expect(res.status).toBe(201)
    return res.body.doc as { id: number; secret: string; url: string }
  }

  const deliveriesOf = async (webhook: number | string) =>
    (
      await suite.newsroom.api(
        'admin',
        'GET',
        `/api/webhook-deliveries?where[webhook][equals]=${webhook}&sort=createdAt&limit=100`,
      )
    ).body.docs as any[]

  const publish = async (title: string, extra: Record<string, unknown> = {}) => {
    const res = await suite.newsroom.api('editor', 'POST', '/api/articles', {
      title,
      body: lexicalParagraphs('What happened.'),
      _status: 'published',
      ...extra,
    })
    expect(res.status).toBe(201)
    return res.body.doc as { id: number; slug: string }
  }

  return { runQueue, createWebhook, deliveriesOf, publish }
}
