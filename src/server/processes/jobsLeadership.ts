/**
 * One jobs runner per database, however many instances: every instance starts a runner, and the
 * runner that becomes the leader runs Payload's queue while the others stand by, ready to take over
 * within seconds when the leader's process ends. Payload's queue alone does not stop two runners
 * from taking the same job at once (on Postgres each of three instances delivered one webhook).
 *
 * - PostgreSQL: a session-level advisory lock, held by a connection of the leader's own; the server
 *   releases it when that session ends, however the process died.
 * - SQLite: a lock file beside the database holding the leader's pid, taken over when that process
 *   is gone (instances on one file are on one machine).
 * - MongoDB: no election (see the README's limits): run one runner (`JOBS_RUNNER=false` elsewhere).
 */
import path from 'node:path'

import { isPostgresUri } from '../database/databaseUri'
import { openAdvisorySession, releaseLockFile, sleep, tryLockFile } from '../database/processLocks'

const POLL_MS = 2_000
const LOCK_NAME = 'newsroom:jobs-runner'

export const jobsLockFileOf = (uri: string) =>
  `${path.resolve(uri.slice('file:'.length).replace(/\?.*$/, ''))}.jobs-runner.lock`

/**
 * Resolves once this process leads; `onLost` runs if it stops leading (its database session ended),
 * `onStandby` once if another runner leads now (this one waits to take over).
 */
export const becomeJobsLeader = async (
  uri: string,
  { onLost, onStandby }: { onLost: (reason: string) => void; onStandby?: () => void },
): Promise<void> => {
  if (isPostgresUri(uri)) {
    const session = await openAdvisorySession(uri)
    let leading = false
    session.client.on('error', (error) => leading && onLost(error.message))
    session.client.on('end', () => leading && onLost('connection ended'))
    for (let tries = 0; !(await session.tryLock(LOCK_NAME)); tries++) {
      if (tries === 0) {
        onStandby?.()
      }
      await sleep(POLL_MS)
    }
    leading = true
    return
  }
  if (!uri.startsWith('file:') || uri.includes(':memory:')) {
    return
  }
  const lockFile = jobsLockFileOf(uri)
  for (let tries = 0; !tryLockFile(lockFile); tries++) {
    if (tries === 0) {
      onStandby?.()
    }
    await sleep(POLL_MS)
  }
  process.on('exit', () => releaseLockFile(lockFile))
}
