/**
 * `npm run bench`: the production build on the seeded story, driven by autocannon (50 connections,
 * 10 s per run after a 3 s warm-up), every run on this machine in one go:
 *   1 ceiling   a bare express route returning the same JSON bytes, prebuilt
 *   2 payload   Payload's default: GET /api/articles?where[slug][equals]=…&depth=2
 *   3 delivery  GET /api/articles/slug/:slug, warm
 *   4 304       the same with If-None-Match
 *   5 mixed     95% delivery reads while comments are posted (5%)
 *   6 ceiling   the same bare server returning the story page's HTML bytes
 *   7 page      the reader site's story page (/stories/:slug), warm
 * Then event streams (BENCH_STREAMS, 5,000): that many open …/events streams on the bare server and
 * on the app, one update, and the time until every stream has it (p50/p99/max), and server memory
 * per thousand open streams.
 * Prints req/s, p50, p99, errors and server RSS for each, the ratios 3/1, 3/2 and 7/6, cold start and seed time.
 * `npm run bench -- --postgres` runs the same on a fresh PostgreSQL database (under tests/postgres.sh exec).
 * `npm run bench -- --corpus 1000,10000,100000 [--postgres] [--miss-only]` measures a newsroom-sized corpus instead (corpus.ts).
 */
import autocannon from 'autocannon'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../helpers/appProcess'
import { freshPostgresDatabase, postgresServer } from '../helpers/databases'
import { lexicalParagraphs } from '../helpers/fixtures'
import {
  rssMb,
  STORY_SLUG as SLUG,
  startProductionServer,
  stopProcess,
  waitFor,
} from '../helpers/productionServer'
import { runCorpusBench } from './corpus'
import { makeDrafts, whileEditorsWork, type WriteFigures } from './editorsAtWork'
import { type FanOut, measureFanOut } from './eventStreams'

const DURATION = Number(process.env.BENCH_SECONDS || 10)
const WARMUP = 3
const CONNECTIONS = 50
const STREAMS = Number(process.env.BENCH_STREAMS || 5000)
const AUTOSAVES_PER_SECOND = Number(process.env.BENCH_AUTOSAVES || 10)

type Row = {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  rssMb: number
}

const run = async (
  name: string,
  pid: number,
  options: autocannon.Options,
  expected: number[] = [200],
): Promise<Row> => {
  await autocannon({ ...options, connections: CONNECTIONS, duration: WARMUP })
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION })
  const statusCounts =
    (result as unknown as { statusCodeStats?: Record<string, { count: number }> })
      .statusCodeStats ?? {}
  const unexpected = Object.entries(statusCounts)
    .filter(([code]) => !expected.includes(Number(code)))
    .reduce((sum, [, { count }]) => sum + count, 0)
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: unexpected,
    rssMb: rssMb(pid),
  }
}

/**
 * Readers' lists and pages (the front page, the feed, the sitemaps, a story's editions page and its
 * comment pages), warm, each against Node's own http server answering the same bytes: what the
 * cache in front of Next and Payload leaves of a framework's cost.
 */
const measureLists = async (
  base: string,
  server: Awaited<ReturnType<typeof startProductionServer>>,
  articleId: number | string,
): Promise<[Row, Row, number][]> => {
  const surfaces = [
    ['front page', '/'],
    ['Atom feed', '/feed.xml'],
    ['sitemap', '/sitemap.xml'],
    ['news sitemap', '/news-sitemap.xml'],
    ['story’s editions page', `/stories/${SLUG}/editions`],
    ['comments, page 1', `/api/articles/${articleId}/comments`],
    ['comments, page 2', `/api/articles/${articleId}/comments?page=2`],
  ] as const
  const routes: { path: string; file: string; headers: [string, string][] }[] = []
  const sizes = new Map<string, number>()
  for (const [, path] of surfaces) {
    // Twice: the first rendering fills the cache, the second is what readers get from then on.
    await (await fetch(`${base}${path}`)).arrayBuffer()
    const res = await fetch(`${base}${path}`)
    if (res.status !== 200) {
      throw new Error(`${path}: ${res.status}`)
    }
    const bytes = Buffer.from(await res.arrayBuffer())
    const file = path.replace(/[^a-z0-9]+/gi, '_') || 'front'
    const full = `${server.work}/list-${file}`
    fs.writeFileSync(full, bytes)
    sizes.set(path, bytes.length)
    // The same bytes: the body and the headers (Node writes its own date, length and connection).
    const headers = [...res.headers.entries()].filter(
      ([name]) =>
        ![
          'connection',
          'content-encoding',
          'content-length',
          'date',
          'keep-alive',
          'transfer-encoding',
        ].includes(name),
    )
    routes.push({ path, file: full, headers })
  }
  const port = await freePort()
  const manifest = `${server.work}/list-routes.json`
  fs.writeFileSync(manifest, JSON.stringify(routes))
  const raw = server.node('tests/bench/rawCeiling.ts', [String(port), manifest])
  await waitFor(`http://127.0.0.1:${port}/`)
  const measured: [Row, Row, number][] = []
  try {
    for (const [name, path] of surfaces) {
      const ceiling = await run(`raw node:http, ${name}`, raw.pid!, {
        url: `http://127.0.0.1:${port}${path}`,
      })
      const app = await run(name, server.pid, { url: `${base}${path}` })
      measured.push([ceiling, app, sizes.get(path)!])
    }
  } finally {
    await stopProcess(raw)
  }
  return measured
}

