import type { CollectionConfig, Config } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'

import { newsroomPlugin } from '../../src/plugin'
import { lexicalParagraphs } from '../helpers/fixtures'

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
    // The host's onInit is chained, not replaced: it runs once (below), before the plugin's own.
    expect(pluggedIn.onInit).not.toBe(undefined)
    const config = await buildConfig({ ...input, plugins: [newsroomPlugin()] })

    expect(config.collections.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['users', 'pages', 'articles', 'sources', 'quotes', 'comments']),
    )
    // The host's users collection keeps its own fields and gains roles; the input config is untouched.
    const users = config.collections.find((c) => c.slug === 'users')!
    const names = users.fields.map((f) => ('name' in f ? f.name : undefined))
    expect(names).toEqual(expect.arrayContaining(['nickname', 'roles']))

    const payload = await getPayload({ config, key: 'plugin-bare' })
    try {
      expect(hostOnInitCalls).toBe(1)
      const page = await payload.create({
        collection: 'pages' as never,
        data: { title: 'Hello' } as never,
      })
      expect((page as any).title).toBe('Hello (host hook ran)')
      const article = await payload.create({
        collection: 'articles',
        data: {
          title: 'From a bare config',
          body: lexicalParagraphs('Text.'),
          _status: 'published',
        } as never,
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
      plugins: [
        newsroomPlugin({
          disabled: true,
          slugs: { articles: 'stories', comments: 'reader-comments' },
        }),
      ],
    })
    const slugs = config.collections.map((c) => c.slug)
    expect(slugs).toEqual(
      expect.arrayContaining(['stories', 'reader-comments', 'sources', 'quotes']),
    )
    expect(slugs).not.toContain('articles')
    // Disabled keeps the schema but not the behaviour: no hooks at all, on any collection or field,
    // no endpoints, no admin components, no error or GraphQL rules.
    const plugin = [
      'stories',
      'reader-comments',
      'sources',
      'quotes',
      'comment-reports',
      'error-reports',
    ]
    for (const collection of config.collections.filter((c) => plugin.includes(c.slug))) {
      for (const [kind, hooks] of Object.entries(collection.hooks ?? {})) {
        expect([collection.slug, kind, (hooks as unknown[]).length]).toEqual([
          collection.slug,
          kind,
          0,
        ])
      }
      for (const { path: fieldPath, hooks } of fieldHooks(collection.fields)) {
        expect([collection.slug, fieldPath, hooks]).toEqual([collection.slug, fieldPath, 0])
      }
      expect(
        (collection.endpoints || []).filter(
          (endpoint) => !DEFAULT_ENDPOINT_PATHS.has(endpoint.path),
        ),
      ).toEqual([])
    }
    const disabled = newsroomPlugin({ disabled: true })(bareConfig(dir))
    expect(disabled.admin?.components?.afterNavLinks ?? []).toEqual([])
    expect(disabled.endpoints ?? []).toEqual([])
    expect(disabled.hooks?.afterError ?? []).toEqual([])
    expect(disabled.graphQL?.validationRules).toBeUndefined()
    const quote = config.collections.find((c) => c.slug === 'quotes')!
    const speaker = quote.fields.find((f) => 'name' in f && f.name === 'speaker') as any
    expect(speaker.relationTo).toBe('sources')
    const article = quote.fields.find((f) => 'name' in f && f.name === 'article') as any
    expect(article.relationTo).toBe('stories')
  })

  it('keeps, disabled, the very schema it has enabled, and nothing that runs', async () => {
    // What Payload stores and types: every key of every field and collection but functions, hooks,
    // validation and admin (the admin components that call the plugin's endpoints are left out).
    const schemaOf = (value: unknown, within = new Set<object>()): unknown => {
      if (typeof value === 'function' || value === undefined) {
        return undefined
      }
      if (value === null || typeof value !== 'object') {
        return value
      }
      // (A cycle, not an object shared by two fields.)
      if (within.has(value)) {
        return '[cycle]'
      }
      within.add(value)
      if (Array.isArray(value)) {
        const entries = value.map((entry) => schemaOf(entry, within))
        within.delete(value)
        return entries
      }
      const kept = Object.entries(value)
        .filter(([key]) => !['admin', 'editor', 'endpoints', 'hooks', 'validate'].includes(key))
        .map(([key, entry]) => [key, schemaOf(entry, within)] as const)
        .filter(
          ([, entry]) =>
            entry !== undefined &&
            !(
              typeof entry === 'object' &&
              entry !== null &&
              !Array.isArray(entry) &&
              !Object.keys(entry).length
            ),
        )
      within.delete(value)
      return Object.fromEntries(kept)
    }
    const built = (options: Parameters<typeof newsroomPlugin>[0]) =>
      buildConfig({
        ...bareConfig(dir),
        collections: [hostPages],
        plugins: [newsroomPlugin(options)],
      })
    for (const seo of [undefined, { plugin: seoPlugin }]) {
      const [enabled, disabled] = await Promise.all([
        built({ seo }),
        built({ seo, disabled: true }),
      ])
      expect(disabled.collections.map((c) => c.slug)).toEqual(
        enabled.collections.map((c) => c.slug),
      )
      for (const collection of enabled.collections) {
        const twin = disabled.collections.find((c) => c.slug === collection.slug)!
        const { fields, indexes, versions, upload, auth, timestamps, slug } = collection
        expect(schemaOf({ slug, fields, indexes, versions, upload, auth, timestamps })).toEqual(
          schemaOf({
            slug: twin.slug,
            fields: twin.fields,
            indexes: twin.indexes,
            versions: twin.versions,
            upload: twin.upload,
            auth: twin.auth,
            timestamps: twin.timestamps,
          }),
        )
      }
      expect(schemaOf(disabled.globals.map((g) => g.fields))).toEqual(
        schemaOf(enabled.globals.map((g) => g.fields)),
      )
    }

    // Before Payload adds its own (default validation, its endpoints): the plugin's collections, the
    // global and the roles field carry no hooks, endpoints or validation of the plugin's.
    const plugged = newsroomPlugin({ disabled: true })({
      ...bareConfig(dir),
      collections: [hostPages],
    })
    const behaviourOf = (fields: any[], at: string): string[] =>
      fields.flatMap((field) => {
        const here = `${at}.${field.name ?? field.type}`
        return [
          ...(field.hooks && Object.values(field.hooks).some((list: any) => list?.length)
            ? [`${here} hooks`]
            : []),
          ...(typeof field.validate === 'function' ? [`${here} validate`] : []),
          ...behaviourOf(
            [
              ...(field.fields ?? []),
              ...(field.tabs ?? []).flatMap((tab: any) => tab.fields),
              ...(field.blocks ?? []).flatMap((block: any) => block.fields ?? []),
            ],
            here,
          ),
        ]
      })
    const found = [
      ...(plugged.collections ?? [])
        .filter((c) => c.slug !== 'pages')
        .flatMap((c) => [
          ...Object.entries(c.hooks ?? {})
            .filter(([, list]) => (list as unknown[]).length)
            .map(([kind]) => `${c.slug} ${kind}`),
          ...((c.endpoints || []).length ? [`${c.slug} endpoints`] : []),
          ...behaviourOf(c.fields, c.slug),
        ]),
      ...(plugged.globals ?? []).flatMap((g) => [
        ...Object.entries(g.hooks ?? {})
          .filter(([, list]) => (list as unknown[]).length)
          .map(([kind]) => `${g.slug} ${kind}`),
        ...((g.endpoints || []).length ? [`${g.slug} endpoints`] : []),
        ...behaviourOf(g.fields, g.slug),
      ]),
    ]
    expect(found).toEqual([])
    // The host's own users collection gains the roles field without its hook.
    const hostPlugged = newsroomPlugin({ disabled: true })(bareConfig(dir))
    const users = hostPlugged.collections!.find((c) => c.slug === 'users')!
    const roles = users.fields.filter((field) => 'name' in field && field.name === 'roles')
    expect(roles).toHaveLength(1)
    expect(behaviourOf(roles, 'users')).toEqual([])
    expect(JSON.stringify(plugged.collections)).not.toContain('ResendDeliveryButton')
    expect(JSON.stringify(plugged.collections)).not.toContain('ArticleActionButton')
    expect(JSON.stringify(plugged.collections)).not.toContain('#AwaitingRepublish')
  })

  it('lets a host extend each collection: its fields, access, admin and hooks beside the plugin’s', async () => {
    const calls: string[] = []
    const config = await buildConfig({
      ...bareConfig(dir),
      db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'overridden.db')}` } }),
      plugins: [
        newsroomPlugin({
          overrides: {
            articles: {
              fields: ({ defaultFields }) => [...defaultFields, { name: 'kicker', type: 'text' }],
              admin: { group: 'Stories' },
              hooks: { beforeChange: [({ data }) => (calls.push('host beforeChange'), data)] },
            },
            sources: { access: { delete: () => false } },
          },
        }),
      ],
    })
    const articles = config.collections.find((c) => c.slug === 'articles')!
    expect(articles.fields.map((f) => ('name' in f ? f.name : undefined))).toContain('kicker')
    expect(articles.admin.group).toBe('Stories')
    // The plugin's own hooks run first, then the host's.
    expect(articles.hooks.beforeChange.length).toBeGreaterThan(1)
    const sources = config.collections.find((c) => c.slug === 'sources')!
    expect(await (sources.access.delete as any)({ req: { user: { roles: ['admin'] } } })).toBe(
      false,
    )
    expect(sources.access.create).toBeDefined()

    const payload = await getPayload({ config, key: 'plugin-overrides' })
    try {
      const created = await payload.create({
        collection: 'articles',
        data: {
          title: 'With a kicker',
          kicker: 'Exclusive',
          body: lexicalParagraphs('Text.'),
          _status: 'published',
        } as never,
      })
      expect((created as any).kicker).toBe('Exclusive')
      expect(created.slug).toBe('with-a-kicker')
      expect(calls).toEqual(['host beforeChange'])
    } finally {
      await payload.destroy()
    }
  })
})

describe('the SEO tab', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-seo-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  /** What decides how `meta` is stored and checked: names, types, nesting, limits, relations, localization; not its admin. */
  const stored = (fields: any[]): unknown[] =>
    fields.flatMap((field): unknown[] => {
      if (field.type === 'ui') {
        return []
      }
      if (field.type === 'tabs') {
        return [
          {
            tabs: field.tabs.map((tab: any) => ({
              name: tab.name,
              label: tab.label,
              fields: stored(tab.fields),
            })),
          },
        ]
      }
      const { name, type, maxLength, relationTo, localized, required, hasMany } = field
      return [
        {
          name,
          type,
          maxLength,
          relationTo,
          localized: localized ?? false,
          required: required ?? false,
          hasMany,
          readable: Boolean(field.access?.read),
          ...(field.fields ? { fields: stored(field.fields) } : {}),
        },
      ]
    })
  const seoTab = (config: any) => {
    const articles = config.collections.find((c: any) => c.slug === 'articles')
    const [tabs] = articles.fields
    return {
      tabs: tabs.tabs.map((tab: any) => tab.label),
      meta: stored(tabs.tabs.at(-1).fields),
      articleFields: stored(articles.fields),
    }
  }

  it('is the newsroom’s own by default, stored as Payload’s plugin-seo stores it, so a host may switch either way', async () => {
    // (Localized, as plugin-seo's fields are: a host with locales keeps one meta per locale either way.)
    const localization = { locales: ['en', 'fr'], defaultLocale: 'en' }
    const own = await buildConfig({ ...bareConfig(dir), localization, plugins: [newsroomPlugin()] })
    const withPlugin = await buildConfig({
      ...bareConfig(dir),
      localization,
      plugins: [newsroomPlugin({ seo: { plugin: seoPlugin } })],
    })
    expect(seoTab(own)).toEqual(seoTab(withPlugin))
    expect(seoTab(own).tabs).toEqual(['Story', 'Updates and corrections', 'Workflow', 'SEO'])
    expect(seoTab(own).meta).toEqual([
      {
        name: 'meta',
        type: 'group',
        localized: false,
        required: false,
        readable: false,
        fields: [
          {
            name: 'title',
            type: 'text',
            maxLength: 300,
            localized: true,
            required: false,
            readable: false,
          },
          {
            name: 'description',
            type: 'textarea',
            maxLength: 600,
            localized: true,
            required: false,
            readable: true,
          },
          {
            name: 'image',
            type: 'upload',
            relationTo: 'media',
            localized: true,
            required: false,
            readable: false,
          },
        ],
      },
    ])
    // Without the SEO plugin, nothing of it: no admin component to import, no endpoint.
    expect(JSON.stringify(own.collections)).not.toContain('plugin-seo')
    expect(own.endpoints.map((endpoint) => endpoint.path)).not.toContain(
      '/plugin-seo/generate-title',
    )
    expect(withPlugin.endpoints.map((endpoint) => endpoint.path)).toContain(
      '/plugin-seo/generate-title',
    )
    const without = await buildConfig({
      ...bareConfig(dir),
      plugins: [newsroomPlugin({ seo: false })],
    })
    expect(
      JSON.stringify(stored(without.collections.find((c) => c.slug === 'articles')!.fields)),
    ).not.toContain('"meta"')
  })
})

/** Payload's own endpoints on every collection (duplicate, versions…), which the plugin does not add. */
const DEFAULT_ENDPOINT_PATHS = new Set([
  '/count',
  '/',
  '/:id',
  '/access/:id?',
  '/versions',
  '/:id/duplicate',
  '/versions/:id',
])

/** Every field's hooks, however deeply nested in tabs, rows, groups, arrays and blocks (not the row ids Payload adds). */
const fieldHooks = (fields: any[], prefix = ''): { path: string; hooks: number }[] =>
  fields
    .filter((field) => field.name !== 'id')
    .flatMap((field) => {
      const here = `${prefix}${field.name ?? field.type}`
      // (beforeDuplicate is Payload's own, on every unique field.)
      const own = Object.entries(field.hooks ?? {}).reduce(
        (sum: number, [kind, list]) =>
          sum + (kind === 'beforeDuplicate' ? 0 : (list as unknown[]).length),
        0,
      )
      const nested = [
        ...(field.fields ?? []),
        ...(field.tabs ?? []).flatMap((tab: any) => tab.fields),
        ...(field.blocks ?? []).flatMap((block: any) => block.fields),
      ]
      return [{ path: here, hooks: own }, ...fieldHooks(nested, `${here}.`)]
    })

describe('the plugin’s admin components', () => {
  it('are registered as package#Export paths of the package’s rsc entry, whatever the host’s import map base', async () => {
    const rsc = await import('../../src/plugin/exports/rsc')
    for (const baseDir of [
      path.resolve('src'),
      path.join(os.tmpdir(), 'host-project', 'src', 'app'),
      undefined,
    ]) {
      const config = newsroomPlugin()({
        admin: baseDir ? { importMap: { baseDir } } : {},
      } as Config)
      const link = config.admin!.components!.afterNavLinks![0] as { path: string }
      expect(link.path).toBe('newsroom-payload/rsc#ModerationQueueLink')
      expect(rsc).toHaveProperty('ModerationQueueLink')
    }
  })
})
