import type { Config } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { databaseAdapter, type DatabaseOptions } from './database'
import { answerBusyDatabaseWith503 } from './databaseBusy'
import { newsroomPlugin, type NewsroomPluginOptions } from 'newsroom-payload'
import { payloadSecret } from './secret'

/** The app's `src/`: the import map, the generated types and GraphQL schema live there. */
const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type AppConfigOptions = {
  /** Defaults to DATABASE_URI, then the embedded SQLite file. */
  databaseUri?: string
  /** Migrations (the app) or a schema push (tests on fresh databases). @default 'migrations' */
  databaseSchema?: DatabaseOptions['schema']
  secret?: string
  newsroom?: NewsroomPluginOptions
  /** Extra config for tests or hosts, merged last. */
  overrides?: Partial<Config>
}

/**
 * Which other origins may call the API from a browser: CORS_ORIGINS (comma-separated) plus the
 * app's own SERVER_URL. The same list is the CSRF allowlist for cookie-authenticated requests.
 */
const originRules = (): Pick<Config, 'cors' | 'csrf'> => {
  const origins = [...(process.env.CORS_ORIGINS ?? '').split(','), process.env.SERVER_URL ?? '']
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  return origins.length ? { cors: origins, csrf: origins } : {}
}

/** Editors preview a story on this app's reader page, which renders the draft live (src/app/(reader)). */
const READER_PREVIEW: NewsroomPluginOptions['preview'] = { url: ({ slug, id }) => `/stories/${slug}?preview=${id}` }

/** The app's Payload config: a plain Payload config plus the newsroom plugin. */
export const createAppConfig = (options: AppConfigOptions = {}) =>
  buildConfig({
    serverURL: process.env.SERVER_URL || '',
    secret: options.secret ?? payloadSecret(),
    admin: {
      importMap: { baseDir: srcDir },
      meta: { titleSuffix: ' — Newsroom' },
    },
    collections: [],
    db: databaseAdapter(options.databaseUri, { schema: options.databaseSchema }),
    hooks: { afterError: [answerBusyDatabaseWith503] },
    editor: lexicalEditor(),
    // No client needs more than an article → quote → speaker chain; deeper only multiplies queries.
    maxDepth: 3,
    graphQL: {
      schemaOutputFile: path.resolve(srcDir, 'generated-schema.graphql'),
      maxComplexity: Number(process.env.GRAPHQL_MAX_COMPLEXITY || 200),
    },
    ...originRules(),
    typescript: { outputFile: path.resolve(srcDir, 'payload-types.ts') },
    telemetry: false,
    ...options.overrides,
    plugins: [newsroomPlugin({ preview: READER_PREVIEW, ...options.newsroom }), ...(options.overrides?.plugins ?? [])],
  })
