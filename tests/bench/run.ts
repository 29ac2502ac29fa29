import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../helpers/appProcess'
import { freshPostgresDatabase, postgresServer } from '../helpers/databases'
import { lexicalParagraphs } from '../helpers/fixtures'
import {
  STORY_SLUG as SLUG,
  startProductionServer,
  stopProcess,
  waitFor,
} from '../helpers/productionServer'
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
import { commentPost } from './commentPost'
import { runCorpusBench } from './corpus'
import { makeDrafts, whileEditorsWork, type WriteFigures } from './editorsAtWork'
import { type FanOut, measureFanOut } from './eventStreams'
import { measureLists } from './story/lists'
import { type Row, run } from './story/measure'
import { reportStoryBench } from './story/report'

const STREAMS = Number(process.env.BENCH_STREAMS || 5000)
const AUTOSAVES_PER_SECOND = Number(process.env.BENCH_AUTOSAVES || 10)

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
                return commentPost(request, ++posted, articleId, {
                  name: 'Bench reader',
                  email: 'bench',
                  body: 'Benchmark comment',
                })
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

  reportStoryBench({
    rows,
    listRows,
    fanOuts,
    editorsAtWork,
    quotesBytes,
    storyBytes,
    pageBytes,
    seedSeconds,
    coldStartSeconds,
    streams: STREAMS,
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
