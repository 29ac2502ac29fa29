/**
 * The app: an express server hosting Payload's Next.js app (admin at /admin, REST at /api,
 * GraphQL at /api/graphql) plus /healthz.
 *
 * Nothing here imports the Payload config: Next loads its own copy, and a second Payload instance
 * in this process is the trap of payloadcms/payload#7018. Work that needs the Local API before the
 * first request (schema, first admin, seed) runs in a child process first; see src/server/bootstrap.ts.
 */
import express from 'express'
import helmet from 'helmet'
import next from 'next'
import { spawn } from 'node:child_process'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { invalidateDelivery, onDeliveryInvalidated, serveCachedStory, serveStoryEvents, withRequestOrigin, type StoryFetcher } from 'newsroom-payload/fast-path'
import proxyAddr from 'proxy-addr'
import { allowedOrigins, corsPolicy } from './cors'
import { INVALIDATED, startJobsRunner } from './jobsRunner'
import { DEFAULT_DATABASE_URI } from './databaseUri'
import { answerRetractedStoryPagesGone, keepRenderedPage } from './pageCache'
import { bodyLimits } from './requestLimits'
import { payloadSecret } from './secret'
import { purgeCdn, purgeUrls } from './cdnPurge'
import { isDatabasePrepared, seedsOnStart } from './preparedDatabase'
import { shareInvalidations } from './sharedInvalidation'
import { isWriterProcess, startWriterProcess, wantsWriterProcess, WRITER_READY, type Writer } from './writerProcess'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const dev = process.env.NODE_ENV !== 'production'
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '0.0.0.0'

/**
 * Which proxies' X-Forwarded-For to believe: always this machine (the reader site calls the API over
 * loopback on a reader's behalf, and a reverse proxy here is one too), plus TRUST_PROXY (`1`, a
 * number of hops; `true`; or addresses and subnets, comma-separated).
 */
const trustProxy = (value: string | undefined): boolean | number | string => {
  if (!value || value === 'false' || value === 'loopback') return 'loopback'
  if (value === 'true') return true
  return /^\d+$/.test(value) ? Number(value) : `loopback, ${value}`
}

/** Runs src/server/bootstrap.ts with the same Node flags (tsx loader, conditions) and waits for it. */
const runBootstrap = () =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, path.join(projectRoot, 'src', 'server', 'bootstrap.ts')], {
      stdio: 'inherit',
      env: process.env,
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bootstrap exited with code ${code}`))))
  })

/** The bootstrap, unless the database is already prepared (an instance joining a running newsroom). */
const prepareDatabase = async (uri: string) => {
  if (await isDatabasePrepared(uri, { seeds: seedsOnStart() })) {
    console.log('> The database is prepared already (migrated, with accounts and the story): no bootstrap needed.')
    return
  }
  await runBootstrap()
}

/** A port free on loopback now, for the writer process. */
const freeLoopbackPort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo
      probe.close(() => resolve(free))
    })
  })

/**
 * Development compiles each route on its first request (a minute for the admin on two cores): the
 * server compiles the admin and the API now and says when they are done, so "ready" is not followed
 * by a page that hangs without a word.
 */
const warmRoutes = () => {
  const startedAt = Date.now()
  console.log('> Development: compiling the admin and the API now; the first page waits until this is done…')
  const paths = ['/admin/login', '/api/articles?limit=1']
  const host = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname
  void Promise.allSettled(paths.map((pathname) => fetch(`http://${host}:${port}${pathname}`).then((answer) => answer.arrayBuffer()))).then(() =>
    console.log(`> Compiled in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: the admin and the API answer at once now.`),
  )
}

