import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

/** A lock key Postgres takes as a bigint: 60 bits of the key's SHA-256, so nothing of the key reaches SQL. */
const lockNumber = (key: string) => BigInt(`0x${crypto.createHash('sha256').update(`newsroom:submitter:${key}`).digest('hex').slice(0, 15)}`).toString()

type PostgresAdapter = {
  name: string
  sessions?: Record<string | number, { db: unknown } | undefined>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

/**
 * Makes flood control's check-then-insert atomic across requests and instances: a submitter's
 * submissions are checked one at a time, in the database, until the request's transaction ends.
 *
 * - PostgreSQL (read committed: two transactions could both find "no recent submission"): a
 *   transaction-level advisory lock per counting key, taken in sorted order so two keys never deadlock.
 * - SQLite needs none: its transactions are serializable (one writer at a time, and a transaction
 *   that read before another's commit cannot write after it), so two can never both insert.
 * - MongoDB: no equivalent here (see the README's limits).
 */
export const holdSubmitterLock = async (req: PayloadRequest, keys: string[]): Promise<void> => {
  const db = req.payload.db as unknown as PostgresAdapter
  if (db.name !== 'postgres') return
  const transactionID = await req.transactionID
  const session = transactionID === undefined ? undefined : db.sessions?.[transactionID]?.db
  if (!session) return
  for (const number of [...new Set(keys.map(lockNumber))].sort()) {
    await db.execute({ drizzle: session, raw: `SELECT pg_advisory_xact_lock(${number})` })
  }
}
