/**
 * Several processes (app instances, the seed, a script) writing to one SQLite file take turns.
 *
 * libsql, which Payload's SQLite adapter uses, runs statements synchronously and gives every
 * transaction a connection of its own, opening a fresh one afterwards without the adapter's
 * `PRAGMA busy_timeout`. So a second writer's `BEGIN IMMEDIATE` failed at once with SQLITE_BUSY
 * (a 500), and where a busy timeout did apply it blocked the whole process while it waited, the
 * lock holder in the same process included. Here every statement runs with no timeout of SQLite's
 * own and a busy database is waited for asynchronously, with growing pauses, up to `timeoutMs`;
 * after that the caller gets a DatabaseBusyError, which the app answers with 503 and Retry-After.
 */
import type { DatabaseAdapterObj } from 'payload'

/** The write lock could not be had in time; nothing was written. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError'
  readonly status = 503
  constructor(waitedMs: number) {
    super(`The database is busy (SQLITE_BUSY): no write lock within ${(waitedMs / 1000).toFixed(1)} s.`)
  }
}

const isBusy = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || /SQLITE_BUSY|database is locked/.test(message ?? '')
}

/** Retries a statement (or a BEGIN) that found the database locked, without blocking the event loop. */
const retryWhileBusy = async <T>(run: () => Promise<T>, timeoutMs: number): Promise<T> => {
  const started = Date.now()
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    try {
      return await run()
    } catch (error) {
      if (!isBusy(error)) throw error
      if (Date.now() - started >= timeoutMs) throw new DatabaseBusyError(Date.now() - started)
      // Jitter, so that waiting writers do not all knock at the same instant.
      await new Promise((resolve) => setTimeout(resolve, pause / 2 + Math.random() * pause))
    }
  }
}

/** The libsql client methods that may need the lock: a statement, a batch, a transaction's BEGIN. */
const LOCKING_METHODS = ['execute', 'batch', 'transaction', 'executeMultiple', 'migrate'] as const

type Client = Record<(typeof LOCKING_METHODS)[number], (...args: unknown[]) => Promise<unknown>>

const waitForLocks = (client: Client, timeoutMs: number) => {
  for (const method of LOCKING_METHODS) {
    const original = client[method]?.bind(client)
    if (!original) continue
    client[method] = (...args: unknown[]) => retryWhileBusy(() => original(...args), timeoutMs)
  }
}

/** Payload's SQLite adapter whose client waits its turn for the write lock (see above). */
export const waitingForWriteLock = (adapterObj: DatabaseAdapterObj, timeoutMs: number): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    type Adapter = { client?: Client; connect?: (options?: { hotReload?: boolean }) => Promise<void> }
    const adapter = adapterObj.init(args) as unknown as Adapter
    const connect = adapter.connect!
    adapter.connect = async function connectWaiting(this: Adapter, options) {
      const fresh = !this.client
      await connect.call(this, options)
      if (fresh && this.client) waitForLocks(this.client, timeoutMs)
    }
    return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})

/** Is this error (or what Payload wrapped it in) a database that stayed locked? */
export const isDatabaseBusy = (error: unknown): boolean =>
  error instanceof DatabaseBusyError || /The database is busy \(SQLITE_BUSY\)|SQLITE_BUSY|database is locked/.test((error as Error | undefined)?.message ?? '')
