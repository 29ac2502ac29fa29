/** Writing the corpus: multi-row INSERTs through the adapter's drizzle tables in one transaction, the ids to follow, and the database's bookkeeping after a bulk load. */
import { type getPayload } from 'payload'

/** Rows per INSERT statement (under SQLite's and PostgreSQL's bound-parameter limits). */
const ROWS_PER_INSERT = 400

export type Row = Record<string, unknown>
export type Payload = Awaited<ReturnType<typeof getPayload>>
export type DrizzleAdapter = {
  name: string
  drizzle: {
    insert: (table: unknown) => { values: (rows: Row[]) => Promise<unknown> }
    execute?: (query: unknown) => Promise<unknown>
  }
  tables: Record<string, unknown>
}

export type Insert = (table: string, rows: Row[]) => Promise<void>

/**
 * Runs `work` with multi-row INSERTs into the adapter's tables (ROWS_PER_INSERT rows a statement),
 * all in one transaction: one commit for a batch of stories, not one per statement.
 */
export const inserting = async (payload: Payload, work: (insert: Insert) => Promise<void>) => {
  const db = payload.db as unknown as {
    sessions: Record<string, { db: DrizzleAdapter['drizzle'] }>
  } & DrizzleAdapter
  const transaction = await payload.db.beginTransaction()
  const drizzle = transaction === null ? db.drizzle : db.sessions[transaction].db
  const insert: Insert = async (table, rows) => {
    if (!db.tables[table]) {
      throw new Error(`No table ${table} in this schema`)
    }
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await drizzle.insert(db.tables[table]).values(rows.slice(start, start + ROWS_PER_INSERT))
    }
  }
  try {
    await work(insert)
    if (transaction !== null) {
      await payload.db.commitTransaction(transaction)
    }
  } catch (error) {
    if (transaction !== null) {
      await payload.db.rollbackTransaction(transaction)
    }
    throw error
  }
}

/** The highest id a collection has (the ids written here follow it). */
export const lastId = async (payload: Payload, collection: string): Promise<number> =>
  Number(
    (
      await payload.db.find({
        collection: collection as never,
        sort: '-id',
        limit: 1,
        pagination: false,
      })
    ).docs[0]?.id ?? 0,
  )

/** The highest id among the article versions (their texts name them). */
export const lastVersionId = async (payload: Payload): Promise<number> =>
  Number(
    (
      await payload.db.findVersions({
        collection: 'articles' as never,
        sort: '-id',
        limit: 1,
        pagination: false,
      })
    ).docs[0]?.id ?? 0,
  )

/** PostgreSQL's id sequences past the ids given here, so the app's next insert gets a fresh one. */
export const followSequences = async (payload: Payload, db: DrizzleAdapter) => {
  if (db.name !== 'postgres' || !db.drizzle.execute) {
    return
  }
  const { sql } = await import('@payloadcms/db-postgres')
  for (const table of ['authors', 'sources', 'articles', '_articles_v', 'quotes', 'comments']) {
    await db.drizzle.execute(
      sql.raw(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT coalesce(max(id), 1) FROM "${table}"))`,
      ),
    )
  }
  void payload
}

/**
 * `ANALYZE` on either database, so the reads after a bulk load are planned with its statistics.
 * `settle`, once the corpus is complete, as a running newsroom's database would be: on PostgreSQL
 * `VACUUM ANALYZE`, the work autovacuum would otherwise start on the new rows during the
 * measurements; on SQLite a schema change after it, so the server's connections read the new
 * statistics (SQLite reads them with the schema: a server that saw the first ANALYZE, taken while
 * the search index held one story, planned its searches for a one-row table, seconds a search).
 */
export const analyze = async (
  payload: Payload,
  db: DrizzleAdapter,
  { settle = false }: { settle?: boolean } = {},
) => {
  if (db.name === 'postgres') {
    const { sql } = await import('@payloadcms/db-postgres')
    await db.drizzle.execute!(sql.raw(settle ? 'VACUUM ANALYZE' : 'ANALYZE'))
  } else {
    const { sql } = await import('@payloadcms/db-sqlite')
    const run = (raw: string) =>
      (db.drizzle as unknown as { run: (query: unknown) => Promise<unknown> }).run(sql.raw(raw))
    await run('ANALYZE')
    if (settle) {
      await run('CREATE TABLE bench_statistics_reread (x)')
      await run('DROP TABLE bench_statistics_reread')
    }
  }
  void payload
}
