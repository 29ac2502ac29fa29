import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freePort, projectRoot } from '../../helpers/appProcess'
import {
  startProductionServer,
  stopProcess,
  STORY_SLUG,
  waitFor,
} from '../../helpers/productionServer'
/** One corpus size measured: a fresh server, the corpus generated, a miss's cost three ways, then each read and write a newsroom does. */
import { commentPost } from '../commentPost'
import { type Measure, measure } from './load'
import { type Sequential, sequential } from './sequential'

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

export const benchOne = async (
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
              setupRequest: (request) =>
                commentPost(request, ++posted, story, {
                  name: 'Corpus reader',
                  email: 'corpus',
                  body: 'Comment',
                }),
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
