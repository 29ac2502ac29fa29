import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { isPostgresUri } from '../../src/server/database/databaseUri'
import { dropPostgresDatabase } from '../../src/server/database/postgres'

/** The Postgres server the tests may use (TEST_DATABASE_URI=postgres://…, as .ci/run sets), if any. */
export const postgresServer = (): string | undefined => {
  const uri = process.env.TEST_DATABASE_URI
  return uri && isPostgresUri(uri) ? uri : undefined
}

/** A new, empty database on that Postgres server (created on first connect), and how to drop it. */
export const freshPostgresDatabase = (
  server: string,
): { uri: string; cleanup: () => Promise<void> } => {
  const url = new URL(server)
  url.pathname = `/newsroom_test_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`
  return { uri: url.toString(), cleanup: () => dropPostgresDatabase(url.toString()) }
}

/**
 * A fresh database: a new SQLite file, or, when TEST_DATABASE_URI names a server (PostgreSQL or
 * MongoDB), a new database of its own on that server, dropped afterwards.
 */
export const freshDatabaseUri = (): { uri: string; cleanup: () => Promise<void> | void } => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'))
  // Logins the seed generates go beside the test, never into the project's data/.
  process.env.DEV_LOGINS_FILE = path.join(dir, 'dev-logins.txt')
  const removeDir = () =>
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  const server = process.env.TEST_DATABASE_URI
  if (server?.startsWith('mongodb')) {
    const url = new URL(server)
    url.pathname = `/newsroom_test_${process.pid}_${Date.now()}`
    return { uri: url.toString(), cleanup: removeDir }
  }
  const postgres = postgresServer()
  if (postgres) {
    const database = freshPostgresDatabase(postgres)
    return { uri: database.uri, cleanup: () => database.cleanup().finally(removeDir) }
  }
  return { uri: `file:${path.join(dir, 'test.db')}`, cleanup: removeDir }
}
