/**
 * Write transactions queue for a slot, fewer than the pool's connections.
 *
 * Why: a REST or GraphQL save on PostgreSQL holds one pooled connection for its transaction and, as
 * Payload checks the document's edit lock, briefly needs a second (`checkDocumentLockStatus` reads
 * `payload-locked-documents` without `req`, on purpose since Payload 3.24). With as many saves at
 * once as the pool has connections, each holds one and waits for another, and nothing moves until the
 * pool's connect timeout (measured: 20 publishes at once on a 10-connection pool, none done in 5 s).
 * With at most `pool - 2` transactions open, a save always finds its second connection and readers
 * always find one too.
 *
 * A save that waits longer than `waitMs` for a slot is refused with SQLSTATE 53300
 * (too_many_connections), which the plugin answers as a 503 with Retry-After: nothing was written.
 */
import type { DatabaseAdapterObj } from 'payload'

type TransactionalAdapter = {
  beginTransaction: (options?: unknown) => Promise<null | number | string>
  commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  rollbackTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  /** Payload's open transactions by id (drizzle adapters). */
  sessions?: Record<number | string, unknown>
}

export class WriteSlotsBusy extends Error {
  readonly code = '53300'
  constructor(waitMs: number) {
    super(`No database connection came free for this write within ${waitMs} ms.`)
  }
}

/** A counting semaphore whose waiters are served first come, first served, each with a deadline. */
export const slots = (size: number) => {
  let free = size
  const waiting: (() => void)[] = []
  return {
    get free() {
      return free
    },
    get waiting() {
      return waiting.length
    },
    acquire(waitMs: number): Promise<void> {
      if (free > 0 && waiting.length === 0) {
        free--
        return Promise.resolve()
      }
      return new Promise<void>((resolve, reject) => {
        const grant = () => {
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(grant), 1)
          reject(new WriteSlotsBusy(waitMs))
        }, waitMs)
        waiting.push(grant)
      })
    },
    release() {
      const next = waiting.shift()
      if (next) {
        next()
      } else {
        free++
      }
    },
  }
}

/** Wraps an initialised adapter's transactions so at most `size` are open at once. */
export const boundWriteTransactions = <Adapter extends TransactionalAdapter>(
  adapter: Adapter,
  { size, waitMs }: { size: number; waitMs: number },
): Adapter => {
  const queue = slots(Math.max(1, size))
  const open = new Set<number | string>()
  const { beginTransaction, commitTransaction, rollbackTransaction } = adapter
  const end = (finish: TransactionalAdapter['commitTransaction']) =>
    async function (
      this: Adapter,
      incoming: Parameters<TransactionalAdapter['commitTransaction']>[0],
    ) {
      const id = await incoming
      try {
        await finish.call(this, id)
      } finally {
        // Payload may end one transaction twice (nested operations sharing `req`): one slot back.
        if (open.delete(id)) {
          queue.release()
        }
      }
    }
  /** A transaction Payload ended some other way (none known, but a leaked slot would never come back). */
  const reclaimEnded = () => {
    for (const id of open) {
      if (adapter.sessions && !(id in adapter.sessions)) {
        open.delete(id)
        queue.release()
      }
    }
  }
  adapter.beginTransaction = async function (this: Adapter, options?: unknown) {
    if (queue.free === 0) {
      reclaimEnded()
    }
    await queue.acquire(waitMs)
    try {
      const id = await beginTransaction.call(this, options)
      if (id === null || id === undefined) {
        queue.release()
      } else {
        open.add(id)
      }
      return id
    } catch (error) {
      queue.release()
      throw error
    }
  }
  adapter.commitTransaction = end(commitTransaction)
  adapter.rollbackTransaction = end(rollbackTransaction)
  return adapter
}

/** An adapter whose transactions, once it is initialised, queue for one of `size` slots. */
export const queueingWrites = (
  adapterObj: DatabaseAdapterObj,
  options: { size: number; waitMs: number },
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => boundWriteTransactions(adapterObj.init(args) as never, options),
})
