/**
 * Payload's SQL adapters (PostgreSQL, SQLite) as the few hand-written statements need them: a
 * collection's table and column names as Payload made them, and a way to run a statement inside the
 * request's transaction. Everything else goes through the Local API; MongoDB has no SQL, so each
 * caller keeps a Local API way for it (`sqlTableOf` answers undefined).
 */
import type { PayloadRequest } from 'payload'

type SqlAdapter = {
  name: string
  drizzle: unknown
  sessions?: Record<number | string, { db: unknown } | undefined>
  tables?: Record<string, Record<string, { name?: string } | undefined>>
  tableNameMap?: Map<string, string>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows?: unknown[] }>
}

const snakeCase = (slug: string) =>
  slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase()

/** An identifier as both databases quote it. */
export const quoted = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

/** Numeric ids only go into a statement, as literals. */
export const areNumericIds = (ids: readonly unknown[]) =>
  ids.every((id) => Number.isSafeInteger(Number(id)) && String(Number(id)) === String(id))

export type SqlTable = {
  dialect: 'postgres' | 'sqlite'
  /** The table's name, quoted. */
  table: string
  /** A column by Payload's field path (`publishedAt`, `withholdByline_withheld`, `_parentID`), quoted; undefined if there is none. */
  column: (field: string) => string | undefined
  /** Runs a statement in the request's transaction, if it has one; the rows it returns. */
  run: (raw: string) => Promise<Record<string, unknown>[]>
}

/** The SQL dialect of the database, or undefined on one without SQL (MongoDB). */
export const sqlDialectOf = (
  payload: PayloadRequest['payload'],
): 'postgres' | 'sqlite' | undefined => {
  const { name } = payload.db as unknown as SqlAdapter
  return name === 'postgres' || name === 'sqlite' ? name : undefined
}

/** Runs a statement in the request's transaction, if it has one (else on its own); the rows it returns. */
export const runSql = async (
  payload: PayloadRequest['payload'],
  raw: string,
  req?: PayloadRequest,
): Promise<Record<string, unknown>[]> => {
  const db = payload.db as unknown as SqlAdapter
  const transactionID = req ? await req.transactionID : undefined
  const session = transactionID === undefined ? undefined : db.sessions?.[transactionID]?.db
  return ((await db.execute({ drizzle: session ?? db.drizzle, raw })).rows ?? []) as Record<
    string,
    unknown
  >[]
}

/**
 * The SQL table of a collection (or of one of its arrays: `suffix` `_authors`), or undefined on a
 * database without SQL.
 */
export const sqlTableOf = (
  req: PayloadRequest,
  slug: string,
  suffix = '',
): SqlTable | undefined => {
  const db = req.payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres' && db.name !== 'sqlite') {
    return undefined
  }
  const base = db.tableNameMap?.get(snakeCase(slug))
  const tableName = base ? `${base}${suffix}` : undefined
  const columns = tableName ? db.tables?.[tableName] : undefined
  if (!tableName || !columns) {
    return undefined
  }
  return {
    dialect: db.name,
    table: quoted(tableName),
    column: (field) => {
      const name = columns[field]?.name
      return name ? quoted(name) : undefined
    },
    run: (raw) => runSql(req.payload, raw, req),
  }
}
