/**
 * The app: an express server hosting Payload's Next.js app (admin at /admin, REST at /api,
 * GraphQL at /api/graphql) plus /healthz.
 *
 * Nothing here imports the Payload config: Next loads its own copy, and a second Payload instance
 * in this process is the trap of payloadcms/payload#7018. Work that needs the Local API before the
 * first request (schema, first admin, seed) runs in a child process first; see processes/bootstrap.ts.
 *
 * The parts: http/ (the front chain), routes/ (the express app, the reader site's paths and caching),
 * database/, processes/ (bootstrap, jobs runner, writer, shared invalidation), accounts/; env.ts reads
 * the environment, config.ts is the Payload config.
 */
import type http from 'node:http'

import { invalidateDelivery, onDeliveryInvalidated } from 'newsroom-payload/fast-path'
import next from 'next'
import proxyAddr from 'proxy-addr'

import { payloadSecret } from './accounts/secret'
import { env } from './env'
import { frontServer } from './http'
import { purgeCdn } from './http/cdnPurge'
import { projectRoot } from './paths'
import {
  freeLoopbackPort,
  INVALIDATED,
  isWriterProcess,
  prepareDatabase,
  shareInvalidations,
  startJobsRunner,
  startWriterProcess,
  wantsWriterProcess,
  type Writer,
  WRITER_READY,
} from './processes'
import { expressApp } from './routes'

/** The environment, read once for the whole start. */
const dev = !env.production
const port = env.port
const hostname = env.host
const databaseUri = env.databaseUri

/** The children this server starts, once it has (the front chain asks for the writer on each write). */
type Children = { writer?: Writer; jobsRunner?: ReturnType<typeof startJobsRunner> }
type Express = ReturnType<typeof expressApp>

/** What /healthz says of the writer and the jobs runner: `off` when this server runs none. */
const processStates = (children: Children) => () => ({
  writer: wantsWriterProcess(dev) ? (children.writer?.state() ?? 'starting') : 'off',
  jobsRunner:
    env.runsJobs && !isWriterProcess() ? (children.jobsRunner?.state() ?? 'starting') : 'off',
})

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1)

/** Bootstrap: the schema, the first admin and the seed, in a child process (the writer's parent did it for the writer). */
const bootstrap = async () => {
  if (!isWriterProcess()) {
    await prepareDatabase(databaseUri, { seeds: env.seedsOnStart })
  }
}

/** Next, prepared: the handler express hands everything but /healthz to. */
const prepareNext = async () => {
  const nextApp = next({ dev, dir: projectRoot, hostname, port })
  const handleWithNext = nextApp.getRequestHandler()
  await nextApp.prepare()
  return handleWithNext
}

/** Trust proxy: the reader's address as express works it out (loopback, plus TRUST_PROXY), for the front chain's per-client caps. */
const clientAddressOf = (app: Express) => (req: http.IncomingMessage) =>
  proxyAddr(req, app.get('trust proxy fn'))

/** The front chain in front of express, listening. */
const listen = async (app: Express, children: Children) => {
  const server = frontServer(app, {
    dev,
    port,
    allowedOrigins: env.allowedOrigins,
    payloadSecret: payloadSecret(),
    clientAddress: clientAddressOf(app),
    // The same cap the plugin's event-stream endpoint is given (config.ts): one setting, EVENT_STREAMS_PER_CLIENT.
    eventStreamsPerClient: env.eventStreamsPerClient,
    writer: () => children.writer,
  })
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve))
  return server
}

/**
 * The writer process, once it listens and its Payload is warm (Payload starts on the first request:
 * seconds on a busy machine, which the first writes sent here would otherwise wait out): its
 * invalidations go to its parent, and it ends with it.
 */
const serveAsWriter = async (startedAt: number) => {
  // Its invalidations go to the parent, which drops its cache and tells the other instances and the CDN.
  onDeliveryInvalidated((tags) => process.send?.({ type: INVALIDATED, tags }))
  // Its parent is gone (perhaps while this process was still starting): so is the writer.
  process.on('disconnect', () => process.exit(0))
  if (!process.connected) {
    process.exit(0)
  }
  await fetch(`http://127.0.0.1:${port}/api/users/me`, { signal: AbortSignal.timeout(30_000) })
    .then((res) => res.arrayBuffer())
    .catch(() => undefined)
  process.send?.({ type: WRITER_READY })
  console.log(
    `> Writer process (pid ${process.pid}) ready on 127.0.0.1:${port} in ${seconds(startedAt)} s`,
  )
}

