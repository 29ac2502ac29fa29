/**
 * The search index: one row per story readers can read, made from its current edition (searchText.ts)
 * and kept in step by the editions collection's own writes (an edition made current is indexed, one
 * retired or deleted leaves), in the same transaction. Tables of the plugin's own, outside Payload's
 * schema: PostgreSQL full-text search (a weighted `tsvector` with a GIN index) and SQLite FTS5,
 * created at start (`IF NOT EXISTS`) and refilled from the current editions when empty. Derived
 * data: dropping them loses nothing. MongoDB keeps no index (search reads headlines there).
 */
import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { EditionDocument } from '../editions/buildEdition'
import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { runSql, sqlDialectOf } from '../database/sqlTables'
import { type SearchRow, searchRowOf } from './searchText'

/** The plugin's search tables, by prefix: schema pushes leave them alone (see protectSearchTables). */
export const SEARCH_TABLES = /\bnewsroom_search\w*/

const PG_TABLE = 'newsroom_search'
const SQLITE_DOCS = 'newsroom_search_docs'
const SQLITE_FTS = 'newsroom_search_fts'

/** A string as an SQL literal (both databases, standard strings): quotes doubled, no NUL. */
export const literal = (value: null | string | undefined): string =>
  value === null || value === undefined
    ? 'NULL'
    : `'${value.replace(/\0/g, ' ').replace(/'/g, "''")}'`

/** A PostgreSQL text search configuration's name, as a literal; refused unless it is a plain name. */
export const regconfig = (language: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(language)) {
    throw new Error(
      `newsroomPlugin: search.language must be the name of a PostgreSQL text search configuration (english, french, simple…), not "${language}".`,
    )
  }
  return `${literal(language)}::regconfig`
}

const postgresSchema = (language: string) => [
  `CREATE TABLE IF NOT EXISTS ${PG_TABLE} (
    article_id text PRIMARY KEY,
    slug text NOT NULL,
    title text NOT NULL DEFAULT '',
    quotes text NOT NULL DEFAULT '',
    meta text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    dek text NOT NULL DEFAULT '',
    byline text NOT NULL DEFAULT '',
    tags text[] NOT NULL DEFAULT '{}',
    authors text[] NOT NULL DEFAULT '{}',
    display text NOT NULL DEFAULT '{}',
    published_at timestamptz,
    date_modified timestamptz,
    config regconfig NOT NULL DEFAULT ${regconfig(language)},
    vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector(config, title), 'A') ||
      setweight(to_tsvector(config, quotes), 'B') ||
      setweight(to_tsvector(config, meta), 'C') ||
      setweight(to_tsvector(config, body), 'D')
    ) STORED
  )`,
  `CREATE INDEX IF NOT EXISTS ${PG_TABLE}_vector_idx ON ${PG_TABLE} USING gin (vector)`,
  `CREATE INDEX IF NOT EXISTS ${PG_TABLE}_tags_idx ON ${PG_TABLE} USING gin (tags)`,
  `CREATE INDEX IF NOT EXISTS ${PG_TABLE}_authors_idx ON ${PG_TABLE} USING gin (authors)`,
  // The candidates' order exactly (newest first, then id), so a common word's newest matches are read
  // in order and the scan stops at the cap. (Was (published_at DESC): nulls first, no tie-breaker.)
  `DROP INDEX IF EXISTS ${PG_TABLE}_published_idx`,
  `CREATE INDEX IF NOT EXISTS ${PG_TABLE}_newest_idx ON ${PG_TABLE} (published_at DESC NULLS LAST, article_id DESC)`,
]

