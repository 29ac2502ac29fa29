import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { authorsFromTextBylines, settingsOf } from 'newsroom-payload'

/**
 * Data for authors (hand-written: schema migrations are generated): every story's text byline becomes
 * its authors, credited "written by", on the published row and the latest draft.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await authorsFromTextBylines({ ...req, payload }, settingsOf(payload))
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The schema migration before this one drops the tables it filled; the text bylines were kept where they said more.
}
