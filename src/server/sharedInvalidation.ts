/**
 * Several instances, one truth: a write through one instance empties every instance's story cache
 * (and wakes their event streams) within a second, through the database they already share rather
 * than a new service. The cache's TTL stays only as a safety net.
 *
 * - PostgreSQL: `LISTEN/NOTIFY` on one channel. An instance that invalidates (after the write's
 *   commit as well as before, see invalidateDeliveryCache.ts) notifies; the others invalidate on
 *   the notification. A lost listening connection is re-opened, and the cache dropped, since
 *   notifications sent meanwhile are gone.
 * - SQLite (several processes on one file): a signal file beside the database, one line appended per
 *   invalidation; each instance checks its size every `pollMs` (a stat, no database read) and reads
 *   only what others appended. (`PRAGMA data_version` would see every write, queued comments and
 *   job bookkeeping included, and empty the cache far more often than readers' stories change.)
 * - MongoDB: not here (change streams need a replica set): the TTL applies.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { isPostgresUri, POSTGRES_CONNECT_TIMEOUT_MS } from './databaseUri'

export const CHANNEL = 'newsroom_delivery'

type Hooks = {
  /** Drop this instance's cache (the plugin's invalidateDelivery). */
  invalidate: () => void
  /** Be told of this instance's own invalidations (the plugin's onDeliveryInvalidated). */
  onInvalidated: (listener: () => void) => () => void
  log?: (line: string) => void
  pollMs?: number
}

export type SharedInvalidation = { stop: () => Promise<void> }

export const shareInvalidations = async (uri: string, hooks: Hooks): Promise<SharedInvalidation> => {
  if (isPostgresUri(uri)) return shareThroughPostgres(uri, hooks)
  if (uri.startsWith('file:') && !uri.includes(':memory:')) return shareThroughSqliteFile(uri, hooks)
  return { stop: async () => {} }
}

/** Runs `invalidate` without announcing it again (it came from elsewhere). */
const quietly = (invalidate: () => void) => {
  let applying = false
  return {
    isApplying: () => applying,
    apply: () => {
      applying = true
      try {
        invalidate()
      } finally {
        applying = false
      }
    },
  }
}

const shareThroughPostgres = async (uri: string, { invalidate, onInvalidated, log = console.error }: Hooks): Promise<SharedInvalidation> => {
  const instance = crypto.randomUUID()
  const remote = quietly(invalidate)
  let client: pg.Client | undefined
  let stopped = false
  let pending = false

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: uri, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS })
    next.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload !== instance) remote.apply()
    })
    next.on('error', () => reconnect())
    next.on('end', () => reconnect())
    await next.connect()
    await next.query(`LISTEN ${CHANNEL}`)
    client = next
  }
  let reconnecting = false
  const reconnect = () => {
    if (stopped || reconnecting) return
    reconnecting = true
    client = undefined
    const attempt = (delay: number) =>
      setTimeout(() => {
        connect().then(
          () => {
            reconnecting = false
            // Whatever was notified while we were away is lost: start from an empty cache.
            remote.apply()
          },
          (error: unknown) => {
            log(`> Shared cache invalidation: reconnecting to PostgreSQL failed (${(error as Error).message}); retrying.`)
            attempt(Math.min(delay * 2, 5_000))
          },
        )
      }, delay).unref()
    attempt(100)
  }
  await connect()

  // Several invalidations in one tick (a save touching several stories) make one notification.
  const unsubscribe = onInvalidated(() => {
    if (remote.isApplying() || pending) return
    pending = true
    queueMicrotask(() => {
      pending = false
      client?.query('SELECT pg_notify($1, $2)', [CHANNEL, instance]).catch(() => reconnect())
    })
  })
  return {
    stop: async () => {
      stopped = true
      unsubscribe()
      await client?.end().catch(() => {})
    },
  }
}

/** The signal file beside a SQLite database: one line per invalidation, by the instance that made it. */
export const signalFileOf = (uri: string) => `${path.resolve(uri.slice('file:'.length).replace(/\?.*$/, ''))}.invalidations`

/** Past this size the next writer starts the file afresh (readers notice it shrank and invalidate). */
const MAX_SIGNAL_BYTES = 256 * 1024

const shareThroughSqliteFile = async (uri: string, { invalidate, onInvalidated, pollMs = 250 }: Hooks): Promise<SharedInvalidation> => {
  const instance = crypto.randomUUID()
  const remote = quietly(invalidate)
  const file = signalFileOf(uri)
  let offset = fs.existsSync(file) ? fs.statSync(file).size : 0

  const unsubscribe = onInvalidated(() => {
    if (remote.isApplying()) return
    try {
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_SIGNAL_BYTES) fs.writeFileSync(file, '')
      fs.appendFileSync(file, `${instance}\n`)
    } catch {
      /* the TTL remains */
    }
  })
  const check = () => {
    let size = 0
    try {
      size = fs.statSync(file).size
    } catch {
      return
    }
    if (size === offset) return
    if (size < offset) {
      offset = 0
      return remote.apply()
    }
    const fd = fs.openSync(file, 'r')
    try {
      const buffer = Buffer.alloc(size - offset)
      fs.readSync(fd, buffer, 0, buffer.length, offset)
      offset = size
      if (buffer.toString('utf8').split('\n').some((line) => line && line !== instance)) remote.apply()
    } finally {
      fs.closeSync(fd)
    }
  }
  const timer = setInterval(() => {
    try {
      check()
    } catch {
      /* next time */
    }
  }, pollMs)
  timer.unref()
  return {
    stop: async () => {
      clearInterval(timer)
      unsubscribe()
    },
  }
}
