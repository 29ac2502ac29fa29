import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { newsroomPlugin } from 'newsroom-payload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** A host of its own: users with a nickname, posts, and the newsroom with its articles renamed "stories". */
export default buildConfig({
  admin: { user: 'users', importMap: { baseDir: dirname } },
  collections: [
    { slug: 'users', auth: true, fields: [{ name: 'nickname', type: 'text' }] },
    { slug: 'posts', fields: [{ name: 'title', type: 'text', required: true }] },
  ],
  db: sqliteAdapter({
    client: { url: process.env.DATABASE_URI || 'file:./host.db' },
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET || 'host-app-secret',
  telemetry: false,
  plugins: [newsroomPlugin({ slugs: { articles: 'stories' } })],
})
