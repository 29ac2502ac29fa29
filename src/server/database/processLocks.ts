/**
 * Locks between processes sharing one database: who prepares it (migrations, the first admin, the
 * first seed), and who runs the jobs queue. Both kinds are released however the holder ends:
 *
 * - SQLite (processes on one machine): a lock file beside the database holding the holder's pid,
 *   taken over when that process is gone.
 * - PostgreSQL: a session-level advisory lock on a connection of the holder's own, which the server
 *   releases when the session ends.
 */
import fs from 'node:fs'
import pg from 'pg'

import { POSTGRES_CONNECT_TIMEOUT_MS } from './databaseUri'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pid in a lock file (0 if none or unreadable). */
export const lockHolder = (file: string): number => {
  try {
    return Number(fs.readFileSync(file, 'utf8')) || 0
  } catch {
    return 0
  }
}

/**
 * Takes the lock file for this process if it is free or its holder is gone. Returns true when taken,
 * false while another live process holds it (see lockHolder).
 */
export const tryLockFile = (file: string): boolean => {
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' })
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error
      }
      const holder = lockHolder(file)
      if (holder && isAlive(holder)) {
        return false
      }
      fs.rmSync(file, { force: true })
    }
  }
}

/** Releases the lock file if this process holds it. */
export const releaseLockFile = (file: string) => {
  if (lockHolder(file) === process.pid) {
    fs.rmSync(file, { force: true })
  }
}

/** A connection of its own that holds session-level advisory locks, named by text (hashed by the server). */
export type AdvisorySession = {
  client: pg.Client
  tryLock: (name: string) => Promise<boolean>
  lock: (name: string) => Promise<void>
  unlock: (name: string) => Promise<void>
  end: () => Promise<void>
}

export const openAdvisorySession = async (uri: string): Promise<AdvisorySession> => {
  const client = new pg.Client({
    connectionString: uri,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
  })
  await client.connect()
  return {
    client,
    tryLock: async (name) =>
      Boolean(
        (
          await client.query<{ taken: boolean }>(
            'SELECT pg_try_advisory_lock(hashtext($1)) AS taken',
            [name],
          )
        ).rows[0]?.taken,
      ),
    lock: async (name) =>
      void (await client.query('SELECT pg_advisory_lock(hashtext($1))', [name])),
    unlock: async (name) =>
      void (await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name])),
    end: () => client.end().catch(() => {}),
  }
}
