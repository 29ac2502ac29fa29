import type { Config } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { databaseAdapter } from './database'
import { newsroomPlugin } from './plugin'
import { payloadSecret } from './secret'
import type { NewsroomPluginOptions } from './types'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type AppConfigOptions = {
  /** Defaults to DATABASE_URI, then the embedded SQLite file. */
  databaseUri?: string
  secret?: string
  newsroom?: NewsroomPluginOptions
  /** Extra config for tests or hosts, merged last. */
  overrides?: Partial<Config>
}

/** The app's Payload config: a plain Payload config plus the newsroom plugin. */
export const createAppConfig = (options: AppConfigOptions = {}) =>
  buildConfig({
    serverURL: process.env.SERVER_URL || '',
    secret: options.secret ?? payloadSecret(),
    admin: {
      importMap: { baseDir: dirname },
      meta: { titleSuffix: ' — Newsroom' },
    },
    collections: [],
    db: databaseAdapter(options.databaseUri),
    editor: lexicalEditor(),
    graphQL: { schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql') },
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
    telemetry: false,
    ...options.overrides,
    plugins: [newsroomPlugin(options.newsroom), ...(options.overrides?.plugins ?? [])],
  })