const sqliteSchema = (language: string) => [
  `CREATE TABLE IF NOT EXISTS ${SQLITE_DOCS} (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    dek TEXT NOT NULL DEFAULT '',
    byline TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    authors TEXT NOT NULL DEFAULT '[]',
    display TEXT NOT NULL DEFAULT '{}',
    published_at TEXT,
    date_modified TEXT
  )`,
  `CREATE INDEX IF NOT EXISTS ${SQLITE_DOCS}_published_idx ON ${SQLITE_DOCS} (published_at)`,
  // Porter stems English only; other languages match words as written, accents ignored.
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${SQLITE_FTS} USING fts5(title, quotes, meta, body, tokenize = '${language === 'english' ? 'porter ' : ''}unicode61 remove_diacritics 2')`,
]

/** Creates the search tables if they are not there, and fills them from the current editions when empty. */
export const ensureSearchIndex = async (payload: Payload, settings: NewsroomSettings) => {
  const dialect = sqlDialectOf(payload)
  if (!settings.search || !dialect) {
    return
  }
  for (const statement of dialect === 'postgres'
    ? postgresSchema(settings.search.language)
    : sqliteSchema(settings.search.language)) {
    try {
      await runSql(payload, statement)
    } catch (error) {
      // Two instances starting at once on one PostgreSQL database race to create the same table.
      if (!/already exists|duplicate key/i.test(String((error as Error)?.message ?? error))) {
        throw error
      }
    }
  }
  const [{ indexed }] = await runSql(
    payload,
    `SELECT count(*) AS indexed FROM ${dialect === 'postgres' ? PG_TABLE : SQLITE_DOCS}`,
  )
  if (Number(indexed) === 0) {
    await reindexCurrentEditions(payload, settings)
  }
}

/**
 * Every current edition indexed again (an upgrade, or the tables dropped by hand), a page of 200 at
 * a time, each page one transaction: on SQLite a statement outside one is a commit of its own (a
 * sync to disk), which made a refill of 1,000 stories seconds instead of a fraction of one.
 */
export const reindexCurrentEditions = async (payload: Payload, settings: NewsroomSettings) => {
  for (let page = 1; ; page += 1) {
    const req = await createLocalReq({}, payload)
    const { docs, hasNextPage } = await payload.find({
      collection: settings.slugs.editions,
      where: { current: { equals: true } },
      select: { article: true, document: true } as never,
      sort: 'id',
      limit: 200,
      page,
      depth: 0,
      ...systemAccess(req),
    })
    await initTransaction(req)
    try {
      for (const edition of docs as unknown as { document: EditionDocument }[]) {
        await indexStory(payload, settings, edition.document, req)
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    if (!hasNextPage) {
      return
    }
  }
}

const pgArray = (values: string[]) =>
  values.length ? `ARRAY[${values.map(literal).join(', ')}]::text[]` : `'{}'::text[]`

/** The story's row written (or replaced) from its current edition; removed when the edition has nothing to find. */
export const indexStory = async (
  payload: Payload,
  settings: NewsroomSettings,
  document: EditionDocument,
  req?: PayloadRequest,
) => {
  const dialect = sqlDialectOf(payload)
  if (!settings.search || !dialect) {
    return
  }
  const row = searchRowOf(document)
  if (!row) {
    await unindexStory(payload, settings, document.id, req)
    return
  }
  for (const statement of dialect === 'postgres' ? postgresUpsert(row) : sqliteUpsert(row)) {
    await runSql(payload, statement, req)
  }
}

const postgresUpsert = (row: SearchRow) => [
  `INSERT INTO ${PG_TABLE} (article_id, slug, title, quotes, meta, body, dek, byline, tags, authors, display, published_at, date_modified)
   VALUES (${literal(String(row.articleId))}, ${literal(row.slug)}, ${literal(row.title)}, ${literal(row.quotes)},
     ${literal(row.meta)}, ${literal(row.body)}, ${literal(row.dek)}, ${literal(row.byline)},
     ${pgArray(row.tags)}, ${pgArray(row.authors)}, ${literal(JSON.stringify(row.display))}, ${literal(row.publishedAt)}::timestamptz, ${literal(row.dateModified)}::timestamptz)
   ON CONFLICT (article_id) DO UPDATE SET slug = excluded.slug, title = excluded.title,
     quotes = excluded.quotes, meta = excluded.meta, body = excluded.body, dek = excluded.dek,
     byline = excluded.byline, tags = excluded.tags, authors = excluded.authors, display = excluded.display,
     published_at = excluded.published_at, date_modified = excluded.date_modified`,
]

const sqliteUpsert = (row: SearchRow) => {
  const id = literal(String(row.articleId))
  return [
    `DELETE FROM ${SQLITE_FTS} WHERE rowid IN (SELECT id FROM ${SQLITE_DOCS} WHERE article_id = ${id})`,
    `DELETE FROM ${SQLITE_DOCS} WHERE article_id = ${id}`,
    `INSERT INTO ${SQLITE_DOCS} (article_id, slug, title, dek, byline, tags, authors, display, published_at, date_modified)
     VALUES (${id}, ${literal(row.slug)}, ${literal(row.title)}, ${literal(row.dek)}, ${literal(row.byline)},
       ${literal(JSON.stringify(row.tags))}, ${literal(JSON.stringify(row.authors))}, ${literal(JSON.stringify(row.display))}, ${literal(row.publishedAt)}, ${literal(row.dateModified)})`,
    `INSERT INTO ${SQLITE_FTS} (rowid, title, quotes, meta, body)
     SELECT id, ${literal(row.title)}, ${literal(row.quotes)}, ${literal(row.meta)}, ${literal(row.body)}
     FROM ${SQLITE_DOCS} WHERE article_id = ${id}`,
  ]
}

/** The story leaves the index (unpublished, taken down, retracted, deleted). */
export const unindexStory = async (
  payload: Payload,
  settings: NewsroomSettings,
  articleId: number | string,
  req?: PayloadRequest,
) => {
  const dialect = sqlDialectOf(payload)
  if (!settings.search || !dialect) {
    return
  }
  const id = literal(String(articleId))
  const statements =
    dialect === 'postgres'
      ? [`DELETE FROM ${PG_TABLE} WHERE article_id = ${id}`]
      : [
          `DELETE FROM ${SQLITE_FTS} WHERE rowid IN (SELECT id FROM ${SQLITE_DOCS} WHERE article_id = ${id})`,
          `DELETE FROM ${SQLITE_DOCS} WHERE article_id = ${id}`,
        ]
  for (const statement of statements) {
    await runSql(payload, statement, req)
  }
}
