import type { EventEmitter } from 'node:events'

/**
 * `npm run load`: 60 s of a busy news day against the production build on the seeded story.
 * autocannon, 50 connections, each request drawn at random:
 *   70% the story (delivery endpoint)      10% the article list (Payload REST)
 *   10% the story's approved comments       10% comment posts from 20 flooding readers
 * Passes only if every read is a 2xx (no errors, no timeouts), the floods get 429s and never a 5xx,
 * and the server's memory is stable: RSS over the last 20 s within 15% of the 20 s before.
 * The server runs with a 256 MB heap budget: without one V8 collects lazily and RSS climbs for minutes
 * whether or not anything leaks; with one, a leak shows as growth, GC stalls (timeouts) or a crash.
 * Prints the figures; exits 1 if a guarantee fails. LOAD_SECONDS and LOAD_HEAP_MB change the settings.
 */
import autocannon from 'autocannon'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { rssMb, startProductionServer, STORY_SLUG } from '../helpers/productionServer'

const SECONDS = Number(process.env.LOAD_SECONDS || 60)
const CONNECTIONS = 50
const FLOODERS = 20
const MAX_MEMORY_GROWTH = 0.15
const HEAP_MB = Number(process.env.LOAD_HEAP_MB || 256)

type Kind = 'comments' | 'flood' | 'list' | 'story'
type Tally = Record<Kind, Map<number, number>>
type RequestContext = { kind?: Kind; pending?: boolean; sentAt?: number }

