/**
 * A cache miss measured three ways, each story read once: `servedStory()` in-process (missCost.ts),
 * one request at a time over HTTP against the bare server sending the same bytes, and under load.
 */
import fs from 'node:fs'
import path from 'node:path'

import { freePort } from '../../helpers/appProcess'
import {
  type ProductionServer,
  stopProcess,
  STORY_SLUG,
  waitFor,
} from '../../helpers/productionServer'
import { type Measure, measure } from './load'
import { runScript } from './scripts'
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

const storyPath = (k: number) => `/api/articles/slug/corpus-story-${k}`

/** The in-process and one-at-a-time figures; and the stories they did not read, in a random order, for the misses under load. */
export const measureMisses = async (
  server: ProductionServer,
  n: number,
): Promise<{ miss: MissFigures; rest: number[] }> => {
  const base = server.baseURL
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
  return { miss, rest }
}

/** Delivery under load: the seeded story (a hit), then the stories `measureMisses` left, each a miss until all have been read. */
export const measureDeliveryUnderLoad = async (base: string, rest: number[]) => {
  let next = 0
  let fromCache = 0
  let answered = 0

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
  return rows
}
