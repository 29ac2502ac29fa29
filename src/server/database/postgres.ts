/**
 * PostgreSQL, the server database: Payload's official adapter, the app's committed Postgres
 * migrations, read replicas when configured, and the same promises as on SQLite (one process prepares
 * the database at a time; a write that cannot get its lock in time is a 503, never a 500).
 */
import type { DatabaseAdapterObj } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'

import { env } from '../env'
import { POSTGRES_CONNECT_TIMEOUT_MS } from './databaseUri'
import { openAdvisorySession } from './processLocks'
import { addMissingIndexes } from './schemaIndexes'
import { queueingWrites } from './writeSlots'

export { isPostgresUri } from './databaseUri'

export const postgresDatabaseAdapter = (
  uri: string,
  {
    push,
    migrationDir,
    lockTimeoutMs,
  }: { push: boolean; migrationDir: string; lockTimeoutMs: number },
): DatabaseAdapterObj => {
  // DATABASE_REPLICA_URIS: read replicas (Payload's `readReplicas`), production only.
  const replicas = env.production ? env.databaseReplicaUris : []
  const poolMax = env.databasePoolMax
  return survivingLostConnections(
    queueingWrites(
      postgresAdapter({
        pool: {
          connectionString: uri,
          max: poolMax,
          connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
          // A write waiting for a row another transaction holds gives up after the same time as on SQLite
          // (answered 503 with Retry-After, see databaseBusy.ts) instead of waiting for ever.
          options: `-c lock_timeout=${Math.max(1, Math.round(lockTimeoutMs))}`,
        },
        push,
        migrationDir,
        afterSchemaInit: [addMissingIndexes('postgres') as never],
        ...(replicas.length ? { readReplicas: replicas } : {}),
      }),
      // Two connections kept for a save's own second read and for readers (writeSlots.ts says why).
      { size: poolMax - 2, waitMs: lockTimeoutMs },
    ),
  )
}

/**
 * An idle pooled connection that the server drops (a restart, a failover, an administrator) makes
 * node-postgres's pool emit `error`; Payload's adapter does not listen for it, so the process would
 * crash. Here it is logged; the pool opens a new connection when one is next needed.
 */
const survivingLostConnections = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as unknown as {
      connect: (options?: unknown) => Promise<void>
      pool?: {
        on: (event: 'error', listener: (error: Error) => void) => void
        listenerCount: (event: string) => number
      }
      payload: { logger: { warn: (message: string) => void } }
    }
    const connect = adapter.connect
    adapter.connect = async function connectAndListen(this: typeof adapter, options) {
      await connect.call(this, options)
      if (this.pool && this.pool.listenerCount('error') === 0) {
        this.pool.on('error', (error) =>
          this.payload.logger.warn(
            `PostgreSQL dropped an idle connection (${error.message}); a new one is opened when needed.`,
          ),
        )
      }
    }
    return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})

/** Process-wide: databases this process is preparing now (taking the lock again is a no-op). */
const held = new Set<string>()
const PREPARE_LOCK = 'newsroom:prepare'

/** The database's name, and the URI of the server's maintenance database to create it from. */
const maintenanceUriOf = (uri: string): { name: string; maintenance: string } => {
  const url = new URL(uri)
  const name = decodeURIComponent(url.pathname.slice(1)) || 'postgres'
  url.pathname = '/postgres'
  return { name, maintenance: url.toString() }
}

/** Databases this process has seen exist (the bootstrap checks before it locks, and the lock would check again). */
const known = new Set<string>()

/** Creates the database if it does not exist yet (as Payload's adapter would), tolerating a racing creator. */
export const ensurePostgresDatabase = async (uri: string): Promise<void> => {
  if (known.has(uri)) {
    return
  }
  await createIfMissing(uri)
  known.add(uri)
}

const createIfMissing = async (uri: string): Promise<void> => {
  const probe = new pg.Client({
    connectionString: uri,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
  })
  try {
    await probe.connect()
    return
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') {
      throw error
    }
  } finally {
    await probe.end().catch(() => {})
  }
  const { name, maintenance } = maintenanceUriOf(uri)
  const admin = new pg.Client({
    connectionString: maintenance,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
  })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
  } catch (error) {
    // 42P04 duplicate_database; 23505 when two CREATE DATABASE race on pg_database's unique index.
    if (!['42P04', '23505'].includes(String((error as { code?: string }).code))) {
      throw error
    }
  } finally {
    await admin.end().catch(() => {})
  }
}

/**
 * Drops a database (tests' throwaway ones), closing its remaining sessions first. A session it may
 * not close (autovacuum's, just then) is waited for a little; after that the database is left.
 */
export const dropPostgresDatabase = async (uri: string): Promise<void> => {
  known.delete(uri)
  const { name, maintenance } = maintenanceUriOf(uri)
  const admin = new pg.Client({
    connectionString: maintenance,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
  })
  await admin.connect()
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
        return
      } catch (error) {
        if (attempt >= 10) {
          return console.warn(`Could not drop ${name}: ${(error as Error).message}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
    }
  } finally {
    await admin.end().catch(() => {})
  }
}

/**
 * One process at a time prepares a Postgres database (migrations, the first admin, the first seed):
 * a session-level advisory lock held on a connection of its own, released when the work ends or the
 * process dies (the server drops the session).
 */
export const withPostgresLock = async <T>(uri: string, work: () => Promise<T>): Promise<T> => {
  if (held.has(uri)) {
    return work()
  }
  await ensurePostgresDatabase(uri)
  const session = await openAdvisorySession(uri)
  held.add(uri)
  try {
    await session.lock(PREPARE_LOCK)
    return await work()
  } finally {
    held.delete(uri)
    await session.unlock(PREPARE_LOCK).catch(() => {})
    await session.end()
  }
}
