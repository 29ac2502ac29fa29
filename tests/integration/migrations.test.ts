import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { createAppConfig } from '../../src/server/config'
import { migrations } from '../../src/migrations'

/**
 * Every command gets its SQLite schema only from the committed migrations (no dev push, see
 * src/schema.ts), so they must describe exactly the schema the collections define.
 * `npm run migrate:create` makes a new one.
 */
it('the committed SQLite migrations build exactly the schema the collections define', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-migrations-'))
  const config = createAppConfig({
    databaseUri: `file:${path.join(dir, 'migrated.db')}`,
    secret: 'migrations-test',
    overrides: { logger: { options: { level: 'fatal' } } },
  })
  // The app's own config: connecting applies the migrations.
  const payload = await getPayload({ config, key: 'migrations' } as never)
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
    expect(sqlOf).toContainEqual(expect.stringMatching(/CREATE UNIQUE INDEX [`"]articles_slug_idx[`"] ON [`"]articles[`"] \([`"]slug[`"]\)/))
    expect(sqlOf).toContainEqual(expect.stringMatching(/ON [`"]comments[`"] \([`"]article_id[`"],\s*[`"]status[`"],\s*[`"]created_at[`"]\)/))
  } finally {
    await payload.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
