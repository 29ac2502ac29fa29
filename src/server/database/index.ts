/** The database: the adapter DATABASE_URI picks (SQLite, PostgreSQL, MongoDB), its migrations applied on connect, one process preparing it at a time, and what a failed connection means. */
import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations } from '../../migrations/index'
import { migrations as postgresMigrations } from '../../migrations-postgres/index'
import { env } from '../env'
import { srcDir } from '../paths'
import { isMongoUri, isPostgresUri, POSTGRES_CONNECT_TIMEOUT_MS, redactUri } from './databaseUri'
import { ensurePostgresDatabase, postgresDatabaseAdapter, withPostgresLock } from './postgres'

export { isMongoUri, redactUri }
import { migratingOnConnect, withFileLock } from './schema'
import { addMissingIndexes } from './schemaIndexes'
import { waitingForWriteLock } from './sqliteLocking'

/** How long to wait for MongoDB before giving up with an explanation (the driver's default is 30 s). */
const MONGO_TIMEOUT_MS = 5_000

/** How long a write waits for another writer (another request, the seed, another instance) to finish. */
export const WRITE_LOCK_TIMEOUT_MS = env.databaseLockTimeoutMs

export type DatabaseOptions = {
  /**
   * `migrations` (the app, every command): the committed migrations, see ./schema.ts.
   * `push`: the schema straight from the collections, for tests on fresh databases.
   * @default 'migrations'
   */
  schema?: 'migrations' | 'push'
}

/** Where `npm run migrate:create` writes, and the app reads, each database's committed migrations. */
export const MIGRATION_DIRS = {
  sqlite: path.join(srcDir, 'migrations'),
  postgres: path.join(srcDir, 'migrations-postgres'),
}

/**
 * `DATABASE_URI` picks the adapter: `postgres://…` or `postgresql://…` → PostgreSQL; `mongodb://…` →
 * MongoDB; unset or `file:…` → SQLite.
 */
export const databaseAdapter = (
  uri: string = env.databaseUri,
  { schema = 'migrations' }: DatabaseOptions = {},
): DatabaseAdapterObj => {
  if (isMongoUri(uri)) {
    return mongooseAdapter({
      url: uri,
      connectOptions: {
        serverSelectionTimeoutMS: MONGO_TIMEOUT_MS,
        connectTimeoutMS: MONGO_TIMEOUT_MS,
      },
    })
  }
  if (isPostgresUri(uri)) {
    const adapter = postgresDatabaseAdapter(uri, {
      push: schema === 'push',
      migrationDir: MIGRATION_DIRS.postgres,
      lockTimeoutMs: WRITE_LOCK_TIMEOUT_MS,
    })
    return schema === 'push'
      ? adapter
      : migratingOnConnect(adapter, {
          migrations: postgresMigrations,
          prepare: (work) => withPreparationLock(uri, work),
        })
  }
  if (!uri.startsWith('file:')) {
    throw new Error(
      `DATABASE_URI must start with postgres://, postgresql://, mongodb://, mongodb+srv:// or file: (got "${redactUri(uri)}").`,
    )
  }
  const lockFile = preparationLockFile(uri)
  if (lockFile) {
    fs.mkdirSync(path.dirname(lockFile), { recursive: true })
  }
  const adapter = sqliteAdapter({
    client: { url: uri },
    // WAL lets readers run while a write commits.
    wal: true,
    // No busy timeout of SQLite's own (it would block the process while it waits): a second writer
    // waits asynchronously instead, see ./sqliteLocking.ts.
    busyTimeout: 0,
    // Each request's writes commit together or not at all (off by default in db-sqlite).
    transactionOptions: {},
    push: schema === 'push',
    migrationDir: MIGRATION_DIRS.sqlite,
    afterSchemaInit: [addMissingIndexes('sqlite') as never],
  })
  const waiting = waitingForWriteLock(adapter, WRITE_LOCK_TIMEOUT_MS)
  return schema === 'push'
    ? waiting
    : migratingOnConnect(waiting, { migrations, prepare: (work) => withPreparationLock(uri, work) })
}

/**
 * Preparing a database (migrations, the first admin, the first seed) is one process at a time, so
 * instances started together do it once: a lock file beside a SQLite file, an advisory lock in
 * Postgres. MongoDB needs none (no migrations; the admin and the seed check before they write).
 */
export const withPreparationLock = <T>(uri: string, work: () => Promise<T>): Promise<T> =>
  isPostgresUri(uri) ? withPostgresLock(uri, work) : withFileLock(preparationLockFile(uri), work)

/** Fails fast, before any lock is waited for, when a server database cannot be reached (SQLite and MongoDB: on connect). */
export const reachDatabase = async (uri: string): Promise<void> => {
  if (isPostgresUri(uri)) {
    await ensurePostgresDatabase(uri)
  }
}

/**
 * The file that makes preparing a SQLite database (migrations, first admin, first seed) one process
 * at a time; none for databases that are not a file.
 */
export const preparationLockFile = (uri: string = env.databaseUri): string | undefined => {
  if (!uri.startsWith('file:')) {
    return undefined
  }
  const file = uri.slice('file:'.length).replace(/\?.*$/, '')
  return file && file !== ':memory:' ? `${path.resolve(file)}.prepare-lock` : undefined
}

/** Which database a Payload instance uses, for people to read (credentials removed). */
export const databaseNameOf = (payload: { db: unknown }): string => {
  const db = payload.db as {
    clientConfig?: { url?: string }
    poolOptions?: { connectionString?: string }
    url?: string
    name?: string
  }
  return redactUri(
    db.clientConfig?.url ?? db.poolOptions?.connectionString ?? db.url ?? db.name ?? 'database',
  )
}

/** Turns a failed connection into a message that says where and what to do. */
export const explainConnectionFailure = (uri: string, error: unknown): string => {
  const details = error instanceof Error ? error.message : String(error)
  if (isPostgresUri(uri)) {
    return [
      `Cannot connect to PostgreSQL at ${redactUri(uri)} within ${POSTGRES_CONNECT_TIMEOUT_MS / 1000} s.`,
      'Start it (e.g. `docker compose --profile postgres up -d`), check DATABASE_URI and its user and password, or unset DATABASE_URI to use the embedded SQLite database.',
      `Driver said: ${details}`,
    ].join('\n')
  }
  if (isMongoUri(uri)) {
    return [
      `Cannot connect to MongoDB at ${redactUri(uri)} within ${MONGO_TIMEOUT_MS / 1000} s.`,
      'Start it (e.g. `docker compose --profile mongo up -d mongo`), check DATABASE_URI, or unset DATABASE_URI to use the embedded SQLite database.',
      `Driver said: ${details}`,
    ].join('\n')
  }
  return `Cannot open the SQLite database ${redactUri(uri)}: ${details}`
}
