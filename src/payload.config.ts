import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { databaseAdapter } from './database'
import { newsroomPlugin } from './plugin'
import { payloadSecret } from './secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.SERVER_URL || '',
  secret: payloadSecret(),
  admin: {
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Newsroom' },
  },
  collections: [],
  db: databaseAdapter(),
  editor: lexicalEditor(),
  graphQL: { schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql') },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  plugins: [newsroomPlugin()],
})
