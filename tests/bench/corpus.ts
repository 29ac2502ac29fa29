import autocannon from 'autocannon'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
/**
 * `npm run bench -- --corpus 1000,10000,100000 [--postgres]`: how the app grows with a newsroom-sized
 * corpus. For each N: a fresh database (SQLite, or a fresh Postgres database on TEST_DATABASE_URI /
 * the cluster tests/postgres.sh starts), the production server on it (migrated, story seeded), N
 * articles generated through the database layer (corpusGenerate.ts), then each read and write a
 * newsroom does, measured with autocannon (20 connections, 2 s warm-up, BENCH_SECONDS measured).
 * Prints a table per database and how each figure grows from the smallest N to the largest.
 *
 * A cache miss is measured three ways, each story read once (a story read again within the TTL
 * would be a hit): what `servedStory()` costs in-process and the SQL statements it sends
 * (missCost.ts); one request at a time over HTTP to distinct random stories, every answer checked to
 * be `X-Cache: MISS`, against the bare server returning one such story's bytes the same way; and
 * under autocannon's 20 connections, distinct stories in a random order (answers from the cache
 * counted). `--miss-only` measures the hit and the misses alone.
 */
import http from 'node:http'
import path from 'node:path'

import { freePort, projectRoot } from '../helpers/appProcess'
import { freshPostgresDatabase, postgresServer } from '../helpers/databases'
import {
  startProductionServer,
  stopProcess,
  STORY_SLUG,
  waitFor,
} from '../helpers/productionServer'
import { machineDescription, recordCorpusFigures, surfaceName } from './chart'

const SECONDS = Number(process.env.BENCH_SECONDS || 5)
const CONNECTIONS = 20

type Measure = { name: string; rps: number; p50: number; p99: number; bad: number }

const measure = async (
  name: string,
  options: autocannon.Options,
  ok: number[] = [200],
): Promise<Measure> => {
  await autocannon({ ...options, connections: CONNECTIONS, duration: 2 })
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: SECONDS })
  const stats =
    (result as unknown as { statusCodeStats?: Record<string, { count: number }> })
      .statusCodeStats ?? {}
  const bad =
    Object.entries(stats).reduce(
      (sum, [code, { count }]) => sum + (ok.includes(Number(code)) ? 0 : count),
      0,
    ) +
    result.errors +
    result.timeouts
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad,
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

type Sequential = { count: number; p50: number; p99: number; notMiss: number; bad: number }

/** One request at a time on one kept-alive connection: each answer's latency, and how many were not misses. */
const sequential = async (base: string, paths: string[]): Promise<Sequential> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const get = (path: string) =>
    new Promise<{ status: number; cache: string; ms: number }>((resolve, reject) => {
      const started = performance.now()
      http
        .get(`${base}${path}`, { agent }, (res) => {
          res.resume()
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              cache: String(res.headers['x-cache'] ?? ''),
              ms: performance.now() - started,
            }),
          )
        })
        .on('error', reject)
    })
  const times: number[] = []
  let notMiss = 0
  let bad = 0
  for (const path of paths) {
    const { status, cache, ms } = await get(path)
    times.push(ms)
    bad += status === 200 ? 0 : 1
    notMiss += cache === 'HIT' ? 1 : 0
  }
  agent.destroy()
  times.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 100) / 100
  return {
    count: paths.length,
    p50: round(percentile(times, 50)),
    p99: round(percentile(times, 99)),
    notMiss,
    bad,
  }
}

export type MissFigures = {
  inProcess: {
    count: number
    p50: number
    p99: number
    max: number
    queries: { min: number; max: number; misses: Record<string, number> }
    writes: number
    statements: string[]
    plans: string[]
  }
  http: Sequential
  ceiling: Sequential
  /** An anonymous GET /api/users/me: Next's and Payload's routing, no query. */
  routing: Sequential
  bytes: number
}

const login = async (base: string, email: string, password: string) =>
  (
    (await (
      await fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
    ).json()) as { token: string }
  ).token

