/**
 * What one cache miss of the story endpoint costs the database: `servedStory()`, which the endpoint
 * (src/plugin/endpoints/articleBySlug.ts) calls on a miss exactly so (no request: committed data,
 * an anonymous reader), timed in-process and with every SQL statement counted through drizzle's
 * logger, for distinct random stories of the corpus (each read once, after a warm-up on others).
 * Run by corpus.ts on the corpus database:
 *   tsx --conditions=production tests/bench/missCost.ts <N> [count]      (DATABASE_URI says where)
 * Prints one JSON line: { count, p50, p99, max, queries: { min, max, misses }, writes, statements, plans }
 * (each statement's query plan, EXPLAIN on PostgreSQL, EXPLAIN QUERY PLAN on SQLite).
 */
import { getPayload } from 'payload'

import { servedStory } from '../../src/plugin/editions/served'
import { settingsOf } from '../../src/plugin/settings'
import { createAppConfig } from '../../src/server/config'

const N = Number(process.argv[2] || 1000)
const COUNT = Math.min(N, Number(process.argv[3] || 500))
const WARMUP = Math.min(50, Math.max(0, N - COUNT))

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const main = async () => {
  const payload = await getPayload({
    config: createAppConfig({ overrides: { logger: { options: { level: 'warn' } } } }),
  })
  const settings = settingsOf(payload)
  // Every statement the adapter sends goes through its drizzle session's logger (outside transactions; a miss opens none).
  let statements: string[] = []
  let parameters: unknown[][] = []
  const session = (payload.db as unknown as { drizzle: { session: { logger: unknown } } }).drizzle
    .session
  session.logger = {
    logQuery: (query: string, params: unknown[]) => {
      statements.push(query)
      parameters.push(params)
    },
  }

  const order = Array.from({ length: N }, (_, k) => k)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const slugs = order.map((k) => `corpus-story-${k}`)
  for (const slug of slugs.slice(COUNT, COUNT + WARMUP)) {
    await servedStory(payload, settings, slug)
  }
  const times: number[] = []
  const counts: number[] = []
  // The statements of the miss that sent fewest (the first miss after the TTL also reads the newsroom's record).
  let example: string[] = []
  let exampleParameters: unknown[][] = []
  let writes = 0
  for (const slug of slugs.slice(0, COUNT)) {
    statements = []
    parameters = []
    const started = performance.now()
    const story = await servedStory(payload, settings, slug)
    times.push(performance.now() - started)
    if (story?.edition.slug !== slug || story.document.slug !== slug) {
      throw new Error(`${slug}: not served from its own edition`)
    }
    counts.push(statements.length)
    writes += statements.filter((sql) => !/^\s*(?:select|with)\b/i.test(sql)).length
    if (!example.length || statements.length < example.length) {
      example = statements
      exampleParameters = parameters
    }
  }
  times.sort((a, b) => a - b)
  // How the database answers each statement of that miss (its query plan, on one line).
  session.logger = { logQuery: () => {} }
  const db = payload.db as unknown as {
    client?: { execute: (q: { args: unknown[]; sql: string }) => Promise<{ rows: unknown[] }> }
    pool?: { query: (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }> }
  }
  const plans: string[] = []
  for (const [i, statement] of example.entries()) {
    const rows = db.pool
      ? (await db.pool.query(`EXPLAIN ${statement}`, exampleParameters[i])).rows
      : (
          await db.client!.execute({
            sql: `EXPLAIN QUERY PLAN ${statement}`,
            args: exampleParameters[i],
          })
        ).rows
    plans.push(
      rows
        .map((row) => {
          const values = Object.values(row as Record<string, unknown>)
          return String(values.at(-1)).trim()
        })
        .join(' | '),
    )
  }
  const round = (ms: number) => Math.round(ms * 100) / 100
  console.log(
    JSON.stringify({
      count: COUNT,
      p50: round(percentile(times, 50)),
      p99: round(percentile(times, 99)),
      max: round(times.at(-1)!),
      queries: {
        min: Math.min(...counts),
        max: Math.max(...counts),
        // How many misses sent each number of statements.
        misses: counts.reduce<Record<number, number>>(
          (tally, count) => ({ ...tally, [count]: (tally[count] ?? 0) + 1 }),
          {},
        ),
      },
      writes,
      statements: example,
      plans,
    }),
  )
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
