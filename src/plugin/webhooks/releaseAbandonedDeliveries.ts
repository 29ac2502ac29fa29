import type { CollectionSlug, Payload, Where } from 'payload'

import type { NewsroomSettings } from '../options'

import { DELIVER_WEBHOOK_TASK } from './deliverWebhook'

const JOBS = 'payload-jobs' as CollectionSlug

/** How often each process looks for deliveries a dead process left behind. */
const SWEEP_MS = 15_000

/**
 * Payload marks a job `processing` while it runs and never looks at it again: a process killed in
 * the middle of a delivery would leave it unsent for good. A delivery job still marked running well
 * past the longest an attempt can take (the timeout, twice over, plus slack) belonged to a process
 * that died, so it is handed back to the queue. The receiver may then get the event twice, which
 * at-least-once allows: the webhook-id tells it so.
 */
export const releaseAbandonedDeliveries = async (
  payload: Payload,
  settings: NewsroomSettings,
): Promise<number> => {
  const staleBefore = new Date(
    Date.now() - (2 * settings.webhooks.timeoutSeconds + 5) * 1000,
  ).toISOString()
  const where: Where = {
    and: [
      { taskSlug: { equals: DELIVER_WEBHOOK_TASK } },
      { processing: { equals: true } },
      { completedAt: { exists: false } },
      { updatedAt: { less_than: staleBefore } },
    ],
  }
  const { totalDocs } = await payload.db.count({ collection: JOBS, where })
  if (!totalDocs) {
    return 0
  }
  await payload.db.updateMany({ collection: JOBS, where, data: { processing: false } })
  payload.logger.warn(
    `Webhooks: handed ${totalDocs} delivery job(s) abandoned by a stopped process back to the queue.`,
  )
  return totalDocs
}

const SWEEPER = Symbol.for('newsroom.webhookSweeper')

/** Sweeps once now and then every 15 s, in every process that runs the plugin (one timer per process). */
export const startReleasingAbandonedDeliveries = (payload: Payload, settings: NewsroomSettings) => {
  const holder = globalThis as unknown as Record<symbol, ReturnType<typeof setInterval> | undefined>
  const sweep = () =>
    void releaseAbandonedDeliveries(payload, settings).catch((error) =>
      payload.logger.error({ err: error, msg: 'Webhooks: could not release abandoned deliveries' }),
    )
  sweep()
  if (holder[SWEEPER]) {
    clearInterval(holder[SWEEPER])
  }
  holder[SWEEPER] = setInterval(sweep, SWEEP_MS)
  holder[SWEEPER].unref?.()
}
