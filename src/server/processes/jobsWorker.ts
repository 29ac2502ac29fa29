/**
 * The jobs runner, a child of the app's server (src/server/index.ts) so that `npm run dev` and
 * `npm start` run it too: Payload's queue, run every second (jobs.autoRun in src/server/config.ts),
 * sends webhook deliveries and performs scheduled publishes and unpublishes.
 *
 * Its own process, like Payload's `jobs:run` bin script: a second Payload instance in the server's
 * process is the trap of payloadcms/payload#7018. Saves it makes (a scheduled publish) drop the
 * server's cached stories and wake its event streams through the IPC channel.
 */
import { onDeliveryInvalidated } from 'newsroom-payload/fast-path'
import { getPayload } from 'payload'

import config from '../../payload.config'
import { env } from '../env'
import { markJobsLeader } from './jobsLeader'
import { becomeJobsLeader } from './jobsLeadership'
import { INVALIDATED, JOBS_STATE } from './jobsRunner'

const main = async () => {
  // The server is gone (stopped, or killed): so is its runner. A job cut short is picked up again.
  // (It may have gone while this process was still loading, before anyone listened for it.)
  process.on('disconnect', () => process.exit(0))
  if (!process.connected) {
    process.exit(0)
  }
  // Only one runner per database runs the queue; the others wait here to take over.
  await becomeJobsLeader(env.databaseUri, {
    onLost: (reason) => {
      console.error(`Jobs runner: lost the lead (${reason}); restarting.`)
      process.exit(1)
    },
    onStandby: () => process.send?.({ type: JOBS_STATE, runner: 'standby' }),
  })
  markJobsLeader()
  const payload = await getPayload({ config, cron: true })
  onDeliveryInvalidated((tags) => process.send?.({ type: INVALIDATED, tags }))
  process.send?.({ type: JOBS_STATE, runner: 'running' })
  const stop = async () => {
    await payload.destroy().catch(() => undefined)
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: unknown) => {
  console.error('Jobs runner:', error instanceof Error ? error.message : error)
  process.exit(1)
})
