/**
 * Search's tables at start, and kept from schema pushes: they are the plugin's own (searchIndex.ts),
 * not Payload's, so a push (the tests', a host's `payload dev` with `push: true`) would otherwise
 * read them as tables to drop.
 */
import type { Config } from 'payload'

import type { NewsroomSettings } from '../options'

import { registerSearch } from '../search/searchAnswers'
import { ensureSearchIndex, SEARCH_TABLES } from '../search/searchIndex'
import { searchStories } from '../search/searchQuery'

/** After the host's onInit (and the plugin's own): the search tables there, filled if empty, and the search a server in front of Payload runs. */
export const withSearchIndex =
  (onInit: Config['onInit'], settings: NewsroomSettings): NonNullable<Config['onInit']> =>
  async (payload) => {
    await onInit?.(payload)
    await ensureSearchIndex(payload, settings)
    if (settings.search) {
      const { pageSize } = settings.search
      registerSearch({
        run: (params) => searchStories(payload, settings, params),
        pageSize,
        path: `${payload.config.routes.api}/search`,
      })
    }
  }

type PushResult = {
  apply: () => Promise<void>
  hasDataLoss: boolean
  statementsToExecute: string[]
  warnings: string[]
}
type DrizzleKit = { pushSchema: (...args: unknown[]) => Promise<PushResult> } & Record<
  string,
  unknown
>
type DrizzleAdapter = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  requireDrizzleKit?: () => DrizzleKit
}

/**
 * A drizzle adapter whose schema pushes leave the search tables alone: drizzle-kit knows only
 * Payload's schema and would drop them (SQLite's FTS5 table cannot even be dropped in its order).
 * The statements and warnings naming them are taken out; the rest is applied as drizzle-kit would.
 */
const keepingSearchTables = (adapter: DrizzleAdapter) => {
  const requireDrizzleKit = adapter.requireDrizzleKit?.bind(adapter)
  if (!requireDrizzleKit) {
    return adapter
  }
  adapter.requireDrizzleKit = () => {
    const kit = requireDrizzleKit()
    return {
      ...kit,
      pushSchema: async (...args: unknown[]) => {
        const result = await kit.pushSchema(...args)
        const statementsToExecute = result.statementsToExecute.filter(
          (statement) => !SEARCH_TABLES.test(statement),
        )
        const warnings = result.warnings.filter((warning) => !SEARCH_TABLES.test(warning))
        if (statementsToExecute.length === result.statementsToExecute.length) {
          return result
        }
        return {
          statementsToExecute,
          warnings,
          hasDataLoss: result.hasDataLoss && warnings.length > 0,
          apply: async () => {
            for (const raw of statementsToExecute) {
              await adapter.execute({ drizzle: adapter.drizzle, raw })
            }
          },
        }
      },
    }
  }
  return adapter
}

/** The host's database adapter, its instance's pushes keeping the search tables. */
export const withSearchTablesKept = (db: Config['db']): Config['db'] =>
  db && typeof db.init === 'function'
    ? {
        ...db,
        init: (args) => keepingSearchTables(db.init(args) as never) as never,
      }
    : db
