import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { recordEditionsOfPublishedStories, settingsOf } from 'newsroom-payload'

/**
 * Data for editions (hand-written: schema migrations are generated): every story already published
 * gets its first edition, what readers get of it now, and every current edition the story's comments,
 * so a story is served as a published record in one read from here on.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await recordEditionsOfPublishedStories(payload, settingsOf(payload), { ...req, payload })
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The schema migrations before this one drop what it filled.
}
