/**
 * Several processes (app instances, the seed, a script) writing to one SQLite file take turns.
 *
 * libsql, which Payload's SQLite adapter uses, runs statements synchronously and gives every
 * transaction a connection of its own, opening a fresh one afterwards without the adapter's
 * `PRAGMA busy_timeout`. So a second writer's `BEGIN IMMEDIATE` failed at once with SQLITE_BUSY
 * (a 500), and where a busy timeout did apply it blocked the whole process while it waited, the
 * lock holder in the same process included. Worse, a `BEGIN` that fails leaves its connection
 * holding the snapshot it read (libsql does not reset the failed statement): every later `BEGIN`
 * on it fails with SQLITE_BUSY_SNAPSHOT and every read on it is stale, for good.
 *
 * So here: SQLite's own timeout stays 0; a transaction begins on a connection of its own, and one
 * that finds the database locked is closed and another tried after a pause (asynchronously, with
 * growing pauses), up to `timeoutMs`; other statements that find it locked are retried the same
 * way, and the shared connection is replaced afterwards (see dropSharedConnection). After that the
 * caller gets a DatabaseBusyError, which the app answers with 503 and Retry-After.
 */
import type { DatabaseAdapterObj } from 'payload'

import {
  createClient,
  type Client as LibsqlClient,
  type Config as LibsqlConfig,
  type TransactionMode,
} from '@libsql/client'

/** The write lock could not be had in time; nothing was written. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError'
  readonly status = 503
  constructor(waitedMs: number, cause?: unknown) {
    super(
      `The database is busy (SQLITE_BUSY): no write lock within ${(waitedMs / 1000).toFixed(1)} s.`,
      { cause },
    )
  }
}

const isBusy = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  return (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_LOCKED' ||
    /SQLITE_BUSY|database is locked/.test(message ?? '')
  )
}

/**
 * Retries a statement (or a BEGIN) that found the database locked, without blocking the event loop;
 * if it ever did, `afterBusy` runs once it has succeeded or given up.
 */
const retryWhileBusy = async <T>(
  run: () => Promise<T>,
  timeoutMs: number,
  afterBusy?: () => Promise<void>,
): Promise<T> => {
  const started = Date.now()
  let wasBusy = false
  try {
    for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
      try {
        return await run()
      } catch (error) {
        if (!isBusy(error)) {
          throw error
        }
        wasBusy = true
        if (Date.now() - started >= timeoutMs) {
          throw new DatabaseBusyError(Date.now() - started, error)
        }
        // Jitter, so that waiting writers do not all knock at the same instant.
        await new Promise((resolve) => setTimeout(resolve, pause / 2 + Math.random() * pause))
      }
    }
  } finally {
    if (wasBusy) {
      await afterBusy?.()
    }
  }
}

/** The libsql client methods that run statements on its shared connection and may need the lock. */
const STATEMENT_METHODS = ['execute', 'batch', 'executeMultiple', 'migrate'] as const

/**
 * Each transaction begins on a new connection; if the database is locked that connection is closed
 * (with the snapshot its failed BEGIN holds) and a new one tried. A successful BEGIN hands the
 * connection to the transaction, as libsql itself does.
 */
const beginOnFreshConnection =
  (config: LibsqlConfig, timeoutMs: number) => (mode?: TransactionMode) =>
    retryWhileBusy(async () => {
      const connection = createClient(config)
      try {
        return await connection.transaction(mode)
      } catch (error) {
        connection.close()
        throw error
      }
    }, timeoutMs)

/**
 * A statement outside a transaction that found the database locked was seen to leave the shared
 * connection reading an old snapshot: later reads on it missed what others wrote since (a new
 * login's session included, so its token read as anonymous), for seconds or minutes, varying from
 * run to run (as far as we can tell, the failed statement is not reset by libsql and lets go of its
 * read only when garbage-collected). So once such a statement is done, that connection is handed
 * off the way libsql hands one to a transaction (the client's next statement opens a new one) and
 * rolled back; the old one is closed when collected.
 */
const dropSharedConnection = (handOff: LibsqlClient['transaction']) => async () => {
  try {
    const detached = await handOff('deferred')
    await detached.rollback()
    detached.close()
  } catch {
    // Nothing to drop (no connection yet), or it is gone already.
  }
}

const waitForLocks = (client: LibsqlClient, config: LibsqlConfig, timeoutMs: number) => {
  const methods = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  const afterBusy = dropSharedConnection(client.transaction.bind(client))
  for (const method of STATEMENT_METHODS) {
    const original = methods[method]?.bind(client)
    if (original) {
      methods[method] = (...args: unknown[]) =>
        retryWhileBusy(() => original(...args), timeoutMs, afterBusy)
    }
  }
  client.transaction = beginOnFreshConnection(config, timeoutMs)
}

/** Payload's SQLite adapter whose client waits its turn for the write lock (see above). */
export const waitingForWriteLock = (
  adapterObj: DatabaseAdapterObj,
  timeoutMs: number,
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    type Adapter = {
      client?: LibsqlClient
      clientConfig: LibsqlConfig
      connect?: (options?: { hotReload?: boolean }) => Promise<void>
    }
    const adapter = adapterObj.init(args) as unknown as Adapter
    const connect = adapter.connect!
    adapter.connect = async function connectWaiting(this: Adapter, options) {
      const fresh = !this.client
      await connect.call(this, options)
      if (fresh && this.client) {
        waitForLocks(this.client, this.clientConfig, timeoutMs)
      }
    }
    return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})

/** Is this error (or what Payload or drizzle wrapped it in, as its `cause`) a database that stayed locked? */
export const isDatabaseBusy = (error: unknown, depth = 0): boolean =>
  error instanceof DatabaseBusyError ||
  /The database is busy \(SQLITE_BUSY\)|SQLITE_BUSY|database is locked/.test(
    (error as Error | undefined)?.message ?? '',
  ) ||
  (depth < 5 &&
    (error as Error | undefined)?.cause !== undefined &&
    isDatabaseBusy((error as Error).cause, depth + 1))
