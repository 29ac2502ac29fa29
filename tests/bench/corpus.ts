/**
 * `npm run bench -- --corpus 1000,10000,100000 [--postgres]`: how the app grows with a newsroom-sized
 * corpus. For each N: a fresh database (SQLite, or a fresh Postgres database on TEST_DATABASE_URI /
 * the cluster tests/postgres.sh starts), the production server on it (migrated, story seeded), N
 * articles generated through the database layer (corpusGenerate.ts), then each read and write a
 * newsroom does, measured with autocannon (20 connections, 2 s warm-up, BENCH_SECONDS measured).
 * Prints a table per database and how each figure grows from the smallest N to the largest.
 */
import autocannon from 'autocannon'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freePort, projectRoot } from '../helpers/appProcess'
import { freshPostgresDatabase, postgresServer } from '../helpers/databases'
import {
  startProductionServer,
  stopProcess,
  STORY_SLUG,
  waitFor,
} from '../helpers/productionServer'

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

const benchOne = async (
  n: number,
  databaseUri: string | undefined,
): Promise<{ generated: Record<string, number>; seedSeconds: number; rows: Measure[] }> => {
  const server = await startProductionServer('corpus', { databaseUri })
  const base = server.baseURL
  try {
    const generate = spawnSync(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'tests/bench/corpusGenerate.ts', String(n)],
      { cwd: projectRoot, env: server.env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
    )
    if (generate.status !== 0) {
      throw new Error(`corpus generation failed:\n${generate.stdout}\n${generate.stderr}`)
    }
    const generated = JSON.parse(generate.stdout.trim().split('\n').at(-1)!) as Record<
      string,
      number
    >
    console.log(`  N = ${n}: generated ${JSON.stringify(generated)}`)

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
    const randomStory = () => `corpus-story-${Math.floor(Math.random() * n)}`
    let posted = 0

    const rows: Measure[] = []
    rows.push(
      await measure('delivery, hit (the seeded story)', {
        url: `${base}/api/articles/slug/${STORY_SLUG}`,
      }),
    )
    rows.push(
      await measure('delivery, miss (a random story of N; first reads build it)', {
        url: base,
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              path: `/api/articles/slug/${randomStory()}`,
            }),
          },
        ],
      }),
    )
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
    const others = (
      (await (
        await fetch(
          `${base}/api/articles?where[slug][not_equals]=${STORY_SLUG}&limit=200&depth=0&select[slug]=true`,
          { headers: editor },
        )
      ).json()) as { docs: { id: number }[] }
    ).docs.map((doc) => doc.id)
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
    return { generated, seedSeconds: (Date.now() - seedStarted) / 1000, rows }
  } finally {
    await server.stop()
  }
}

export const runCorpusBench = async (sizes: number[], { postgres }: { postgres: boolean }) => {
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
      results.push({ n, result: await benchOne(n, database?.uri) })
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
    ['seed on the corpus (s)', ...results.map(({ result }) => result.seedSeconds.toFixed(1)), ''],
    [
      'generating the corpus (s)',
      ...results.map(({ result }) => String(result.generated.seconds)),
      '',
    ],
  ]
  const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)))
  console.log('')
  for (const row of table) {
    console.log(`| ${row.map((cell, i) => (cell ?? '').padEnd(widths[i])).join(' | ')} |`)
  }
}
