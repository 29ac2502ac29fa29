import type { CollectionConfig, Config } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'

import { newsroomPlugin } from '../src/plugin'
import { lexicalParagraphs } from './helpers/fixtures'

const hostUsers: CollectionConfig = {
  slug: 'users',
  auth: true,
  fields: [{ name: 'nickname', type: 'text' }],
}
const hostPages: CollectionConfig = {
  slug: 'pages',
  fields: [{ name: 'title', type: 'text' }],
  hooks: { beforeChange: [({ data }) => ({ ...data, title: `${data.title} (host hook ran)` })] },
}

const bareConfig = (dir: string, onInit?: Config['onInit']): Config => ({
  secret: 'plugin-test',
  db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'bare.db')}` } }),
  editor: lexicalEditor(),
  collections: [hostUsers, hostPages],
  onInit,
  logger: { options: { level: 'fatal' } },
  telemetry: false,
})

describe('newsroomPlugin() in a bare Payload config', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-plugin-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('adds the newsroom collections and keeps the host’s collections, fields, hooks and onInit', async () => {
    let hostOnInitCalls = 0
    const hostOnInit = () => {
      hostOnInitCalls++
    }
    const input = bareConfig(dir, hostOnInit)
    const frozen = JSON.stringify(input)
    const pluggedIn = newsroomPlugin()(input)
    // The plugin returns a new config; the host's object is never mutated (Payload's sanitiser may, later).
    expect(JSON.stringify(input)).toBe(frozen)
    expect(pluggedIn.onInit).toBe(hostOnInit)
    const config = await buildConfig({ ...input, plugins: [newsroomPlugin()] })

    expect(config.collections.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['users', 'pages', 'articles', 'sources', 'quotes', 'comments']),
    )
    // The host's users collection keeps its own fields and gains roles; the input config is untouched.
    const users = config.collections.find((c) => c.slug === 'users')!
    const names = users.fields.map((f) => ('name' in f ? f.name : undefined))
    expect(names).toEqual(expect.arrayContaining(['nickname', 'roles']))

    const payload = await getPayload({ config, key: 'plugin-bare' } as never)
    try {
      expect(hostOnInitCalls).toBe(1)
      const page = await payload.create({ collection: 'pages' as never, data: { title: 'Hello' } as never })
      expect((page as any).title).toBe('Hello (host hook ran)')
      const article = await payload.create({
        collection: 'articles',
        data: { title: 'From a bare config', body: lexicalParagraphs('Text.'), _status: 'published' } as never,
      })
      expect(article.slug).toBe('from-a-bare-config')
    } finally {
      await payload.destroy()
    }
  })

  it('honours slug overrides and the disabled switch', async () => {
    const config = await buildConfig({
      ...bareConfig(dir),
      db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'renamed.db')}` } }),
      plugins: [newsroomPlugin({ disabled: true, slugs: { articles: 'stories', comments: 'reader-comments' } })],
    })
    const slugs = config.collections.map((c) => c.slug)
    expect(slugs).toEqual(expect.arrayContaining(['stories', 'reader-comments', 'sources', 'quotes']))
    expect(slugs).not.toContain('articles')
    // Disabled keeps the schema but not the behaviour: no hooks of ours on the collections.
    const stories = config.collections.find((c) => (c.slug as string) === 'stories')!
    expect(stories.hooks.beforeChange ?? []).toHaveLength(0)
    const quote = config.collections.find((c) => c.slug === 'quotes')!
    const speaker = quote.fields.find((f) => 'name' in f && f.name === 'speaker') as any
    expect(speaker.relationTo).toBe('sources')
    const article = quote.fields.find((f) => 'name' in f && f.name === 'article') as any
    expect(article.relationTo).toBe('stories')
  })
})

describe('the plugin’s admin components', () => {
  it('are registered as package#Export paths of the package’s rsc entry, whatever the host’s import map base', async () => {
    const rsc = await import('../src/plugin/exports/rsc')
    for (const baseDir of [path.resolve('src'), path.join(os.tmpdir(), 'host-project', 'src', 'app'), undefined]) {
      const config = newsroomPlugin()({ admin: baseDir ? { importMap: { baseDir } } : {} } as Config)
      const link = config.admin!.components!.afterNavLinks![0] as { path: string }
      expect(link.path).toBe('newsroom-payload/rsc#ModerationQueueLink')
      expect(rsc).toHaveProperty('ModerationQueueLink')
    }
  })
})
