/**
 * What the live story's areas share (tests/e2e/liveStory.e2e.ts boots one app, one Chromium and one
 * webhook receiver for all of them; each area is a module beside this one): the seeded story, the
 * staff's logins, the app's environment, and the app, the browser, the receiver and the REST and
 * event-stream helpers, read once beforeAll has run.
 */
import type { Browser } from 'playwright-core'

import { type AppProcess, loginEnv, testLogins } from '../../helpers/appProcess'
import { type EventStream } from '../../helpers/sseClient'
import { type startWebhookReceiver } from '../../helpers/webhookReceiver'

export const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
export const LOGINS = testLogins('live.test')
export type Who = keyof typeof LOGINS

export const appEnv = () => ({
  SEED_ON_START: 'true',
  ...loginEnv(LOGINS),
  // The receiver listens on this machine, which webhooks may reach only when the operator says so.
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  WEBHOOK_TIMEOUT_SECONDS: '2',
  WEBHOOK_RETRY_DELAY_SECONDS: '1',
  EVENT_STREAMS_PER_CLIENT: '4',
  SERVER_URL: '',
})

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type LiveStory = {
  /** Set by the test file's beforeAll: read in a test, never while the tests are declared. The crash area restarts it. */
  app: AppProcess
  readonly browser: Browser
  readonly receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
  /** The receiver's registration, made by the admin before the tests. */
  readonly webhook: { id: number; secret: string }
  /** Every event stream the tests opened, closed by the test file's afterAll. */
  readonly streams: EventStream[]
  /** REST over HTTP, anonymously or as one of the staff (each signed in once). */
  api: (
    who: 'anonymous' | Who,
    method: string,
    pathname: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; headers: Headers; body: any }>
  /** Opens a story's event stream (kept in `streams`). */
  stream: (slug: string, headers?: Record<string, string>) => Promise<EventStream>
  /** A story's current ETag, from the delivery endpoint. */
  storyEtag: (slug: string) => Promise<null | string>
  /** The seeded story's id. */
  seededId: () => Promise<number>
  /** Appends a public log entry to the published story, as an editor does: the whole log goes back with the new entry. */
  addLogEntry: (id: number, text: string, type?: string) => ReturnType<LiveStory['api']>
}
