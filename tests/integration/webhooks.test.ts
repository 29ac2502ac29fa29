import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { startWebhookReceiver } from '../helpers/webhookReceiver'
import { adminsBusiness } from './webhooks/admins'
import { deliveryAtLeastOnce } from './webhooks/atLeastOnce'
import { type WebhookSuite } from './webhooks/context'
import { eventsSignedAndDelivered } from './webhooks/events'
import { bodiesAsTheOpenApiDocumentSays } from './webhooks/openapi'

/**
 * Webhooks from the outside: an admin registers a real receiving HTTP server, editors work as usual,
 * and the jobs queue (run here by hand, as the app's runner does every second) delivers signed
 * events the receiver verifies with the standardwebhooks library.
 *
 * One newsroom and one receiver for every area (one Payload per test file).
 * tests/integration/webhooks/ holds the areas, called here in the order this file has always run
 * them (the last checks every body the others had delivered), and the steps they share.
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

const suite: WebhookSuite = {
  get newsroom() {
    return newsroom
  },
  get receiver() {
    return receiver
  },
}

adminsBusiness(suite)
eventsSignedAndDelivered(suite)
deliveryAtLeastOnce(suite)
bodiesAsTheOpenApiDocumentSays(suite)
