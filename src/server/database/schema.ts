/**
 * One schema path for every command: the committed migrations, in development and production alike.
 *
 * Payload's default is to push the schema straight from the collections in development and to run
 * migrations in production. On one database file that breaks: the push leaves a `dev` row (batch -1)
 * in `payload_migrations`, and production's migrate then asks "Would you like to proceed? (y/N)" on a
 * console nobody reads, so `npm start` hangs after `npm run dev` (and answering "y" can lose data).
 * Here `npm run dev`, `npm run seed` and `npm start` all apply the same migrations, never prompt, and
 * only the tests push (each on a fresh database). A database an older version of the app pushed to
 * is reconciled once: see reconcileDevelopmentPush.
 */
import type { DatabaseAdapterObj } from 'payload'

import { lockHolder, releaseLockFile, sleep, tryLockFile } from './processLocks'

/** A migration as the app commits them (src/migrations/index.ts). */
type Migration = { name: string }

/** The bits of Payload's database adapters this module uses (drizzle's: SQLite, Postgres). */
type Adapter = {
  name: string
  payload: { logger: { info: (message: string) => void } }
  migrate: (args: { migrations: never }) => Promise<void>
  connect?: (options?: { hotReload?: boolean }) => Promise<void>
}
type DrizzleAdapter = {
  drizzle: unknown
  schema: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>
  requireDrizzleKit: () => {
    pushSchema: (
      schema: unknown,
      drizzle: unknown,
    ) => Promise<{
      apply: () => Promise<void>
      hasDataLoss: boolean
      statementsToExecute: string[]
      warnings: string[]
    }>
  }
} & Adapter

/** A database this version cannot use as it is: the message says why and what to do. */
export class UnusableDatabaseError extends Error {
  override name = 'UnusableDatabaseError'
}

const isDrizzle = (adapter: Adapter): adapter is DrizzleAdapter =>
  'drizzle' in adapter && 'requireDrizzleKit' in adapter

const migrationsTableExists = async (adapter: DrizzleAdapter): Promise<boolean> => {
  const raw =
    adapter.name === 'postgres'
      ? `SELECT to_regclass('payload_migrations') IS NOT NULL AS "exists"`
      : `SELECT COUNT(*) AS "exists" FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'`
  const { rows } = await adapter.execute({ drizzle: adapter.drizzle, raw })
  return Boolean(Number(rows[0]?.exists) || rows[0]?.exists === true)
}

const recordedMigrations = async (
  adapter: DrizzleAdapter,
): Promise<{ name: string; batch: number }[]> => {
  if (!(await migrationsTableExists(adapter))) {
    return []
  }
  const { rows } = await adapter.execute({
    drizzle: adapter.drizzle,
    raw: 'SELECT name, batch FROM payload_migrations',
  })
  return rows.map((row) => ({ name: String(row.name), batch: Number(row.batch) }))
}