/**
 * Development compiles each route on its first request (a minute for the admin on two cores): the
 * server compiles the admin and the API now and says when they are done, so "ready" is not followed
 * by a page that hangs without a word.
 */
const warmRoutes = () => {
  const startedAt = Date.now()
  console.log(
    '> Development: compiling the admin and the API now; the first page waits until this is done…',
  )
  const paths = ['/admin/login', '/api/articles?limit=1']
  const host =
    hostname === '0.0.0.0' || hostname === '::'
      ? '127.0.0.1'
      : hostname.includes(':')
        ? `[${hostname}]`
        : hostname
  void Promise.allSettled(
    paths.map((pathname) =>
      fetch(`http://${host}:${port}${pathname}`).then((answer) => answer.arrayBuffer()),
    ),
  ).then(() =>
    console.log(`> Compiled in ${seconds(startedAt)} s: the admin and the API answer at once now.`),
  )
}

/** Ready: where to go, and what production lacks. */
const announce = (startedAt: number) => {
  const url = `http://localhost:${port}`
  console.log(`> Newsroom ready in ${seconds(startedAt)} s (${dev ? 'development' : 'production'})`)
  console.log(`> Admin UI: ${url}/admin   REST: ${url}/api/articles   GraphQL: ${url}/api/graphql`)
  if (dev) {
    warmRoutes()
  }
  if (!dev && !env.originsConfigured) {
    console.warn(
      '> SERVER_URL is not set: the CSRF allowlist is empty, so login cookies are honoured from any origin (SameSite=Lax still applies). Set SERVER_URL to the public URL.',
    )
  }
}

/**
 * Streams across instances: other instances on the same database learn of this one's writes (and it
 * of theirs) within a second, and a CDN in front (CDN_PURGE_URLS) drops exactly what this instance's
 * writes changed.
 */
const shareAcrossInstances = () =>
  shareInvalidations(databaseUri, {
    invalidate: invalidateDelivery,
    onInvalidated: onDeliveryInvalidated,
    onOwn: purgeCdn(env.cdnPurgeUrls),
  })

/** Shutdown: SIGTERM and SIGINT stop the children and the sharing, then close the server (5 s at most). */
const closeOnSignals = (
  server: http.Server,
  sharing: { stop: () => Promise<void> },
  children: Children,
) => {
  const shutdown = (signal: string) => {
    console.log(`> ${signal}: closing`)
    children.jobsRunner?.stop()
    children.writer?.stop()
    void sharing.stop()
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

/**
 * Jobs: Payload's jobs queue (webhook deliveries, scheduled publishing) in its own process;
 * JOBS_RUNNER=false when another process runs it (`npx payload jobs:run --cron "* * * * * *"`, or one
 * instance of several). It starts once Payload inside Next is warm (or after 10 s): both load Payload,
 * and on a small machine the first readers should not wait behind the runner's start.
 */
const startJobsOnceWarm = async (children: Children) => {
  const warm = fetch(`http://127.0.0.1:${port}/api/users/me`)
    .then((res) => res.arrayBuffer())
    .catch(() => undefined)
  await Promise.race([warm, new Promise((resolve) => setTimeout(resolve, 10_000).unref())])
  if (env.runsJobs) {
    children.jobsRunner = startJobsRunner(projectRoot, invalidateDelivery)
  }
}

/** Writer: writes in a process of their own (WRITER_PROCESS=true, production), so saves never hold up readers. */
const startWriter = async (children: Children) => {
  if (wantsWriterProcess(dev)) {
    children.writer = startWriterProcess(projectRoot, {
      port: await freeLoopbackPort(),
      onInvalidated: invalidateDelivery,
    })
  }
}

const main = async () => {
  const startedAt = Date.now()
  await bootstrap()
  const children: Children = {}
  const app = expressApp(await prepareNext(), env.trustProxy, processStates(children))
  const server = await listen(app, children)
  if (isWriterProcess()) {
    return serveAsWriter(startedAt)
  }
  announce(startedAt)
  const sharing = await shareAcrossInstances()
  closeOnSignals(server, sharing, children)
  await startJobsOnceWarm(children)
  await startWriter(children)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