const runScript = (script: string, args: string[], env: NodeJS.ProcessEnv) => {
  const child = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', script, ...args],
    {
      cwd: projectRoot,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    },
  )
  if (child.status !== 0) {
    throw new Error(`${script} failed:\n${child.stdout}\n${child.stderr}`)
  }
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as unknown
}

const benchOne = async (
  n: number,
  databaseUri: string | undefined,
  missOnly: boolean,
): Promise<{
  generated: Record<string, number>
  seedSeconds: number
  rows: Measure[]
  miss: MissFigures
}> => {
  const server = await startProductionServer('corpus', { databaseUri })
  const base = server.baseURL
  try {
    const generated = runScript('tests/bench/corpusGenerate.ts', [String(n)], server.env) as Record<
      string,
      number
    >
    console.log(`  N = ${n}: generated ${JSON.stringify(generated)}`)
    const inProcess = runScript(
      'tests/bench/missCost.ts',
      [String(n), String(Math.min(500, n))],
      server.env,
    ) as MissFigures['inProcess']
    console.log(
      `  N = ${n}: servedStory() in-process, ${inProcess.count} distinct stories: p50 ${inProcess.p50} ms, p99 ${inProcess.p99} ms; ${inProcess.queries.min}–${inProcess.queries.max} SQL statements a miss, ${inProcess.writes} writes`,
    )
    // Distinct stories in a random order: the first for one-at-a-time misses, the last one's bytes for
    // the ceiling, the rest for autocannon.
    const order = Array.from({ length: n }, (_, k) => k)
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    const storyPath = (k: number) => `/api/articles/slug/corpus-story-${k}`
    const one = Math.min(500, Math.floor(n / 4))
    const httpMisses = await sequential(base, order.slice(0, one).map(storyPath))
    const missFile = path.join(server.work, 'miss.json')
    const missBytes = Buffer.from(
      await (await fetch(`${base}${storyPath(order.at(-1)!)}`)).arrayBuffer(),
    )
    fs.writeFileSync(missFile, missBytes)
    const missCeilingPort = await freePort()
    const missCeiling = server.node('tests/bench/ceiling.ts', [missFile, String(missCeilingPort)])
    let ceilingOne: Sequential
    try {
      await waitFor(`http://127.0.0.1:${missCeilingPort}/story`)
      ceilingOne = await sequential(
        `http://127.0.0.1:${missCeilingPort}`,
        Array.from({ length: one }, () => '/story'),
      )
    } finally {
      await stopProcess(missCeiling)
    }
    // What any request through express, Next and Payload's REST handler costs, without the database.
    const routing = await sequential(
      base,
      Array.from({ length: one }, () => '/api/users/me'),
    )
    const miss: MissFigures = {
      inProcess,
      http: httpMisses,
      ceiling: ceilingOne,
      routing,
      bytes: missBytes.length,
    }
    console.log(
      `  N = ${n}: one miss at a time over HTTP (${httpMisses.count} distinct stories, ${missBytes.length} bytes each or so): p50 ${httpMisses.p50} ms, p99 ${httpMisses.p99} ms (${httpMisses.notMiss} not misses, ${httpMisses.bad} not 200); bare server, same bytes: p50 ${ceilingOne.p50} ms, p99 ${ceilingOne.p99} ms; routing alone (anonymous /api/users/me): p50 ${routing.p50} ms, p99 ${routing.p99} ms`,
    )
    const rest = order.slice(one, -1)
    let next = 0
    let fromCache = 0
    let answered = 0

    const editor = {
      authorization: `JWT ${await login(base, server.env.EDITOR_EMAIL ?? 'editor@newsroom.test', server.env.EDITOR_PASSWORD!)}`,
    }
    const moderator = {
      authorization: `JWT ${await login(base, server.env.MODERATOR_EMAIL ?? 'moderator@newsroom.test', server.env.MODERATOR_PASSWORD!)}`,
    }
    const source = (
      (await (
        await fetch(`${base}/api/sources?limit=1&depth=0&sort=id`, { headers: editor })
      ).json()) as { docs: { id: number }[] }
    ).docs[0]
    const story = (
      (await (await fetch(`${base}/api/articles/slug/${STORY_SLUG}`)).json()) as { id: number }
    ).id
    let posted = 0

    const rows: Measure[] = []
    rows.push(
      await measure('delivery, hit (the seeded story)', {
        url: `${base}/api/articles/slug/${STORY_SLUG}`,
      }),
    )
    rows.push(
      await measure('delivery, miss (distinct random stories of N)', {
        url: base,
        requests: [
          {
            // Each story once, in a random order, until all have been read (then again, some from the cache).
            setupRequest: (request) => ({
              ...request,
              path: storyPath(rest[next++ % rest.length]),
            }),
            onResponse: (_status, _body, _context, headers) => {
              answered++
              // autocannon keeps the header names as sent ('X-Cache').
              fromCache += Object.entries(headers ?? {}).some(
                ([name, value]) => name.toLowerCase() === 'x-cache' && value === 'HIT',
              )
                ? 1
                : 0
            },
          },
        ],
      }),
    )
    if (fromCache) {
      rows.at(-1)!.name += ` (${((100 * fromCache) / answered).toFixed(0)}% from the cache)`
    }
    if (missOnly) {
      return { generated, seedSeconds: 0, rows, miss }
    }
    rows.push(
      await measure('article list, newest 20', {
        url: `${base}/api/articles?limit=20&sort=-dateModified&depth=0`,
      }),
    )
    rows.push(
      await measure('tag filter, newest 20', {
        url: `${base}/api/articles?where[tags][in]=police&limit=20&sort=-dateModified&depth=0`,
      }),
    )
    rows.push(
      await measure('source page with quotedIn', {
        url: `${base}/api/sources/${source.id}?depth=1`,
      }),
    )
    rows.push(
      await measure('moderation queue (moderator)', {
        url: `${base}/api/comments?where[status][equals]=pending&sort=-createdAt&limit=20&depth=0`,
        headers: moderator,
      }),
    )
    rows.push(
      await measure('admin list: articles (editor)', {
        url: `${base}/api/articles?limit=10&depth=0&sort=-updatedAt&draft=true`,
        headers: editor,
      }),
    )
    const others = (
      (await (
        await fetch(
          `${base}/api/articles?where[slug][not_equals]=${STORY_SLUG}&limit=200&depth=0&select[slug]=true`,
          { headers: editor },
        )
      ).json()) as { docs: { id: number }[] }
    ).docs.map((doc) => doc.id)
    // A publish (an editor's save of a published story: the gate, the edition built and stored, the
    // caches told), 200 stories in turn, so two connections rarely publish the same one.
    let published = 0
    rows.push(
      await measure('publish (editor, distinct stories)', {
        url: base,
        requests: [
          {
            setupRequest: (request) => {
              const k = published++
              return {
                ...request,
                method: 'PATCH',
                path: `/api/articles/${others[k % others.length]}?depth=0`,
                headers: { 'content-type': 'application/json', ...editor },
                body: JSON.stringify({ dek: `Published again (${k})`, _status: 'published' }),
              }
            },
          },
        ],
      }),
    )
    rows.push(
      await measure(
        'comment post',
        {
          url: base,
          requests: [
            {
              setupRequest: (request) => {
                const k = ++posted
                return {
                  ...request,
                  method: 'POST',
                  path: '/api/comments',
                  headers: {
                    'content-type': 'application/json',
                    'x-forwarded-for': `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`,
                  },
                  body: JSON.stringify({
                    article: story,
                    authorName: `Corpus reader ${k}`,
                    authorEmail: `corpus${k}@example.com`,
                    body: `Comment ${k}`,
                  }),
                }
              },
            },
          ],
        },
        [201],
      ),
    )
    // The hot story while editors save other stories 20 times a second, against the ceiling: a bare
    // express server returning the same bytes (tests/bench/ceiling.ts), measured the same way.
    const storyFile = path.join(server.work, 'story.json')
    fs.writeFileSync(
      storyFile,
      Buffer.from(await (await fetch(`${base}/api/articles/slug/${STORY_SLUG}`)).arrayBuffer()),
    )
    const ceilingPort = await freePort()
    const ceiling = server.node('tests/bench/ceiling.ts', [storyFile, String(ceilingPort)])
    try {
      await waitFor(`http://127.0.0.1:${ceilingPort}/story`)
      rows.push(
        await measure('ceiling: bare express, the same bytes', {
          url: `http://127.0.0.1:${ceilingPort}/story`,
        }),
      )
    } finally {
      await stopProcess(ceiling)
    }
    // Open loop: a save starts every 50 ms whatever the last one took (at most 20 in flight), as editors' saves arrive.
    let started = 0
    let saved = 0
    let inFlight = 0
    const saves = setInterval(() => {
      if (inFlight >= 20) {
        return
      }
      inFlight++
      const id = others[started++ % others.length]
      // depth=0, as the admin saves (the answer is the saved document, not its quotes and sources).
      fetch(`${base}/api/articles/${id}?depth=0`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...editor },
        body: JSON.stringify({ dek: `Edited ${Date.now()}`, _status: 'published' }),
      })
        .then(async (res) => {
          await res.arrayBuffer()
          if (res.ok) {
            saved++
          }
        })
        .catch(() => {})
        .finally(() => inFlight--)
    }, 50)
    const savingSince = Date.now()
    try {
      rows.push(
        await measure('delivery, hit, while other stories are saved', {
          url: `${base}/api/articles/slug/${STORY_SLUG}`,
        }),
      )
    } finally {
      clearInterval(saves)
    }
    rows.at(-1)!.name += ` (${(saved / ((Date.now() - savingSince) / 1000)).toFixed(1)} saves/s)`
    const [ceilingRow, underSaves] = [rows.at(-2)!, rows.at(-1)!]
    console.log(
      `  hot story under saves / ceiling: ${(underSaves.rps / ceilingRow.rps).toFixed(2)}×`,
    )

    // The seed on a database that already holds the corpus: what `npm run seed` costs a newsroom.
    const seedStarted = Date.now()
    const seed = spawnSync(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'seed/index.ts'],
      { cwd: projectRoot, env: server.env, encoding: 'utf8' },
    )
    if (seed.status !== 0) {
      throw new Error(`seed failed:\n${seed.stdout}\n${seed.stderr}`)
    }
    return { generated, seedSeconds: (Date.now() - seedStarted) / 1000, rows, miss }
  } finally {
    await server.stop()
  }
}

