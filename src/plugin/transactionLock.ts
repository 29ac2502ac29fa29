import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

/** A lock key Postgres takes as a bigint: 60 bits of the key's SHA-256, so nothing of the key reaches SQL. */
const lockNumber = (key: string) =>
  BigInt(
    `0x${crypto.createHash('sha256').update(`newsroom:${key}`).digest('hex').slice(0, 15)}`,
  ).toString()

type PostgresAdapter = {
  name: string
  sessions?: Record<number | string, { db: unknown } | undefined>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

/**
 * Read-then-write done one request at a time per key, until the request's transaction ends, on every
 * instance: flood control's "any recent submission?" before the insert, a report count before it is
 * stored. Take it before the read.
 *
 * - PostgreSQL (read committed: two transactions could both read the same "before" and both act on
 *   it): a transaction-level advisory lock per key, taken in sorted order so two keys never deadlock.
 * - SQLite needs none: its transactions are serializable (one writer at a time, and a transaction
 *   that read before another's commit cannot write after it), so two can never both act on one read.
 * - MongoDB: no equivalent here (see the README's limits).
 */
export const lockForTransaction = async (req: PayloadRequest, keys: string[]): Promise<void> => {
  const db = req.payload.db as unknown as PostgresAdapter
  if (db.name !== 'postgres') {
    return
  }
  const transactionID = await req.transactionID
  const session = transactionID === undefined ? undefined : db.sessions?.[transactionID]?.db
  if (!session) {
    return
  }
  for (const number of [...new Set(keys.map(lockNumber))].sort()) {
    await db.execute({ drizzle: session, raw: `SELECT pg_advisory_xact_lock(${number})` })
  }
}
