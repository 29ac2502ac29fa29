/** The plugin's tasks in the host's jobs queue (webhook deliveries, pictures withdrawn at their rights' expiry), who may run jobs, abandoned deliveries released. */
import type { Config } from 'payload'

import type { NewsroomSettings } from '../options'

import { isAdmin } from '../access/roles'
import { taskWithoutBehaviour } from '../disabled'
import { withdrawAtRightsExpiryTask } from '../media/rightsExpiry'
import { deliverWebhookTask } from '../webhooks/deliverWebhook'
import { startReleasingAbandonedDeliveries } from '../webhooks/releaseAbandonedDeliveries'

type JobsConfig = NonNullable<Config['jobs']>
const adminsRunJobs = ({ req }: { req: { user?: unknown } }) => isAdmin(req.user as never)

/**
 * The webhook delivery task joins the host's jobs; and Payload's job endpoints (run, queue, cancel),
 * open to any logged-in account by default, are for admins unless the host decided otherwise.
 */
export const withNewsroomJobs = (jobs: Config['jobs'], settings: NewsroomSettings): JobsConfig => ({
  ...jobs,
  tasks: [
    ...(jobs?.tasks ?? []),
    deliverWebhookTask(settings),
    withdrawAtRightsExpiryTask(settings),
  ],
  access: { run: adminsRunJobs, queue: adminsRunJobs, cancel: adminsRunJobs, ...jobs?.access },
})

/** Disabled, the task stays registered: its slug is a value of Payload's jobs table (the same schema). */
export const withNewsroomTasksWithoutBehaviour = (
  jobs: Config['jobs'],
  settings: NewsroomSettings,
): JobsConfig => ({
  ...jobs,
  tasks: [
    ...(jobs?.tasks ?? []),
    taskWithoutBehaviour(deliverWebhookTask(settings)),
    taskWithoutBehaviour(withdrawAtRightsExpiryTask(settings)),
  ],
})

/** The host's onInit, then the sweep that hands deliveries a stopped process left behind back to the queue. */
export const withAbandonedDeliveriesReleased =
  (config: Config, settings: NewsroomSettings): NonNullable<Config['onInit']> =>
  async (payload) => {
    await config.onInit?.(payload)
    startReleasingAbandonedDeliveries(payload, settings)
  }
