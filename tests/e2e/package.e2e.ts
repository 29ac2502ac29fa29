import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, projectRoot } from '../helpers/appProcess'
import { lexicalParagraphs } from '../helpers/fixtures'
import { openEventStream } from '../helpers/sseClient'
import { ninjsValidator } from '../helpers/standards'

/**
 * The plugin as a package: `npm pack`, then installed where it must work. A separate, minimal Payload 3 +
 * Next host (its own users with a field of its own, its own posts, SQLite), built and started as its
 * owner would and checked from outside over HTTP; fresh hosts on the oldest and the newest Payload its
 * peer range admits; and a frontend with nothing but the package, for the typed fetch client.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-host-'))
const host = path.join(work, 'host')
const log: string[] = []
let server: ChildProcess | undefined
let baseURL = ''
let tarball = ''

const run = (
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  timeout = 600_000,
) => {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout,
  })
  log.push(`$ ${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`)
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    )
  }
  return result.stdout
}
/** How a new project installs it: from the registry (the npm cache answers what it already holds), no install scripts. */
const npmInstall = (cwd: string, ...packages: string[]) =>
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', ...packages],
    cwd,
    { NODE_OPTIONS: '' },
  )

const hostEnv = {
  DATABASE_URI: `file:${path.join(work, 'host.db')}`,
  PAYLOAD_SECRET: 'host secret for the package test',
}
const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
const hostManifest = JSON.parse(
  fs.readFileSync(path.join(projectRoot, 'tests', 'e2e', 'hostApp', 'package.json'), 'utf8'),
)

beforeAll(() => {
  // Pack exactly what would be published.
  const packed = run('npm', ['pack', '--pack-destination', work, '--json'], projectRoot, {
    NODE_OPTIONS: '',
  })
  tarball = path.join(work, JSON.parse(packed.slice(packed.indexOf('[')))[0].filename)
}, 300_000)

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      /* gone */
    }
  }
  fs.rmSync(work, { recursive: true, force: true })
})