const main = async () => {
  const startedAt = Date.now()
  const databaseUri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI

  // The writer process's parent prepared the database before starting it.
  if (!isWriterProcess()) await prepareDatabase(databaseUri)
  const nextApp = next({ dev, dir: projectRoot, hostname, port })
  const handleWithNext = nextApp.getRequestHandler()
  await nextApp.prepare()

  const app = express()
  app.disable('x-powered-by')
  // Behind a reverse proxy set TRUST_PROXY (e.g. 1, or "loopback") so req.ip is the reader's address.
  app.set('trust proxy', trustProxy(process.env.TRUST_PROXY))
  // Payload only sees headers: tell it who the client is, overwriting whatever the client claimed.
  app.use((req, _res, next) => {
    req.headers['x-forwarded-for'] = req.ip ?? req.socket.remoteAddress ?? ''
    delete req.headers['x-real-ip']
    next()
  })
  // The origin this request was addressed to: the login cookie always works from the app's own pages.
  app.use((req, _res, next) => withRequestOrigin(`${req.protocol}://${req.get('host') ?? ''}`, next))
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })
  // No body parser here: Payload reads the raw request body itself.
  app.all('/{*path}', (req, res) => handleWithNext(req, res))

  // In front of express: security headers on every response, oversized bodies refused unread, then
  // the story's hot path (a cached story answered from memory without entering express, Next or
  // Payload). Everything else, and a cache miss, goes to the express app.
  const securityHeaders = helmet({
    // Next's admin UI relies on inline scripts and styles; the other protections stay on.
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: !dev,
    // Not helmet's `no-referrer`: with it browsers send `Origin: null` on a form post, and Next
    // refuses the reader site's forms (server actions check the origin). Other sites still get no path.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  })
  const answerCors = corsPolicy(allowedOrigins())
  const server = http.createServer((req, res) => {
    securityHeaders(req, res, () => answerCors(req, res) || route(req, res))
  })
  const refuseOversizedBody = bodyLimits(payloadSecret())
  // The event streams read the public story from this server's own delivery endpoint.
  const fetchStory: StoryFetcher = async (storyPath) => {
    const story = await fetch(`http://127.0.0.1:${port}${storyPath}`, { headers: { accept: 'application/json' } })
    if (story.status === 404) return null
    // 410: a retracted story, whose document (the notice, no text) is what its readers now get.
    if (!story.ok && story.status !== 410) throw new Error(`${storyPath} answered ${story.status}`)
    return { etag: story.headers.get('etag') ?? '', document: await story.json() }
  }
  const eventStreams = {
    fetchStory,
    // The reader's address as express works it out (the same TRUST_PROXY), for the per-client cap.
    clientAddress: (req: http.IncomingMessage) => proxyAddr(req, app.get('trust proxy fn')),
    maxPerAddress: Number(process.env.EVENT_STREAMS_PER_CLIENT || 20),
  }
  const route = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const refused = refuseOversizedBody(req, res)
    if (refused === true) return
    if (refused) return void refused.then((answered) => answered || serve(req, res), () => serve(req, res))
    serve(req, res)
  }
  let writer: Writer | undefined
  const serve = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (writer?.forward(req, res, eventStreams.clientAddress(req))) return
    if (serveStoryEvents(req, res, eventStreams)) return
    const served = serveCachedStory(req, res)
    if (served === true) return
    const render = () => {
      keepRenderedPage(req, res)
      answerRetractedStoryPagesGone(req, res)
      app(req, res)
    }
    if (served === false) return render()
    served.then(
      (done) => done || render(),
      () => render(),
    )
  }
  // Idle keep-alive connections outlive clients' and proxies' own (undici 4 s, load balancers 60 s),
  // so the server never closes a connection just as a request goes out on it.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve))
  if (isWriterProcess()) {
    // Its invalidations go to the parent, which drops its cache and tells the other instances and the CDN.
    onDeliveryInvalidated((tags) => process.send?.({ type: INVALIDATED, tags }))
    // Its parent is gone (perhaps while this process was still starting): so is the writer.
    process.on('disconnect', () => process.exit(0))
    if (!process.connected) process.exit(0)
    process.send?.({ type: WRITER_READY })
    console.log(`> Writer process (pid ${process.pid}) ready on 127.0.0.1:${port} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
    return
  }
  {
    const url = `http://localhost:${port}`
    console.log(`> Newsroom ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (${dev ? 'development' : 'production'})`)
    console.log(`> Admin UI: ${url}/admin   REST: ${url}/api/articles   GraphQL: ${url}/api/graphql`)
    if (dev) warmRoutes()
    if (!dev && !process.env.SERVER_URL && !process.env.CORS_ORIGINS) {
      console.warn('> SERVER_URL is not set: the CSRF allowlist is empty, so login cookies are honoured from any origin (SameSite=Lax still applies). Set SERVER_URL to the public URL.')
    }
  }

  // Other instances on the same database learn of this one's writes (and it of theirs) within a second.
  // And a CDN in front (CDN_PURGE_URLS) drops exactly what this instance's writes changed.
  const sharing = await shareInvalidations(databaseUri, {
    invalidate: invalidateDelivery,
    onInvalidated: onDeliveryInvalidated,
    onOwn: purgeCdn(purgeUrls()),
  })
  let jobsRunner: ReturnType<typeof startJobsRunner> | undefined
  const shutdown = (signal: string) => {
    console.log(`> ${signal}: closing`)
    jobsRunner?.stop()
    writer?.stop()
    void sharing.stop()
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))

  // Payload's jobs queue (webhook deliveries, scheduled publishing) in its own process; JOBS_RUNNER=false
  // when another process runs it (`npx payload jobs:run --cron "* * * * * *"`, or one instance of several).
  // It starts once Payload inside Next is warm (or after 10 s): both load Payload, and on a small
  // machine the first readers should not wait behind the runner's start.
  const warm = fetch(`http://127.0.0.1:${port}/api/users/me`).then((res) => res.arrayBuffer()).catch(() => undefined)
  await Promise.race([warm, new Promise((resolve) => setTimeout(resolve, 10_000).unref())])
  if (process.env.JOBS_RUNNER !== 'false') jobsRunner = startJobsRunner(projectRoot, invalidateDelivery)
  // Writes in a process of their own (WRITER_PROCESS=true), so saves never hold up readers.
  if (wantsWriterProcess(dev)) writer = startWriterProcess(projectRoot, { port: await freeLoopbackPort(), onInvalidated: invalidateDelivery })
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
