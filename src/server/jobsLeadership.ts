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
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { isPostgresUri, POSTGRES_CONNECT_TIMEOUT_MS } from './databaseUri'

const POLL_MS = 2_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const jobsLockFileOf = (uri: string) => `${path.resolve(uri.slice('file:'.length).replace(/\?.*$/, ''))}.jobs-runner.lock`

/** Resolves once this process leads; `onLost` runs if it stops leading (its database session ended). */
export const becomeJobsLeader = async (uri: string, { onLost }: { onLost: (reason: string) => void }): Promise<void> => {
  if (isPostgresUri(uri)) {
    const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS })
    await client.connect()
    let leading = false
    client.on('error', (error) => leading && onLost(error.message))
    client.on('end', () => leading && onLost('connection ended'))
    for (;;) {
      const { rows } = await client.query<{ leads: boolean }>(`SELECT pg_try_advisory_lock(hashtext('newsroom:jobs-runner')) AS leads`)
      if (rows[0]?.leads) return void (leading = true)
      await sleep(POLL_MS)
    }
  }
  if (!uri.startsWith('file:') || uri.includes(':memory:')) return
  const lockFile = jobsLockFileOf(uri)
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
      process.on('exit', () => {
        if (readPid(lockFile) === process.pid) fs.rmSync(lockFile, { force: true })
      })
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = readPid(lockFile)
      if (!holder || !isAlive(holder)) fs.rmSync(lockFile, { force: true })
      else await sleep(POLL_MS)
    }
  }
}

const readPid = (file: string) => {
  try {
    return Number(fs.readFileSync(file, 'utf8')) || 0
  } catch {
    return 0
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
