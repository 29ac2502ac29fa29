/**
 * Is there anything for the bootstrap to do? A new instance joining a running newsroom finds its
 * database migrated, with accounts and the story: then it skips the bootstrap process (which loads
 * Payload a second time, 2–3 s of CPU) and answers its first request sooner. Read with one light
 * connection, no Payload. Any doubt (an error, a missing table, a migration this version does not
 * know, a development push's marker) means "not prepared", and the bootstrap runs as before.
 */
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { srcDir } from '../paths'
import { isPostgresUri } from './databaseUri'

const PROBE_TIMEOUT_MS = 1_000

/** The committed migrations' names (their files' names, as `npm run migrate:create` writes them). */
export const committedMigrationNames = (uri: string): string[] => {
  const dir = path.join(srcDir, isPostgresUri(uri) ? 'migrations-postgres' : 'migrations')
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.slice(0, -'.ts'.length))
}

type Facts = { migrations: { name: string; batch: number }[]; users: number; articles: number }

const QUERIES = {
  migrations: 'SELECT name, batch FROM payload_migrations',
  users: 'SELECT count(*) AS n FROM users',
  articles: 'SELECT count(*) AS n FROM articles',
}

const readSqlite = async (uri: string): Promise<Facts | undefined> => {
  const file = uri.slice('file:'.length).replace(/\?.*$/, '')
  if (!file || file === ':memory:' || !fs.existsSync(file)) {
    return undefined
  }
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: uri })
  try {
    const migrations = (await client.execute(QUERIES.migrations)).rows.map((row) => ({
      name: String(row.name),
      batch: Number(row.batch),
    }))
    const users = Number((await client.execute(QUERIES.users)).rows[0]?.n ?? 0)
    const articles = Number((await client.execute(QUERIES.articles)).rows[0]?.n ?? 0)
    return { migrations, users, articles }
  } finally {
    client.close()
  }
}

const readPostgres = async (uri: string): Promise<Facts> => {
  // A short wait: if the server is not there, the bootstrap says so (after its own, longer, wait).
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: PROBE_TIMEOUT_MS })
  await client.connect()
  try {
    const migrations = (
      await client.query<{ name: string; batch: number }>(QUERIES.migrations)
    ).rows.map((row) => ({ name: row.name, batch: Number(row.batch) }))
    const users = Number((await client.query<{ n: string }>(QUERIES.users)).rows[0]?.n ?? 0)
    const articles = Number((await client.query<{ n: string }>(QUERIES.articles)).rows[0]?.n ?? 0)
    return { migrations, users, articles }
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * True when every committed migration is applied and none other, an account exists, and (if the
 * server would seed an empty database) a story too. MongoDB: always false (no migrations to compare).
 */
export const isDatabasePrepared = async (
  uri: string,
  { seeds }: { seeds: boolean },
): Promise<boolean> => {
  if (!isPostgresUri(uri) && !uri.startsWith('file:')) {
    return false
  }
  try {
    const facts = isPostgresUri(uri) ? await readPostgres(uri) : await readSqlite(uri)
    if (!facts) {
      return false
    }
    const applied = new Set(facts.migrations.filter((row) => row.batch > 0).map((row) => row.name))
    const committed = committedMigrationNames(uri)
    const exactlyCommitted =
      facts.migrations.every((row) => row.batch > 0) &&
      applied.size === committed.length &&
      committed.every((name) => applied.has(name))
    return exactlyCommitted && facts.users > 0 && (!seeds || facts.articles > 0)
  } catch {
    return false
  }
}