/** Migrations that change data, not tables: hand-written, idempotent, named `…_data`. */
const isDataMigration = (migration: Migration) => migration.name.endsWith('_data')

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`

/**
 * A database that an older version of this app (or `payload` in dev mode) built by pushing the schema
 * carries the `dev` row instead of the migrations' names. Bring its tables to exactly the schema the
 * migrations build (drizzle-kit computes the difference, as the push did), refuse if that would drop
 * data, then record every schema migration as applied and drop the `dev` row, so migrate never
 * prompts; data migrations then run as on any other database.
 */
const reconcileDevelopmentPush = async (
  adapter: DrizzleAdapter,
  migrations: Migration[],
  log: (line: string) => void,
) => {
  const { pushSchema } = adapter.requireDrizzleKit()
  const { apply, hasDataLoss, statementsToExecute, warnings } = await pushSchema(
    adapter.schema,
    adapter.drizzle,
  )
  if (hasDataLoss) {
    throw new UnusableDatabaseError(
      [
        'This database was set up by a development schema push whose tables differ from this version’s in a way that would lose data:',
        ...warnings.map((warning) => `  - ${warning}`),
        'Nothing was changed. Back up the database file, then either run the version of the app that made it, or export what you need and start on a fresh database.',
      ].join('\n'),
    )
  }
  if (statementsToExecute.length) {
    log(
      `Bringing a development-pushed schema up to date (${statementsToExecute.length} change${statementsToExecute.length === 1 ? '' : 's'}, no data dropped).`,
    )
    await apply()
  }
  const recorded = new Set((await recordedMigrations(adapter)).map((row) => row.name))
  const now = new Date().toISOString()
  for (const migration of migrations) {
    // A data migration (named `…_data`) fills in what a push never does: it still runs, after this.
    if (recorded.has(migration.name) || isDataMigration(migration)) {
      continue
    }
    await adapter.execute({
      drizzle: adapter.drizzle,
      raw: `INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES (${quote(migration.name)}, 1, ${quote(now)}, ${quote(now)})`,
    })
  }
  await adapter.execute({
    drizzle: adapter.drizzle,
    raw: `DELETE FROM payload_migrations WHERE batch = -1`,
  })
  log(
    'Recorded the development-pushed schema as migrated: from now on every command applies the migrations.',
  )
}

/**
 * Brings the database to the schema of this version, without ever asking a question: reconcile a
 * development push if there was one, refuse a database migrated by a newer version, then apply the
 * migrations not yet applied (Payload's own migrate, each in a transaction).
 */
export const applyMigrations = async (
  adapter: Adapter,
  migrations: Migration[],
  log: (line: string) => void,
) => {
  if (!isDrizzle(adapter)) {
    return
  }
  const recorded = await recordedMigrations(adapter)
  const known = new Set(migrations.map((migration) => migration.name))
  const unknown = recorded.filter((row) => row.batch !== -1 && !known.has(row.name))
  if (unknown.length) {
    throw new UnusableDatabaseError(
      [
        `This database was migrated by a newer version of the app (migration${unknown.length === 1 ? '' : 's'} ${unknown.map((row) => row.name).join(', ')} unknown to this one).`,
        'Nothing was changed. Run the newer version, or point DATABASE_URI at another database.',
      ].join('\n'),
    )
  }
  if (recorded.some((row) => row.batch === -1)) {
    await reconcileDevelopmentPush(adapter, migrations, log)
  }
  await adapter.migrate({ migrations: migrations as never })
}

/** Lock files this process holds now: taking one again (the bootstrap, then Payload's connect) is a no-op. */
const heldLocks = new Set<string>()

/**
 * Only one process prepares a database at a time (three instances started at once on a fresh SQLite
 * file would otherwise all run the first migration, or all create the first admin): an exclusive
 * lock file beside the database, taken over when the process that holds it is gone.
 */
export const withFileLock = async <T>(
  lockFile: string | undefined,
  work: () => Promise<T>,
  timeoutMs = 120_000,
): Promise<T> => {
  if (!lockFile || heldLocks.has(lockFile)) {
    return work()
  }
  const deadline = Date.now() + timeoutMs
  while (!tryLockFile(lockFile)) {
    if (Date.now() > deadline) {
      throw new UnusableDatabaseError(
        `Another process (pid ${lockHolder(lockFile)}) has been preparing this database for ${timeoutMs / 1000} s (lock ${lockFile}).`,
      )
    }
    await sleep(100)
  }
  heldLocks.add(lockFile)
  try {
    return await work()
  } finally {
    heldLocks.delete(lockFile)
    releaseLockFile(lockFile)
  }
}

/**
 * The adapter, with the migrations applied each time it connects (hot reloads aside). Tests, which
 * start on fresh databases with configs of their own, push instead (`push: true` on the adapter).
 */
export const migratingOnConnect = (
  adapterObj: DatabaseAdapterObj,
  {
    migrations,
    prepare,
  }: { migrations: Migration[]; prepare: <T>(work: () => Promise<T>) => Promise<T> },
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as unknown as Adapter
    const connect = adapter.connect!
    adapter.connect = async function connectAndMigrate(this: Adapter, options) {
      await connect.call(this, options)
      if (options?.hotReload) {
        return
      }
      const log = (line: string) => this.payload.logger.info(line)
      await prepare(() => applyMigrations(this, migrations, log))
    }
    return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})
