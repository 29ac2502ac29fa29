import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { refreshAllQuoteLabels, withDefaults } from 'newsroom-payload'

/**
 * Data for the quotes' titles (hand-written: schema migrations are generated): every quote gets the
 * staff-only title the quote picker shows (speaker, words, story).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await refreshAllQuoteLabels({ ...req, payload }, withDefaults())
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The schema migration before this one drops the column.
}
