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
import { freshPostgresDatabase, postgresServer } from '../helpers/databases'
import { benchOne } from './corpus/benchOne'
import { CONNECTIONS, SECONDS } from './corpus/load'
import { reportCorpusBench } from './corpus/report'

export type { MissFigures } from './corpus/misses'

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
      // BENCH_KEEP_DATABASE=1: the corpus stays, to read its query plans afterwards.
      if (process.env.BENCH_KEEP_DATABASE === '1' && database) {
        console.log(`  kept the corpus's database: ${database.uri}`)
      } else {
        await database?.cleanup()
      }
    }
  }
  reportCorpusBench(results, { postgres, missOnly, label })
}
