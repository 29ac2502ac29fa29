import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { migrations } from '../../src/migrations'
import { migrations as postgresMigrations } from '../../src/migrations-postgres'
import { createAppConfig } from '../../src/server/config'
import { dropPostgresDatabase } from '../../src/server/database/postgres'
import { freshPostgresDatabase, postgresServer } from '../helpers/databases'

/**
 * Every command gets its schema only from the committed migrations (no dev push, see
 * src/server/database/schema.ts), so they must describe exactly the schema the collections define, on SQLite
 * and on Postgres alike. `npm run migrate:create` (with a Postgres DATABASE_URI for Postgres) makes a new one.
 */
const migrated = async (databaseUri: string) => {
  const config = createAppConfig({
    databaseUri,
    secret: 'migrations-test',
    overrides: { logger: { options: { level: 'fatal' } } },
  })
  // The app's own config: connecting applies the migrations.
  return getPayload({ config, key: `migrations-${databaseUri}` })
}

const rowsOf = async (db: any, raw: string): Promise<any[]> =>
  (await db.execute({ drizzle: db.drizzle, raw })).rows

it('the committed SQLite migrations build exactly the schema the collections define', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-migrations-'))
  const payload = await migrated(`file:${path.join(dir, 'migrated.db')}`)
  try {
    const db = payload.db as any
    const applied = await db.drizzle.all('SELECT name, batch FROM payload_migrations')
    expect(applied).toEqual(migrations.map(({ name }) => ({ name, batch: 1 })))
    const { pushSchema } = db.requireDrizzleKit()
    const { statementsToExecute } = await pushSchema(db.schema, db.drizzle)
    expect(statementsToExecute).toEqual([])

    // The lookups the delivery endpoint makes are indexed: the slug (unique) and comments by article + status + date.
    const indexes = await db.drizzle.all("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
    const sqlOf = indexes.map((index: any) => String(index.sql))
    expect(sqlOf).toContainEqual(
      expect.stringMatching(
        /CREATE UNIQUE INDEX [`"]articles_slug_idx[`"] ON [`"]articles[`"] \([`"]slug[`"]\)/,
      ),
    )
    expect(sqlOf).toContainEqual(
      expect.stringMatching(
        /ON [`"]comments[`"] \([`"]article_id[`"],\s*[`"]status[`"],\s*[`"]created_at[`"]\)/,
      ),
    )
  } finally {
    await payload.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

// Runs where a Postgres server is given (TEST_DATABASE_URI=postgres://…, as .ci/run does).
const postgres = postgresServer() ? it : it.skip

postgres(
  'the committed Postgres migrations build exactly the schema the collections define',
  async () => {
    const { uri } = freshPostgresDatabase(postgresServer()!)
    const payload = await migrated(uri)
    const pool = (payload.db as any).pool
    try {
      const db = payload.db as any
      const applied = await rowsOf(
        db,
        'SELECT name, batch::int AS batch FROM payload_migrations ORDER BY id',
      )
      expect(applied).toEqual(postgresMigrations.map(({ name }) => ({ name, batch: 1 })))
      const { pushSchema } = db.requireDrizzleKit()
      const { statementsToExecute } = await pushSchema(db.schema, db.drizzle, ['public'])
      // drizzle-kit compares a numeric column's default 0 as text and always proposes to set it
      // again: those are checked in the catalogue instead of by the diff.
      const numericDefault = /^ALTER TABLE "(\w+)" ALTER COLUMN "(\w+)" SET DEFAULT 0;$/
      expect(
        statementsToExecute.filter((statement: string) => !numericDefault.test(statement)),
      ).toEqual([])
      for (const statement of statementsToExecute) {
        const [, table, column] = numericDefault.exec(statement)!
        const [info] = await rowsOf(
          db,
          `SELECT data_type, column_default FROM information_schema.columns WHERE table_name = '${table}' AND column_name = '${column}'`,
        )
        expect(info).toEqual({ data_type: 'numeric', column_default: '0' })
      }

      const indexes = (
        await rowsOf(db, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'")
      ).map((row) => String(row.indexdef))
      expect(indexes).toContainEqual(
        expect.stringMatching(
          /CREATE UNIQUE INDEX articles_slug_idx ON public\.articles USING btree \(slug\)/,
        ),
      )
      expect(indexes).toContainEqual(
        expect.stringMatching(/ON public\.comments USING btree \(article_id, status, created_at\)/),
      )
    } finally {
      await payload.destroy()
      void pool?.end().catch(() => {})
      await dropPostgresDatabase(uri)
    }
  },
)