describe('in a Payload + Next host, built and started', () => {
  beforeAll(async () => {
    fs.cpSync(path.join(projectRoot, 'tests', 'e2e', 'hostApp'), host, { recursive: true })
    // The same exact versions as this repository's lockfile, so the npm cache answers.
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], host, {
      NODE_OPTIONS: '',
    })
    const cli = ['exec', '--', 'payload']
    const development = { ...hostEnv, NODE_OPTIONS: '--conditions=development' }
    run('npm', [...cli, 'generate:importmap'], host, development)
    run('npm', [...cli, 'migrate:create', 'initial'], host, development)
    run('npm', [...cli, 'migrate'], host, development)
    run('npm', ['exec', '--', 'next', 'build'], host, { NODE_OPTIONS: '--conditions=production' })

    const port = await freePort()
    baseURL = `http://127.0.0.1:${port}`
    server = spawn('npm', ['exec', '--', 'next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: host,
      env: {
        ...process.env,
        ...hostEnv,
        NODE_ENV: 'production',
        NODE_OPTIONS: '--conditions=production',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    server.stdout!.on('data', (chunk) => (output += chunk))
    server.stderr!.on('data', (chunk) => (output += chunk))
    log.push('next start output follows at the end')
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${baseURL}/api/sources`)).status === 200) {
          break
        }
      } catch {
        /* not up yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    ;(globalThis as { hostOutput?: () => string }).hostOutput = () => output
  }, 1_200_000)

  const hostOutput = () => (globalThis as { hostOutput?: () => string }).hostOutput?.() ?? ''
  const json = (body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  let token = ''

  it('ships the plugin only: compiled JavaScript with declarations, nothing of the app', () => {
    const listing = run('tar', ['-tzf', tarball], work)
    expect(listing).toMatch(/package\/dist\/index\.js/)
    // Payload's convention: `client` and `rsc` are the admin components; the fetch client and the guards have names of their own.
    expect(listing).toMatch(/package\/dist\/client\.js/)
    expect(listing).toMatch(/package\/dist\/rsc\.js/)
    expect(listing).toMatch(/package\/dist\/fetchClient\.js/)
    expect(listing).toMatch(/package\/dist\/guards\.js/)
    // The admin's client components keep their directive, so Next bundles them for the browser.
    expect(
      fs.readFileSync(
        path.join(host, 'node_modules', 'newsroom-payload', 'dist', 'client.js'),
        'utf8',
      ),
    ).toMatch(/^['"]use client['"]/)
    expect(listing).toMatch(/package\/dist\/types\/src\/plugin\/index\.d\.ts/)
    expect(listing).not.toMatch(/server|seed\/|migrations|bootstrap|devLogins/)
    expect(
      listing.split('\n').filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts')),
    ).toEqual([])
    const installed = JSON.parse(
      fs.readFileSync(path.join(host, 'node_modules', 'newsroom-payload', 'package.json'), 'utf8'),
    )
    // Installing it pulls in only what the plugin needs at runtime.
    expect(Object.keys(installed.dependencies).sort()).toEqual([
      'diff',
      'feed',
      'ipaddr.js',
      'linkify-it',
      'lru-cache',
      'path-to-regexp',
      'sitemap',
      'slugify',
      'standardwebhooks',
    ])
    // The entries a host imports; `admin` is the admin components' old name, the same module as `client`.
    expect(Object.keys(installed.exports)).toEqual([
      '.',
      './client',
      './rsc',
      './fetch-client',
      './guards',
      './fast-path',
      './html',
      './syndication',
      './admin',
    ])
    expect(installed.exports['./admin']).toEqual(installed.exports['./client'])
    // (tsx and jose arrive with Payload itself; these are the app's alone.)
    for (const appOnly of [
      'express',
      'helmet',
      '@payloadcms/db-mongodb',
      'autocannon',
      'playwright-core',
    ]) {
      expect([appOnly, fs.existsSync(path.join(host, 'node_modules', appOnly))]).toEqual([
        appOnly,
        false,
      ])
    }
    // Payload and what it runs on are the host's: optional peers (a frontend installs the client alone), and no
    // plugin-seo, whose every release pins one exact Payload (the host may still pass it: the `seo` option).
    expect(Object.keys(installed.peerDependencies).sort()).toEqual([
      '@payloadcms/next',
      '@payloadcms/richtext-lexical',
      '@payloadcms/ui',
      'graphql',
      'next',
      'payload',
      'react',
    ])
    expect(Object.keys(installed.peerDependenciesMeta).sort()).toEqual(
      Object.keys(installed.peerDependencies).sort(),
    )
    expect(Object.values(installed.peerDependenciesMeta)).toEqual(
      Object.keys(installed.peerDependencies).map(() => ({ optional: true })),
    )
    expect(fs.existsSync(path.join(host, 'node_modules', '@payloadcms', 'plugin-seo'))).toBe(false)
  })

  it('the host’s users gained roles and kept their own field; the first user is an admin', async () => {
    const res = await fetch(
      `${baseURL}/api/users/first-register`,
      json({ email: 'owner@host.test', password: 'host owner password', nickname: 'Owner' }),
    )
    expect(res.status).toBe(200)
    const body = await res.json()
    token = body.token
    expect(body.user).toMatchObject({ nickname: 'Owner', roles: ['admin'] })
  })

  it('REST answers for the host’s collections and the newsroom’s, with articles renamed to stories', async () => {
    // The host's posts keep the host's own access (Payload's default: logged-in users).
    expect((await fetch(`${baseURL}/api/posts`)).status).toBe(403)
    expect(
      (await fetch(`${baseURL}/api/posts`, { headers: { authorization: `JWT ${token}` } })).status,
    ).toBe(200)
    expect((await fetch(`${baseURL}/api/sources`)).status).toBe(200)
    expect((await fetch(`${baseURL}/api/articles`)).status).toBe(404)
    // The plugin's input guards in front of Payload's handlers (the host's route files use newsroom-payload/guards).
    const notAnId = await fetch(`${baseURL}/api/sources/not-an-id`)
    expect(notAnId.status).toBe(404)
    expect((await notAnId.json()).errors[0].message).toMatch(/is not an id in sources/)
    const created = await fetch(
      `${baseURL}/api/stories`,
      json(
        {
          title: 'A host story',
          body: lexicalParagraphs('Published in a host project.'),
          _status: 'published',
        },
        { authorization: `JWT ${token}` },
      ),
    )
    expect(created.status).toBe(201)
  })

  it('serves the delivery endpoint, JSON-LD and OpenAPI under the renamed slug', async () => {
    const story = await fetch(`${baseURL}/api/stories/slug/a-host-story`)
    expect(story.status).toBe(200)
    expect(await story.json()).toMatchObject({ title: 'A host story', slug: 'a-host-story' })
    expect(story.headers.get('etag')).toMatch(/^"/)
    const jsonld = await (
      await fetch(`${baseURL}/api/stories/slug/a-host-story?format=jsonld`)
    ).json()
    expect(jsonld['@type']).toBe('NewsArticle')
    const openapi = await (await fetch(`${baseURL}/api/openapi.json`)).json()
    expect(Object.keys(openapi.paths)).toContain('/api/stories/slug/{slug}')
    // ninjs and the newsroom's policies, with no page of the host's own: the plugin serves them.
    expect(
      ninjsValidator()(
        await (await fetch(`${baseURL}/api/stories/slug/a-host-story?format=ninjs`)).json(),
      ),
    ).toEqual([])
    const policy = await fetch(`${baseURL}/api/globals/newsroom/policies/corrections`)
    expect(policy.status).toBe(200)
    expect(await policy.text()).toContain('<h1>Corrections policy</h1>')
  })

  it('keeps the search and social fields without Payload’s SEO plugin: stored as meta, delivered, checked', async () => {
    const auth = { authorization: `JWT ${token}` }
    const meta = { title: 'A host story, for search', description: 'What a search result shows.' }
    const created = await fetch(
      `${baseURL}/api/stories`,
      json(
        {
          title: 'A host story with meta',
          body: lexicalParagraphs('Text.'),
          meta,
          _status: 'published',
        },
        auth,
      ),
    )
    expect(created.status).toBe(201)
    expect((await created.json()).doc.meta).toMatchObject(meta)
    expect(
      (await (await fetch(`${baseURL}/api/stories/slug/a-host-story-with-meta`)).json()).meta,
    ).toMatchObject(meta)
    const tooLong = await fetch(
      `${baseURL}/api/stories`,
      json(
        {
          title: 'Too long a meta',
          body: lexicalParagraphs('Text.'),
          meta: { title: 'x'.repeat(301) },
        },
        auth,
      ),
    )
    expect(tooLong.status).toBe(400)
    expect((await tooLong.json()).errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'meta.title' }),
    ])
    // Its generate buttons and endpoints are the SEO plugin's: not there without it.
    expect(
      (
        await fetch(
          `${baseURL}/api/plugin-seo/generate-title`,
          json({ collectionSlug: 'stories', doc: {} }, auth),
        )
      ).status,
    ).toBe(404)
  })

  it('streams a story’s events through Payload’s own endpoint (the host has no server in front)', async () => {
    const stream = await openEventStream(`${baseURL}/api/stories/slug/a-host-story/events`)
    expect(stream.status).toBe(200)
    const ready = await stream.next('ready')
    expect(ready.data.etag).toBe(
      (await fetch(`${baseURL}/api/stories/slug/a-host-story`)).headers.get('etag'),
    )
    stream.close()
    expect((await openEventStream(`${baseURL}/api/stories/slug/no-such-story/events`)).status).toBe(
      404,
    )
  })

  it('the admin lists the newsroom’s collections beside the host’s and renders the plugin’s components', async () => {
    // A webhook and a story to tell it of: the delivery's page shows the plugin's client component.
    const auth = { authorization: `JWT ${token}` }
    expect(
      (
        await fetch(
          `${baseURL}/api/webhooks`,
          json({ url: 'https://93.184.216.34/hooks', events: ['article.published'] }, auth),
        )
      ).status,
    ).toBe(201)
    expect(
      (
        await fetch(
          `${baseURL}/api/stories`,
          json(
            {
              title: 'A second host story',
              body: lexicalParagraphs('Told to a webhook.'),
              _status: 'published',
            },
            auth,
          ),
        )
      ).status,
    ).toBe(201)
    const [delivery] = (
      await (await fetch(`${baseURL}/api/webhook-deliveries`, { headers: auth })).json()
    ).docs
    expect(delivery).toMatchObject({ event: 'article.published', status: 'pending' })
    const deliveryPage = await fetch(
      `${baseURL}/admin/collections/webhook-deliveries/${delivery.id}`,
      { headers: { cookie: `payload-token=${token}` } },
    )
    expect(deliveryPage.status).toBe(200)
    expect(await deliveryPage.text()).toContain('id="resend-delivery"')

    const admin = await fetch(`${baseURL}/admin`, { headers: { cookie: `payload-token=${token}` } })
    expect(admin.status).toBe(200)
    const html = await admin.text()
    for (const label of ['Posts', 'Articles', 'Sources', 'Quotes', 'Comments']) {
      expect(html).toContain(label)
    }
    // The moderation queue link is the plugin's server component, found through the import map.
    expect(html).toMatch(
      /id="nav-moderation-queue"[^>]*>Moderation queue \((<!-- -->)?0(<!-- -->)? pending\)/,
    )
    const editor = await fetch(`${baseURL}/admin/collections/stories/create`, {
      headers: { cookie: `payload-token=${token}` },
    })
    expect(editor.status).toBe(200)
    expect(hostOutput()).not.toMatch(
      /not found in import ?map|PayloadComponent not found|getFromImportMap/i,
    )
  })
})

/** A fresh project on one Payload release, as create-payload-app makes it (SQLite), with the packed plugin added. */
const hostOnPayload = (version: string) => {
  const dir = path.join(work, `payload-${version}`)
  fs.mkdirSync(dir)
  const deps = hostManifest.dependencies as Record<string, string>
  const dependencies = {
    payload: version,
    '@payloadcms/db-sqlite': version,
    '@payloadcms/next': version,
    '@payloadcms/richtext-lexical': version,
    '@payloadcms/ui': version,
    // Next, React and GraphQL as the host app has them (the lockfile's, in the npm cache).
    next: deps.next,
    react: deps.react,
    'react-dom': deps['react-dom'],
    graphql: deps.graphql,
  }
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: `host-on-payload-${version}`,
      private: true,
      type: 'module',
      dependencies,
      overrides: hostManifest.overrides,
    }),
  )
  npmInstall(dir)
  // Then the one line the README gives: npm must resolve it beside this Payload (no ERESOLVE).
  npmInstall(dir, tarball)
  // A config with the plugin, booted: the schema pushed to SQLite, a story with its SEO fields published.
  const body = JSON.stringify(lexicalParagraphs('Published beside this Payload.'))
  fs.writeFileSync(
    path.join(dir, 'check.mjs'),
    `import fs from 'node:fs'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload } from 'payload'
import { newsroomPlugin } from 'newsroom-payload'

const config = await buildConfig({
  secret: 'a host of its own',
  db: sqliteAdapter({ client: { url: 'file:./host.db' } }),
  editor: lexicalEditor(),
  collections: [{ slug: 'users', auth: true, fields: [{ name: 'nickname', type: 'text' }] }],
  plugins: [newsroomPlugin()],
  logger: { options: { level: 'fatal' } },
  telemetry: false,
})
const payload = await getPayload({ config })
const story = await payload.create({ collection: 'articles', data: { title: 'A story on this Payload', body: ${body}, meta: { title: 'Its search title' }, _status: 'published' } })
const versionOf = (name) => JSON.parse(fs.readFileSync(\`node_modules/\${name}/package.json\`, 'utf8')).version
console.log(JSON.stringify({ payload: versionOf('payload'), lexical: versionOf('@payloadcms/richtext-lexical'), collections: config.collections.map((c) => c.slug), slug: story.slug, status: story._status, meta: story.meta }))
await payload.destroy()
process.exit(0)
`,
  )
  // Through tsx's loader, as Payload's own CLI runs a config: plain Node stalls importing richtext-lexical (exit 13).
  return JSON.parse(
    run('node', ['--import', 'tsx', 'check.mjs'], dir, { NODE_OPTIONS: '' })
      .trim()
      .split('\n')
      .at(-1)!,
  )
}

/** Payload releases in the plugin's peer range: the range's floor, and the newest the registry has now. */
const payloadRange = () => {
  const range = manifest.peerDependencies.payload as string
  // The Payload packages the plugin uses are released together: one range for all of them.
  expect(manifest.peerDependencies['@payloadcms/richtext-lexical']).toBe(range)
  expect(manifest.peerDependencies['@payloadcms/ui']).toBe(range)
  expect(manifest.peerDependencies['@payloadcms/next']).toBe(range)
  const floor = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1]
  expect(floor).toBeDefined()
  const released = [
    JSON.parse(
      run('npm', ['view', `payload@${range}`, 'version', '--json'], work, { NODE_OPTIONS: '' }),
    ),
  ].flat() as string[]
  const numeric = (version: string) => version.split('.').map(Number)
  const newest = released
    .sort((a, b) => numeric(a).reduce((order, part, i) => order || part - numeric(b)[i], 0))
    .at(-1)!
  return { floor: floor!, newest }
}

describe('beside the oldest and the newest Payload its peer range admits', () => {
  it('installs and runs on the oldest (the range’s floor) and the newest release on the registry', () => {
    const { floor, newest } = payloadRange()
    for (const version of new Set([floor, newest])) {
      const result = hostOnPayload(version)
      expect(result).toMatchObject({
        payload: version,
        lexical: version,
        slug: 'a-story-on-this-payload',
        status: 'published',
        meta: { title: 'Its search title' },
      })
      expect(result.collections).toEqual(
        expect.arrayContaining(['users', 'articles', 'sources', 'quotes', 'comments']),
      )
    }
  }, 1_200_000)
})

describe('in a frontend without Payload, Next or React', () => {
  const frontend = path.join(work, 'frontend')
  const tsc = path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc')
  beforeAll(() => {
    fs.mkdirSync(frontend)
    fs.writeFileSync(
      path.join(frontend, 'package.json'),
      JSON.stringify({ name: 'a-frontend', private: true, type: 'module' }),
    )
    // The README's one line (here with the tarball for the package name).
    npmInstall(frontend, tarball)
  }, 300_000)

  it('installs in one line, bringing none of them', () => {
    for (const heavy of [
      'payload',
      'next',
      'react',
      'react-dom',
      'graphql',
      '@payloadcms/ui',
      '@payloadcms/richtext-lexical',
      '@payloadcms/plugin-seo',
    ]) {
      expect([heavy, fs.existsSync(path.join(frontend, 'node_modules', heavy))]).toEqual([
        heavy,
        false,
      ])
    }
  })

  it('runs the fetch client, newsroom-payload/fetch-client', () => {
    fs.writeFileSync(
      path.join(frontend, 'run.mjs'),
      `import { createNewsroomClient, NewsroomApiError, SOURCE_KINDS } from 'newsroom-payload/fetch-client'
const asked = []
const fetch = async (url) => (asked.push(url), new Response(JSON.stringify({ slug: 'a-story', title: 'A story' }), { headers: { etag: '"e1"' } }))
const story = await createNewsroomClient({ baseURL: 'https://cms.example.com/', fetch, slugs: { articles: 'stories' } }).getStory('a-story')
console.log(JSON.stringify({ story, asked, error: typeof NewsroomApiError, kinds: SOURCE_KINDS.length > 0 }))
`,
    )
    expect(JSON.parse(run('node', ['run.mjs'], frontend, { NODE_OPTIONS: '' }))).toEqual({
      story: { slug: 'a-story', title: 'A story', etag: '"e1"' },
      asked: ['https://cms.example.com/api/stories/slug/a-story'],
      error: 'function',
      kinds: true,
    })
  })

  it.each([
    ['nodenext', 'nodenext'],
    ['node16', 'node16'],
    ['bundler', 'esnext'],
  ])(
    'types it under moduleResolution %s: a mistake is reported, not swallowed as any',
    (moduleResolution, module) => {
      fs.writeFileSync(
        path.join(frontend, 'consumer.ts'),
        `import { createNewsroomClient, NewsroomApiError, SOURCE_KINDS, type DeliveryArticle, type NewsroomDoc } from 'newsroom-payload/fetch-client'

const newsroom = createNewsroomClient({ baseURL: 'http://localhost:3000' })
export const headline = async (slug: string): Promise<string | undefined> => (await newsroom.getStory(slug))?.title
export const kinds: readonly { value: string; label: string }[] = SOURCE_KINDS
export const refused = (error: unknown) => error instanceof NewsroomApiError && error.status === 429
export const quotes = (story: DeliveryArticle): number => story.quotes.length
export const name = async (): Promise<NewsroomDoc> => newsroom.getNewsroom()
// Two mistakes the types must catch: a title is a string, a story is asked for by its slug.
export const wrong: number = (null as unknown as DeliveryArticle).title
newsroom.getStory(42)
`,
      )
      // Declarations checked too (no skipLibCheck), with the DOM's fetch types and no @types.
      const compilerOptions = {
        module,
        moduleResolution,
        target: 'es2022',
        lib: ['es2022', 'dom'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      }
      fs.writeFileSync(
        path.join(frontend, `tsconfig.${moduleResolution}.json`),
        JSON.stringify({ compilerOptions, files: ['consumer.ts'] }),
      )
      const result = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${moduleResolution}.json`], {
        cwd: frontend,
        encoding: 'utf8',
      })
      expect(result.stdout.trim().split('\n')).toEqual([
        "consumer.ts(10,14): error TS2322: Type 'string' is not assignable to type 'number'.",
        "consumer.ts(11,19): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'.",
      ])
    },
  )
})
