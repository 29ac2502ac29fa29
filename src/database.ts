import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations } from './migrations/index'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The embedded default: a SQLite file under ./data, so a fresh clone runs with zero setup. */
export const DEFAULT_DATABASE_URI = `file:${path.join(projectRoot, 'data', 'newsroom.db')}`

/** How long to wait for MongoDB before giving up with an explanation (the driver's default is 30 s). */
const MONGO_TIMEOUT_MS = 5_000

export const isMongoUri = (uri: string): boolean => /^mongodb(\+srv)?:\/\//.test(uri)

/** `DATABASE_URI` picks the adapter: `mongodb://…` → MongoDB; unset or `file:…` → SQLite. */
export const databaseAdapter = (uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI): DatabaseAdapterObj => {
  if (isMongoUri(uri)) {
    return mongooseAdapter({
      url: uri,
      connectOptions: { serverSelectionTimeoutMS: MONGO_TIMEOUT_MS, connectTimeoutMS: MONGO_TIMEOUT_MS },
    })
  }
  if (!uri.startsWith('file:')) {
    throw new Error(`DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${redactUri(uri)}").`)
  }
  const file = uri.slice('file:'.length)
  if (file && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url: uri },
    // WAL lets readers run while a write commits; the busy timeout makes a second writer (another
    // request, the seed, a second app instance on the same file) wait instead of failing.
    wal: true,
    busyTimeout: 5_000,
    // Each request's writes commit together or not at all (off by default in db-sqlite).
    transactionOptions: {},
    // Development and tests push the schema directly; production applies the committed migrations.
    prodMigrations: migrations,
  })
}

/** Host (and database) only: never print credentials. */
export const redactUri = (uri: string): string => {
  try {
    const url = new URL(uri)
    return url.protocol === 'file:' ? uri : `${url.protocol}//${url.host}${url.pathname}`
  } catch {
    return uri.replace(/\/\/[^@/]*@/, '//***@')
  }
}

/** Turns a failed connection into a message that says where and what to do. */
export const explainConnectionFailure = (uri: string, error: unknown): string => {
  const details = error instanceof Error ? error.message : String(error)
  if (isMongoUri(uri)) {
    return [
      `Cannot connect to MongoDB at ${redactUri(uri)} within ${MONGO_TIMEOUT_MS / 1000} s.`,
      'Start it (e.g. `docker compose up -d mongo`), check DATABASE_URI, or unset DATABASE_URI to use the embedded SQLite database.',
      `Driver said: ${details}`,
    ].join('\n')
  }
  return `Cannot open the SQLite database ${redactUri(uri)}: ${details}`
}
