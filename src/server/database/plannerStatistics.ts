import type { DatabaseAdapterObj } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

type Adapter = {
  connect?: (options?: { hotReload?: boolean }) => Promise<void>
  drizzle: { run: (query: unknown) => Promise<unknown> }
  payload: { logger: { debug: (message: string) => void } }
}

/** How often the statistics are sampled again while the app runs. */
const EVERY_MS = 60 * 60 * 1000

/**
 * SQLite's query planner guesses without statistics, and at 100,000 stories it guessed wrong (a
 * batch of stories by slug walked every published story through the status index: 880 ms instead of
 * 1 ms). So the statistics are sampled when the app connects and every hour: a sampled `ANALYZE`
 * (`analysis_limit`), 8 ms on 100,000 stories. PostgreSQL's autovacuum keeps its own.
 */
export const keepingPlannerStatistics = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as unknown as Adapter
    const connect = adapter.connect!
    adapter.connect = async function connectAndAnalyze(this: Adapter, options) {
      await connect.call(this, options)
      if (options?.hotReload) {
        return
      }
      const analyze = () =>
        this.drizzle
          .run(sql.raw('PRAGMA analysis_limit=1000'))
          .then(() => this.drizzle.run(sql.raw('ANALYZE')))
          // Another writer holding the database: the next round will do.
          .catch((error: unknown) =>
            this.payload.logger.debug(`Planner statistics not refreshed: ${String(error)}`),
          )
      await analyze()
      setInterval(() => void analyze(), EVERY_MS).unref()
    }
    return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})
