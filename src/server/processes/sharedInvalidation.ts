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

import { isPostgresUri, POSTGRES_CONNECT_TIMEOUT_MS } from '../database/databaseUri'

export const CHANNEL = 'newsroom_delivery'

/** Cache tags, or undefined for everything (see the plugin's cacheTags). */
type Tags = readonly string[] | undefined

type Hooks = {
  /** Drop this instance's cached answers carrying these tags (the plugin's invalidateDelivery). */
  invalidate: (tags: Tags) => void
  /** Be told of this instance's own invalidations (the plugin's onDeliveryInvalidated). */
  onInvalidated: (listener: (tags?: Tags) => void) => () => void
  /** This instance's own invalidations (not those learnt from others), merged per tick: where a CDN purge goes. */
  onOwn?: (tags: Tags) => void
  log?: (line: string) => void
  pollMs?: number
}

export type SharedInvalidation = { stop: () => Promise<void> }

export const shareInvalidations = async (
  uri: string,
  hooks: Hooks,
): Promise<SharedInvalidation> => {
  if (isPostgresUri(uri)) {
    return shareThroughPostgres(uri, hooks)
  }
  if (uri.startsWith('file:') && !uri.includes(':memory:')) {
    return shareThroughSqliteFile(uri, hooks)
  }
  const own = batching((tags) => hooks.onOwn?.(tags))
  const unsubscribe = hooks.onInvalidated((tags) => own(tags))
  return { stop: async () => void unsubscribe() }
}

/** Runs `invalidate` without announcing it again (it came from elsewhere). */
const quietly = (invalidate: (tags: Tags) => void) => {
  let applying = false
  return {
    isApplying: () => applying,
    apply: (tags: Tags) => {
      applying = true
      try {
        invalidate(tags)
      } finally {
        applying = false
      }
    },
  }
}

/** Invalidations made in one tick, merged: a union of tags, or everything if any was everything. */
const batching = (send: (tags: Tags) => void) => {
  let pending: 'all' | Set<string> | undefined
  return (tags: Tags) => {
    const first = pending === undefined
    if (!tags) {
      pending = 'all'
    } else if (pending !== 'all') {
      const merged: Set<string> = pending ?? new Set()
      for (const tag of tags) {
        merged.add(tag)
      }
      pending = merged
    }
    if (!first) {
      return
    }
    queueMicrotask(() => {
      const batch = pending
      pending = undefined
      send(batch === 'all' ? undefined : [...batch!])
    })
  }
}

/** NOTIFY payloads are limited to 8,000 bytes: a longer list of tags becomes "everything". */
const MAX_NOTIFY_BYTES = 7_900

const parseMessage = (payload: string | undefined): { from?: string; tags: Tags } => {
  try {
    const message = JSON.parse(payload ?? '') as { from?: string; tags?: null | string[] }
    return {
      from: message.from,
      tags: Array.isArray(message.tags) ? message.tags.map(String) : undefined,
    }
  } catch {
    return { tags: undefined }
  }
}

