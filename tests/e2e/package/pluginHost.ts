/** The package (package.e2e.ts): a separate Payload 3 + Next host with the packed plugin, built and started as its owner would, checked over HTTP. */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freePort, projectRoot } from '../../helpers/appProcess'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { openEventStream } from '../../helpers/sseClient'
import { ninjsValidator } from '../../helpers/standards'
import { log, type PackageUnderTest, run } from './context'

export const pluginHost = (pkg: PackageUnderTest) => {
  const host = path.join(pkg.work, 'host')
  const hostEnv = {
    DATABASE_URI: `file:${path.join(pkg.work, 'host.db')}`,
    PAYLOAD_SECRET: 'host secret for the package test',
  }
  let server: ChildProcess | undefined
  let baseURL = ''

  describe('in a Payload + Next host, built and started', () => {
    beforeAll(async () => {
      fs.cpSync(path.join(projectRoot, 'tests', 'e2e', 'hostApp'), host, { recursive: true })
      // The same exact versions as this repository's lockfile, so the npm cache answers.
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', pkg.tarball], host, {
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
      server = spawn(
        'npm',
        ['exec', '--', 'next', 'start', '-p', String(port), '-H', '127.0.0.1'],
        {
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
        },
      )
      pkg.hostStarted(server)
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
      const listing = run('tar', ['-tzf', pkg.tarball], pkg.work)
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
        fs.readFileSync(
          path.join(host, 'node_modules', 'newsroom-payload', 'package.json'),
          'utf8',
        ),
      )
      // Installing it pulls in only what the plugin needs at runtime.
      expect(Object.keys(installed.dependencies).sort()).toEqual([
        '@peculiar/x509',
        '@trustnxt/c2pa-ts',
        'dataloader',
        'diff',
        'escape-html',
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
      expect(fs.existsSync(path.join(host, 'node_modules', '@payloadcms', 'plugin-seo'))).toBe(
        false,
      )
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
        (await fetch(`${baseURL}/api/posts`, { headers: { authorization: `JWT ${token}` } }))
          .status,
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
      expect(
        (await openEventStream(`${baseURL}/api/stories/slug/no-such-story/events`)).status,
      ).toBe(404)
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

      const admin = await fetch(`${baseURL}/admin`, {
        headers: { cookie: `payload-token=${token}` },
      })
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
}