export const runCorpusBench = async (
  sizes: number[],
  { postgres, missOnly = false }: { postgres: boolean; missOnly?: boolean },
) => {
  const label = postgres ? 'PostgreSQL' : 'SQLite'
  console.log(
    `\nCorpus benchmark on ${label}: N = ${sizes.join(', ')}; autocannon ${CONNECTIONS} connections, ${SECONDS} s per figure`,
  )
  const results: { n: number; result: Awaited<ReturnType<typeof benchOne>> }[] = []
  for (const n of sizes) {
    let database: { uri: string; cleanup: () => Promise<void> } | undefined
    if (postgres) {
      const serverUri = postgresServer()
      if (!serverUri) {
        throw new Error(
          '--postgres needs TEST_DATABASE_URI=postgres://… (bash tests/postgres.sh exec npm run bench -- --corpus … --postgres)',
        )
      }
      database = freshPostgresDatabase(serverUri)
    }
    try {
      results.push({ n, result: await benchOne(n, database?.uri, missOnly) })
    } finally {
      await database?.cleanup()
    }
  }
  const names = results[0].result.rows.map((row) => row.name)
  const header = [
    'req/s (p99 ms)',
    ...results.map(({ n }) => `N = ${n.toLocaleString('en')}`),
    `largest / smallest`,
  ]
  const table = [
    header,
    ...names.map((name, i) => {
      const cells = results.map(({ result }) => result.rows[i])
      const first = cells[0]
      const last = cells.at(-1)!
      return [
        name,
        ...cells.map(
          (cell) => `${cell.rps.toFixed(0)} (${cell.p99})${cell.bad ? ` ${cell.bad} bad` : ''}`,
        ),
        `${(last.rps / first.rps).toFixed(2)}× req/s, ${(last.p99 / Math.max(1, first.p99)).toFixed(2)}× p99`,
      ]
    }),
    ...(missOnly
      ? []
      : [
          [
            'seed on the corpus (s)',
            ...results.map(({ result }) => result.seedSeconds.toFixed(1)),
            '',
          ],
        ]),
    [
      'generating the corpus (s)',
      ...results.map(({ result }) => String(result.generated.seconds)),
      '',
    ],
    [
      '… of which its editions (s)',
      ...results.map(({ result }) => String(result.generated.editionSeconds)),
      '',
    ],
  ]
  const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)))
  console.log('')
  for (const row of table) {
    console.log(`| ${row.map((cell, i) => (cell ?? '').padEnd(widths[i])).join(' | ')} |`)
  }
  // A miss, one at a time: the latency of one, in-process and over HTTP against the bare server.
  const missHeader = [
    'one miss at a time (ms)',
    ...results.map(({ n }) => `N = ${n.toLocaleString('en')}`),
  ]
  const cell = (m: { p50: number; p99: number }) => `${m.p50} / ${m.p99}`
  const missTable = [
    missHeader,
    [
      'servedStory() in-process, p50 / p99',
      ...results.map(({ result }) => cell(result.miss.inProcess)),
    ],
    [
      'SQL statements a miss (statements × misses)',
      ...results.map(({ result }) =>
        Object.entries(result.miss.inProcess.queries.misses)
          .map(([count, misses]) => `${count} × ${misses}`)
          .join(', '),
      ),
    ],
    ['HTTP, the app, p50 / p99', ...results.map(({ result }) => cell(result.miss.http))],
    [
      'HTTP, routing alone (anonymous /api/users/me), p50 / p99',
      ...results.map(({ result }) => cell(result.miss.routing)),
    ],
    [
      'HTTP, bare server, same bytes, p50 / p99',
      ...results.map(({ result }) => cell(result.miss.ceiling)),
    ],
    [
      'app / bare server, p50 / p99',
      ...results.map(
        ({ result: { miss } }) =>
          `${(miss.http.p50 / miss.ceiling.p50).toFixed(1)}× / ${(miss.http.p99 / miss.ceiling.p99).toFixed(1)}×`,
      ),
    ],
  ]
  const missWidths = missHeader.map((_, i) =>
    Math.max(...missTable.map((row) => (row[i] ?? '').length)),
  )
  console.log('')
  for (const row of missTable) {
    console.log(`| ${row.map((c, i) => (c ?? '').padEnd(missWidths[i])).join(' | ')} |`)
  }
  recordCorpusFigures(postgres ? 'postgres' : 'sqlite', {
    date: new Date().toISOString().slice(0, 10),
    machine: machineDescription(),
    seconds: SECONDS,
    connections: CONNECTIONS,
    sizes: results.map(({ n, result }) => ({
      n,
      surfaces: result.rows.map((row) => ({
        name: surfaceName(row.name),
        rps: Math.round(row.rps),
        p50: row.p50,
        p99: row.p99,
        bad: row.bad,
      })),
    })),
  })
  console.log(`\nThe SQL one miss sends (${label}):`)
  for (const { n, result } of results) {
    console.log(`N = ${n.toLocaleString('en')}:`)
    result.miss.inProcess.statements.forEach((statement, i) => {
      console.log(`  ${statement}\n    plan: ${result.miss.inProcess.plans[i]}`)
    })
  }
}