const main = async () => {
  const corpusAt = process.argv.indexOf('--corpus')
  if (corpusAt !== -1) {
    const sizes = (process.argv[corpusAt + 1] ?? '1000,10000,100000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0)
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    )
    return runCorpusBench(sizes, {
      postgres: process.argv.includes('--postgres'),
      missOnly: process.argv.includes('--miss-only'),
    })
  }
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  )
  // `--postgres`: the same runs on a fresh PostgreSQL database (bash tests/postgres.sh exec npm run bench -- --postgres).
  let database: { uri: string; cleanup: () => Promise<void> } | undefined
  if (process.argv.includes('--postgres')) {
    const serverUri = postgresServer()
    if (!serverUri) {
      throw new Error(
        '--postgres needs TEST_DATABASE_URI=postgres://… (bash tests/postgres.sh exec …)',
      )
    }
    database = freshPostgresDatabase(serverUri)
  }
  console.log(`Database: ${database ? 'PostgreSQL' : 'SQLite'}`)
  const server = await startProductionServer('bench', { databaseUri: database?.uri })
  const { baseURL: base, coldStartSeconds, seedSeconds, work } = server

  const storyUrl = `${base}/api/articles/slug/${SLUG}`
  const first = await fetch(storyUrl)
  const storyBytes = Buffer.from(await first.arrayBuffer())
  const etag = first.headers.get('etag')!
  const articleId = JSON.parse(storyBytes.toString()).id
  fs.writeFileSync(path.join(work, 'story.json'), storyBytes)
  const pageUrl = `${base}/stories/${SLUG}`
  await fetch(pageUrl)
  const pageBytes = Buffer.from(await (await fetch(pageUrl)).arrayBuffer())
  fs.writeFileSync(path.join(work, 'story.html'), pageBytes)

  const ceilingPort = await freePort()
  const ceiling = server.node('tests/bench/ceiling.ts', [
    path.join(work, 'story.json'),
    String(ceilingPort),
    path.join(work, 'story.html'),
  ])
  await waitFor(`http://127.0.0.1:${ceilingPort}/story`)

  const rows: Row[] = []
  const listRows: [Row, Row, number][] = []
  let quotesBytes = 0
  let editorsAtWork: { autosaves: WriteFigures; publishes: WriteFigures } | undefined
  const fanOuts: [string, FanOut][] = []
  try {
    // Streams first, on the fresh server: its memory then moves with the streams alone.
    fanOuts.push([
      '8 ceiling: bare server, same event bytes',
      await measureFanOut({
        url: `http://127.0.0.1:${ceilingPort}/events`,
        count: STREAMS,
        pid: ceiling.pid!,
        update: async () =>
          void (await fetch(`http://127.0.0.1:${ceilingPort}/fanout`, { method: 'POST' })).text(),
      }),
    ])
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: server.env.ADMIN_EMAIL, password: server.env.ADMIN_PASSWORD }),
    })
    const token = ((await login.json()) as { token: string }).token
    // A story of its own, so the seeded one stays byte for byte what the ceiling serves.
    const created = await fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'Benchmark live story',
        body: lexicalParagraphs('A developing story.'),
        _status: 'published',
      }),
    })
    const live = ((await created.json()) as { doc: { id: number; slug: string } }).doc
    fanOuts.push([
      '9 app: …/slug/:slug/events, a published log entry',
      await measureFanOut({
        url: `${base}/api/articles/slug/${live.slug}/events`,
        count: STREAMS,
        pid: server.pid,
        update: async () => {
          const res = await fetch(`${base}/api/articles/${live.id}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
            body: JSON.stringify({
              _status: 'published',
              updateLog: [{ type: 'update', text: 'A benchmark update to the story.' }],
            }),
          })
          if (res.status !== 200) {
            throw new Error(`update: ${res.status} ${await res.text()}`)
          }
        },
      }),
    ])
    rows.push(
      await run('1 ceiling: bare express, prebuilt bytes', ceiling.pid!, {
        url: `http://127.0.0.1:${ceilingPort}/story`,
      }),
    )
    rows.push(
      await run('2 Payload default ?where[slug]…&depth=2', server.pid, {
        url: `${base}/api/articles?where[slug][equals]=${SLUG}&depth=2`,
      }),
    )
    rows.push(await run('3 delivery endpoint, warm', server.pid, { url: storyUrl }))
    rows.push(
      await run(
        '4 delivery endpoint, If-None-Match',
        server.pid,
        { url: storyUrl, headers: { 'if-none-match': etag } },
        [304],
      ),
    )
    let posted = 0
    rows.push(
      await run(
        '5 mixed: 95% reads, 5% comments posted',
        server.pid,
        {
          url: storyUrl,
          requests: [
            {
              setupRequest: (request) => {
                if (Math.random() >= 0.05) {
                  return { ...request, method: 'GET', path: `/api/articles/slug/${SLUG}` }
                }
                const n = ++posted
                return {
                  ...request,
                  method: 'POST',
                  path: '/api/comments',
                  headers: {
                    'content-type': 'application/json',
                    'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
                  },
                  body: JSON.stringify({
                    article: articleId,
                    authorName: `Bench reader ${n}`,
                    authorEmail: `bench${n}@example.com`,
                    body: `Benchmark comment ${n}`,
                  }),
                }
              },
            },
          ],
        },
        [200, 201],
      ),
    )
    rows.push(
      await run('6 ceiling: bare express, the page’s HTML', ceiling.pid!, {
        url: `http://127.0.0.1:${ceilingPort}/page`,
      }),
    )
    rows.push(await run('7 reader story page, warm', server.pid, { url: pageUrl }))
    // A public list whose rows populate relationships: each quote's story as a summary (defaultPopulate).
    const quotesUrl = `${base}/api/quotes?limit=100`
    quotesBytes = (await (await fetch(quotesUrl)).arrayBuffer()).byteLength
    rows.push(await run('10 GET /api/quotes?limit=100 (depth 2)', server.pid, { url: quotesUrl }))
    listRows.push(...(await measureLists(base, server, articleId)))
    // The pressure test: the live story alone, then while editors type and publish.
    const liveUrl = `${base}/api/articles/slug/${live.slug}`
    const auth = { authorization: `JWT ${token}` }
    const drafts = await makeDrafts(base, auth, 20, lexicalParagraphs('A draft.'))
    rows.push(await run('11 a live story alone', server.pid, { url: liveUrl }))
    const underWrites = await whileEditorsWork(
      base,
      auth,
      {
        drafts,
        hotStory: live.id,
        autosavesPerSecond: AUTOSAVES_PER_SECOND,
        paragraph: (text) => lexicalParagraphs(text),
      },
      () =>
        run(
          `12 the same, ${AUTOSAVES_PER_SECOND} autosaves/s of 20 drafts + its update published 1/s`,
          server.pid,
          { url: liveUrl },
        ),
    )
    rows.push(underWrites.result)
    editorsAtWork = underWrites
  } finally {
    await stopProcess(ceiling)
    await server.stop()
    await database?.cleanup()
  }

  const [ceilingRow, payloadRow, deliveryRow, , , pageCeilingRow, pageRow] = rows as [
    Row,
    Row,
    Row,
    Row,
    Row,
    Row,
    Row,
  ]
  console.log(
    `\nSeed (fresh database, migrate + seed, process start to exit): ${seedSeconds.toFixed(1)} s`,
  )
  console.log(
    `Cold start (process start → first 200 on /api/articles): ${coldStartSeconds.toFixed(1)} s`,
  )
  console.log(
    `autocannon: ${CONNECTIONS} connections, ${WARMUP} s warm-up, ${DURATION} s measured, story ${storyBytes.length} bytes\n`,
  )
  const header = [
    'run',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'unexpected status',
    'server RSS MB',
  ]
  const table = [
    header,
    ...rows.map((r) => [
      r.name,
      r.rps.toFixed(0),
      String(r.p50),
      String(r.p99),
      String(r.errors),
      String(r.non2xx),
      r.rssMb.toFixed(0),
    ]),
  ]
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)))
  for (const row of table) {
    console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`)
  }
  const ratio = (a: number, b: number) => (a / b).toFixed(2)
  console.log(`\n3/1 req/s: ${ratio(deliveryRow.rps, ceilingRow.rps)} (target ≥ 0.80)`)
  console.log(`3/2 req/s: ${ratio(deliveryRow.rps, payloadRow.rps)} (target ≥ 10)`)
  console.log(`3/1 p99:   ${ratio(deliveryRow.p99, ceilingRow.p99)} (target ≤ 1.5)`)
  console.log(
    `7/6 req/s: ${ratio(pageRow.rps, pageCeilingRow.rps)} (target ≥ 0.80; page ${pageBytes.length} bytes)`,
  )
  console.log(`7/6 p99:   ${ratio(pageRow.p99, pageCeilingRow.p99)} (target ≤ 1.5)`)
  console.log(
    `10: the seeded story's quotes, ${quotesBytes} bytes (each quote's story populated as title, slug and dates)`,
  )
  const alone = rows.find((row) => row.name.startsWith('11 '))
  const busy = rows.find((row) => row.name.startsWith('12 '))
  if (alone && busy && editorsAtWork) {
    const { autosaves, publishes } = editorsAtWork
    console.log(
      `12/11 req/s: ${ratio(busy.rps, alone.rps)} (target ≥ 0.80); 12/11 p99: ${ratio(busy.p99, Math.max(1, alone.p99))} (target ≤ 1.5)`,
    )
    console.log(
      `  autosaves: ${autosaves.count}, p50 ${autosaves.p50} ms, p99 ${autosaves.p99} ms (target ≤ 300), not 2xx ${autosaves.failed} [${autosaves.statuses}]`,
    )
    console.log(
      `  published updates: ${publishes.count}, p50 ${publishes.p50} ms, p99 ${publishes.p99} ms, not 2xx ${publishes.failed} [${publishes.statuses}]`,
    )
  }

  console.log(
    `\nEvent streams: ${STREAMS} open streams (one socket and client address each), one update, time from the commit (the update's response) until each stream has the event\n`,
  )
  const streamHeader = [
    'run',
    'open s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'missed',
    'server MB per 1,000 streams',
  ]
  const streamTable = [
    streamHeader,
    ...fanOuts.map(([name, f]) => [
      name,
      f.openSeconds.toFixed(1),
      f.p50.toFixed(0),
      f.p99.toFixed(0),
      f.max.toFixed(0),
      String(f.missed),
      f.mbPerThousand.toFixed(1),
    ]),
  ]
  const streamWidths = streamHeader.map((_, i) =>
    Math.max(...streamTable.map((row) => row[i].length)),
  )
  for (const row of streamTable) {
    console.log(`| ${row.map((cell, i) => cell.padEnd(streamWidths[i])).join(' | ')} |`)
  }
  console.log(
    `\nReaders' lists and pages, each against Node's own http server answering the same bytes (${CONNECTIONS} connections)\n`,
  )
  const listHeader = [
    'surface',
    'bytes',
    'raw req/s (p99 ms)',
    'app req/s (p99 ms)',
    'app / raw',
    'p99 app / raw',
  ]
  const listTable = [
    listHeader,
    ...listRows.map(([raw, app, bytes]) => [
      app.name,
      String(bytes),
      `${raw.rps.toFixed(0)} (${raw.p99})`,
      `${app.rps.toFixed(0)} (${app.p99})`,
      ratio(app.rps, raw.rps),
      ratio(app.p99, Math.max(1, raw.p99)),
    ]),
  ]
  const listWidths = listHeader.map((_, i) => Math.max(...listTable.map((row) => row[i].length)))
  for (const row of listTable) {
    console.log(`| ${row.map((cell, i) => cell.padEnd(listWidths[i])).join(' | ')} |`)
  }
  const [bare, appStreams] = fanOuts.map(([, f]) => f) as [FanOut, FanOut]
  console.log(
    `\n9/8 p99 fan-out: ${ratio(appStreams.p99, Math.max(1, bare.p99))}; 9/8 memory per stream: ${ratio(appStreams.mbPerThousand, Math.max(0.1, bare.mbPerThousand))}`,
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
