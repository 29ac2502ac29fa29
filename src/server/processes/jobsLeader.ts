/**
 * Whether this process runs Payload's jobs queue. Payload starts its autoRun crons in every process
 * that serves Payload's Next routes (`@payloadcms/next` asks for them on each request) as well as in
 * the jobs runner, and its queue does not stop two runners from claiming one job (on Postgres, one
 * webhook went out once per process). So the crons run jobs only in the process that won the
 * election (src/server/processes/jobsLeadership.ts); everywhere else they find nothing to do.
 */
const LEADER = Symbol.for('newsroom.jobsLeader')

export const markJobsLeader = (): void => {
  ;(globalThis as unknown as Record<symbol, boolean>)[LEADER] = true
}

export const isJobsLeader = (): boolean =>
  (globalThis as unknown as Record<symbol, boolean | undefined>)[LEADER] === true