const main = async () => {
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  )
  const server = await startProductionServer('load', {
    nodeFlags: [`--max-old-space-size=${HEAP_MB}`],
  })
  console.log(
    `Server: answering after ${server.coldStartSeconds.toFixed(1)} s, ready (writer and jobs runner up) after ${server.readySeconds.toFixed(1)} s`,
  )
  const story = await (await fetch(`${server.baseURL}/api/articles/slug/${STORY_SLUG}`)).json()

  const paths: Record<Exclude<Kind, 'flood'>, string> = {
    story: `/api/articles/slug/${STORY_SLUG}`,
    list: '/api/articles?limit=10&depth=0',
    comments: `/api/comments?where[article][equals]=${story.id}&limit=20`,
  }
  const tally: Tally = { story: new Map(), list: new Map(), comments: new Map(), flood: new Map() }
  // A request that never got its answer (a timeout, a reset): its connection sets up the next one
  // while the last is still pending. Counted by kind, so a failure says which requests hung.
  const unanswered: Record<Kind, number> = { story: 0, list: 0, comments: 0, flood: 0 }
  const hungAt: number[] = []
  let posted = 0

  const samples: { second: number; rss: number }[] = []
  const startedAt = Date.now()
  // A probe each second on a connection of its own: a stall of the whole server (GC, a synchronous
  // statement) shows here; a few slow requests while the probe is quick are those requests' own.
  const slowestProbe = { ms: 0, second: 0 }
  const sampler = setInterval(() => {
    const second = (Date.now() - startedAt) / 1000
    samples.push({ second, rss: rssMb(server.pid) })
    const sentAt = Date.now()
    void fetch(`${server.baseURL}/healthz`)
      .then((response) => response.arrayBuffer())
      .catch(() => undefined)
      .finally(() => {
        const ms = Date.now() - sentAt
        if (ms > slowestProbe.ms) {
          Object.assign(slowestProbe, { ms, second })
        }
      })
  }, 1000)

  let result: autocannon.Result
  let serverLog = ''
  try {
    result = await autocannon({
      url: server.baseURL,
      connections: CONNECTIONS,
      duration: SECONDS,
      // autocannon resets a connection's context for each request; 'request' fires before that, so
      // a context still pending there is a request that got no answer (a timeout or a reset).
      setupClient: (client) => {
        const state = client as unknown as {
          requestIterator: { context: RequestContext }
          reqsMade: number
        } & EventEmitter
        state.on('request', () => {
          const { kind, pending, sentAt } = state.requestIterator.context
          if (kind && pending && state.reqsMade > 0) {
            unanswered[kind]++
            hungAt.push(Math.round((sentAt! - startedAt) / 1000))
          }
        })
      },
      requests: [
        {
          setupRequest: (request, context: RequestContext) => {
            context.pending = true
            context.sentAt = Date.now()
            const draw = Math.random()
            const kind: Kind =
              draw < 0.7 ? 'story' : draw < 0.8 ? 'list' : draw < 0.9 ? 'comments' : 'flood'
            context.kind = kind
            if (kind !== 'flood') {
              return { ...request, method: 'GET', path: paths[kind], headers: {}, body: undefined }
            }
            const n = ++posted
            return {
              ...request,
              method: 'POST',
              path: '/api/comments',
              headers: {
                'content-type': 'application/json',
                'x-forwarded-for': `10.66.0.${n % FLOODERS}`,
              },
              body: JSON.stringify({
                article: story.id,
                authorName: `Flooder ${n % FLOODERS}`,
                authorEmail: `flooder${n % FLOODERS}@example.com`,
                body: `Flood ${n}`,
              }),
            }
          },
          onResponse: (status, _body, context: RequestContext) => {
            context.pending = false
            const counts = tally[context.kind!]
            counts.set(status, (counts.get(status) ?? 0) + 1)
          },
        },
      ],
    })
  } finally {
    clearInterval(sampler)
    serverLog = server.log()
    await server.stop()
  }

  const count = (kind: Kind, test: (status: number) => boolean) =>
    [...tally[kind]].filter(([status]) => test(status)).reduce((sum, [, n]) => sum + n, 0)
  const reads = (['story', 'list', 'comments'] as const).map((kind) => ({
    kind,
    total: count(kind, () => true),
    ok: count(kind, (status) => status >= 200 && status < 300),
  }))
  const floods = {
    total: count('flood', () => true),
    created: count('flood', (s) => s === 201),
    limited: count('flood', (s) => s === 429),
    serverErrors: count('flood', (s) => s >= 500),
  }
  const window = (from: number, to: number) => {
    const inWindow = samples
      .filter((sample) => sample.second >= from && sample.second < to)
      .map((sample) => sample.rss)
    return inWindow.reduce((sum, rss) => sum + rss, 0) / Math.max(1, inWindow.length)
  }
  const third = SECONDS / 3
  const middleRss = window(third, 2 * third)
  const lastRss = window(2 * third, SECONDS + 1)
  const growth = (lastRss - middleRss) / middleRss
  const peak = Math.max(...samples.map((sample) => sample.rss))

  console.log(
    `\nLoad: ${SECONDS} s, ${CONNECTIONS} connections, ${result.requests.total} requests (${result.requests.average.toFixed(0)} req/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
  )
  const hung = (Object.keys(unanswered) as Kind[]).filter((kind) => unanswered[kind] > 0)
  console.log(
    `errors ${result.errors}, timeouts ${result.timeouts}${hung.length ? ` (unanswered: ${hung.map((kind) => `${kind} ${unanswered[kind]}`).join(', ')}; sent at ${hungAt.join(', ')} s)` : ''}`,
  )
  console.log(
    `  the server's slowest answer to a probe each second: ${slowestProbe.ms} ms at ${slowestProbe.second.toFixed(0)} s`,
  )
  for (const { kind, total, ok } of reads) {
    console.log(
      `  ${kind.padEnd(9)} reads: ${total}, 2xx ${ok} (${total ? ((100 * ok) / total).toFixed(2) : '0'}%)`,
    )
  }
  console.log(
    `  floods:          ${floods.total} posts from ${FLOODERS} readers: 201 ${floods.created}, 429 ${floods.limited}, 5xx ${floods.serverErrors}`,
  )
  console.log(
    `  server RSS MB (heap budget ${HEAP_MB} MB): first ${samples[0]?.rss.toFixed(0)}, middle third ${middleRss.toFixed(0)}, last third ${lastRss.toFixed(0)} (${(100 * growth).toFixed(1)}%), peak ${peak.toFixed(0)}`,
  )

  const failures = [
    ...reads
      .filter(({ total, ok }) => total === 0 || ok !== total)
      .map(({ kind, total, ok }) => `${total - ok} of ${total} ${kind} reads were not 2xx`),
    ...(result.errors + result.timeouts > 0
      ? [`${result.errors} errors and ${result.timeouts} timeouts`]
      : []),
    ...(floods.limited === 0 ? ['no flood post was refused with 429'] : []),
    ...(floods.serverErrors > 0 ? [`${floods.serverErrors} flood posts got a 5xx`] : []),
    ...(growth > MAX_MEMORY_GROWTH
      ? [
          `server memory grew ${(100 * growth).toFixed(1)}% over the last third (limit ${100 * MAX_MEMORY_GROWTH}%)`,
        ]
      : []),
  ]
  if (failures.length) {
    const logFile = path.join(os.tmpdir(), `newsroom-load-${Date.now()}.log`)
    fs.writeFileSync(logFile, serverLog)
    const notFloods = serverLog.split('\n').filter((line) => !/posting too quickly/.test(line))
    console.error(
      `\nThe server's log (${logFile}), floods' 429s left out, last 60 lines:\n${notFloods.slice(-60).join('\n')}`,
    )
    console.error(`\nFAILED:\n  ${failures.join('\n  ')}`)
    process.exit(1)
  }
  console.log('\nPASSED: reads all 2xx, floods limited with 429, memory stable.')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
