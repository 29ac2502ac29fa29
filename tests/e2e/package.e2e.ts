import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, projectRoot } from '../helpers/appProcess'
import { lexicalParagraphs } from '../helpers/fixtures'
import { openEventStream } from '../helpers/sseClient'
import { ninjsValidator } from '../helpers/standards'

/**
 * The plugin as a package: `npm pack`, then installed into a separate, minimal Payload 3 + Next host
 * (its own users with a field of its own, its own posts, SQLite), built and started as its owner
 * would, and checked from outside over HTTP.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-host-'))
const host = path.join(work, 'host')
const log: string[] = []
let server: ChildProcess | undefined
let baseURL = ''
let tarball = ''

const run = (command: string, args: string[], cwd: string, env: Record<string, string> = {}, timeout = 600_000) => {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', timeout })
  log.push(`$ ${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`)
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

const hostEnv = { DATABASE_URI: `file:${path.join(work, 'host.db')}`, PAYLOAD_SECRET: 'host secret for the package test' }

beforeAll(async () => {
  // Pack exactly what would be published.
  const packed = run('npm', ['pack', '--pack-destination', work, '--json'], projectRoot, { NODE_OPTIONS: '' })
  tarball = path.join(work, JSON.parse(packed.slice(packed.indexOf('[')))[0].filename)

  fs.cpSync(path.join(projectRoot, 'tests', 'e2e', 'hostApp'), host, { recursive: true })
  // The same exact versions as this repository's lockfile, so the npm cache answers.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], host, { NODE_OPTIONS: '' })
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
    env: { ...process.env, ...hostEnv, NODE_ENV: 'production', NODE_OPTIONS: '--conditions=production', NEXT_TELEMETRY_DISABLED: '1' },
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
      if ((await fetch(`${baseURL}/api/sources`)).status === 200) break
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  ;(globalThis as { hostOutput?: () => string }).hostOutput = () => output
}, 1_200_000)

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

const hostOutput = () => (globalThis as { hostOutput?: () => string }).hostOutput?.() ?? ''
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
let token = ''

it('ships the plugin only: compiled JavaScript with declarations, nothing of the app', () => {
  const listing = run('tar', ['-tzf', tarball], work)
  expect(listing).toMatch(/package\/dist\/index\.js/)
  expect(listing).toMatch(/package\/dist\/client\.js/)
  expect(listing).toMatch(/package\/dist\/rsc\.js/)
  expect(listing).toMatch(/package\/dist\/admin\.js/)
  // The admin's client components keep their directive, so Next bundles them for the browser.
  expect(fs.readFileSync(path.join(host, 'node_modules', 'newsroom-payload', 'dist', 'admin.js'), 'utf8')).toMatch(/^['"]use client['"]/)
  expect(listing).toMatch(/package\/dist\/types\/src\/plugin\/index\.d\.ts/)
  expect(listing).not.toMatch(/server|seed\/|migrations|bootstrap|devLogins/)
  expect(listing.split('\n').filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))).toEqual([])
  const installed = JSON.parse(fs.readFileSync(path.join(host, 'node_modules', 'newsroom-payload', 'package.json'), 'utf8'))
  // Installing it pulls in only what the plugin needs at runtime.
  expect(Object.keys(installed.dependencies).sort()).toEqual(['feed', 'ipaddr.js', 'linkify-it', 'lru-cache', 'sitemap', 'slugify', 'standardwebhooks'])
  // (tsx and jose arrive with Payload itself; these are the app's alone.)
  for (const appOnly of ['express', 'helmet', '@payloadcms/db-mongodb', 'autocannon', 'playwright-core']) expect([appOnly, fs.existsSync(path.join(host, 'node_modules', appOnly))]).toEqual([appOnly, false])
})

it('the host’s users gained roles and kept their own field; the first user is an admin', async () => {
  const res = await fetch(`${baseURL}/api/users/first-register`, json({ email: 'owner@host.test', password: 'host owner password', nickname: 'Owner' }))
  expect(res.status).toBe(200)
  const body = await res.json()
  token = body.token
  expect(body.user).toMatchObject({ nickname: 'Owner', roles: ['admin'] })
})

it('REST answers for the host’s collections and the newsroom’s, with articles renamed to stories', async () => {
  // The host's posts keep the host's own access (Payload's default: logged-in users).
  expect((await fetch(`${baseURL}/api/posts`)).status).toBe(403)
  expect((await fetch(`${baseURL}/api/posts`, { headers: { authorization: `JWT ${token}` } })).status).toBe(200)
  expect((await fetch(`${baseURL}/api/sources`)).status).toBe(200)
  expect((await fetch(`${baseURL}/api/articles`)).status).toBe(404)
  const created = await fetch(`${baseURL}/api/stories`, json({ title: 'A host story', body: lexicalParagraphs('Published in a host project.'), _status: 'published' }, { authorization: `JWT ${token}` }))
  expect(created.status).toBe(201)
})

it('serves the delivery endpoint, JSON-LD and OpenAPI under the renamed slug', async () => {
  const story = await fetch(`${baseURL}/api/stories/slug/a-host-story`)
  expect(story.status).toBe(200)
  expect(await story.json()).toMatchObject({ title: 'A host story', slug: 'a-host-story' })
  expect(story.headers.get('etag')).toMatch(/^"/)
  const jsonld = await (await fetch(`${baseURL}/api/stories/slug/a-host-story?format=jsonld`)).json()
  expect(jsonld['@type']).toBe('NewsArticle')
  const openapi = await (await fetch(`${baseURL}/api/openapi.json`)).json()
  expect(Object.keys(openapi.paths)).toContain('/api/stories/slug/{slug}')
  // ninjs and the newsroom's policies, with no page of the host's own: the plugin serves them.
  expect(ninjsValidator()(await (await fetch(`${baseURL}/api/stories/slug/a-host-story?format=ninjs`)).json())).toEqual([])
  const policy = await fetch(`${baseURL}/api/globals/newsroom/policies/corrections`)
  expect(policy.status).toBe(200)
  expect(await policy.text()).toContain('<h1>Corrections policy</h1>')
})

it('streams a story’s events through Payload’s own endpoint (the host has no server in front)', async () => {
  const stream = await openEventStream(`${baseURL}/api/stories/slug/a-host-story/events`)
  expect(stream.status).toBe(200)
  const ready = await stream.next('ready')
  expect(ready.data.etag).toBe((await fetch(`${baseURL}/api/stories/slug/a-host-story`)).headers.get('etag'))
  stream.close()
  expect((await openEventStream(`${baseURL}/api/stories/slug/no-such-story/events`)).status).toBe(404)
})

it('the admin lists the newsroom’s collections beside the host’s and renders the plugin’s components', async () => {
  // A webhook and a story to tell it of: the delivery's page shows the plugin's client component.
  const auth = { authorization: `JWT ${token}` }
  expect((await fetch(`${baseURL}/api/webhooks`, json({ url: 'https://93.184.216.34/hooks', events: ['article.published'] }, auth))).status).toBe(201)
  expect((await fetch(`${baseURL}/api/stories`, json({ title: 'A second host story', body: lexicalParagraphs('Told to a webhook.'), _status: 'published' }, auth))).status).toBe(201)
  const [delivery] = (await (await fetch(`${baseURL}/api/webhook-deliveries`, { headers: auth })).json()).docs
  expect(delivery).toMatchObject({ event: 'article.published', status: 'pending' })
  const deliveryPage = await fetch(`${baseURL}/admin/collections/webhook-deliveries/${delivery.id}`, { headers: { cookie: `payload-token=${token}` } })
  expect(deliveryPage.status).toBe(200)
  expect(await deliveryPage.text()).toContain('id="resend-delivery"')

  const admin = await fetch(`${baseURL}/admin`, { headers: { cookie: `payload-token=${token}` } })
  expect(admin.status).toBe(200)
  const html = await admin.text()
  for (const label of ['Posts', 'Articles', 'Sources', 'Quotes', 'Comments']) expect(html).toContain(label)
  // The moderation queue link is the plugin's server component, found through the import map.
  expect(html).toMatch(/id="nav-moderation-queue"[^>]*>Moderation queue \((<!-- -->)?0(<!-- -->)? pending\)/)
  const editor = await fetch(`${baseURL}/admin/collections/stories/create`, { headers: { cookie: `payload-token=${token}` } })
  expect(editor.status).toBe(200)
  expect(hostOutput()).not.toMatch(/not found in import ?map|PayloadComponent not found|getFromImportMap/i)
})