const shareThroughPostgres = async (
  uri: string,
  { invalidate, onInvalidated, onOwn, log = console.error }: Hooks,
): Promise<SharedInvalidation> => {
  const instance = crypto.randomUUID()
  const remote = quietly(invalidate)
  let client: pg.Client | undefined
  let stopped = false

  const connect = async (): Promise<void> => {
    const next = new pg.Client({
      connectionString: uri,
      connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
    })
    next.on('notification', (notification) => {
      if (notification.channel !== CHANNEL) {
        return
      }
      const { from, tags } = parseMessage(notification.payload)
      if (from !== instance) {
        remote.apply(tags)
      }
    })
    // Only the connection in use re-connects when it fails; one that failed to open is retried by its caller.
    next.on('error', () => client === next && reconnect())
    next.on('end', () => client === next && reconnect())
    try {
      await next.connect()
      await next.query(`LISTEN ${CHANNEL}`)
    } catch (error) {
      await next.end().catch(() => {})
      throw error
    }
    client = next
  }
  let reconnecting = false
  const reconnect = () => {
    if (stopped || reconnecting) {
      return
    }
    reconnecting = true
    client = undefined
    const attempt = (delay: number) =>
      setTimeout(() => {
        connect().then(
          () => {
            reconnecting = false
            // Whatever was notified while we were away is lost: start from an empty cache.
            remote.apply(undefined)
          },
          (error: unknown) => {
            log(
              `> Shared cache invalidation: reconnecting to PostgreSQL failed (${(error as Error).message}); retrying.`,
            )
            attempt(Math.min(delay * 2, 5_000))
          },
        )
      }, delay).unref()
    attempt(100)
  }
  // Not reaching the server now (it restarts, or this process is busy starting) is no reason not to
  // serve: keep trying in the background; until then the cache TTL is the safety net.
  await connect().catch((error: unknown) => {
    log(
      `> Shared cache invalidation: could not listen on PostgreSQL yet (${(error as Error).message}); retrying.`,
    )
    reconnect()
  })

  // Several invalidations in one tick (a save touching several stories) make one notification.
  const notify = batching((tags) => {
    let payload = JSON.stringify({ from: instance, tags: tags ?? null })
    if (Buffer.byteLength(payload) > MAX_NOTIFY_BYTES) {
      payload = JSON.stringify({ from: instance, tags: null })
    }
    client?.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch(() => reconnect())
    onOwn?.(tags)
  })
  const unsubscribe = onInvalidated((tags) => {
    if (!remote.isApplying()) {
      notify(tags)
    }
  })
  return {
    stop: async () => {
      stopped = true
      unsubscribe()
      await client?.end().catch(() => {})
    },
  }
}

/** The signal file beside a SQLite database: one line per invalidation (`<instance> <tags…>`, `*` for everything). */
export const signalFileOf = (uri: string) =>
  `${path.resolve(uri.slice('file:'.length).replace(/\?.*$/, ''))}.invalidations`

/** Past this size the next writer starts the file afresh (readers notice it shrank and invalidate). */
const MAX_SIGNAL_BYTES = 256 * 1024

const shareThroughSqliteFile = async (
  uri: string,
  { invalidate, onInvalidated, onOwn, pollMs = 250 }: Hooks,
): Promise<SharedInvalidation> => {
  const instance = crypto.randomUUID()
  const remote = quietly(invalidate)
  const file = signalFileOf(uri)
  let offset = fs.existsSync(file) ? fs.statSync(file).size : 0

  const append = batching((tags) => {
    try {
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_SIGNAL_BYTES) {
        fs.writeFileSync(file, '')
      }
      fs.appendFileSync(file, `${instance} ${tags ? tags.join(' ') : '*'}\n`)
    } catch {
      /* the TTL remains */
    }
    onOwn?.(tags)
  })
  const unsubscribe = onInvalidated((tags) => {
    if (!remote.isApplying()) {
      append(tags)
    }
  })
  const check = () => {
    let size = 0
    try {
      size = fs.statSync(file).size
    } catch {
      return
    }
    if (size === offset) {
      return
    }
    if (size < offset) {
      offset = 0
      return remote.apply(undefined)
    }
    const fd = fs.openSync(file, 'r')
    try {
      const buffer = Buffer.alloc(size - offset)
      fs.readSync(fd, buffer, 0, buffer.length, offset)
      offset = size
      const tags = new Set<string>()
      let all = false
      for (const line of buffer.toString('utf8').split('\n')) {
        const [from, ...rest] = line.split(' ')
        if (!from || from === instance) {
          continue
        }
        if (rest.includes('*') || !rest.length) {
          all = true
        } else {
          for (const tag of rest) {
            tags.add(tag)
          }
        }
      }
      if (all) {
        remote.apply(undefined)
      } else if (tags.size) {
        remote.apply([...tags])
      }
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
