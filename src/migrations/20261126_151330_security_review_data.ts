import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'
import { refreshAllCitations, withDefaults } from 'newsroom-payload'

/**
 * Data for the security review's schema (hand-written: schema migrations are generated).
 * - An anonymous source keeps no public name: a name stored before is moved into its true identity.
 * - Readers see quotes and sources only while a published body cites them: `publishedIn` is filled
 *   from every article's published text.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`
    UPDATE sources
    SET anonymity_true_identity = COALESCE(anonymity_true_identity || char(10), '') || 'Name on record before the source was made anonymous: ' || trim(name),
        name = NULL
    WHERE kind = 'anonymous' AND name IS NOT NULL AND trim(name) <> ''`)
  await refreshAllCitations({ ...req, payload }, withDefaults())
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The schema migration before this one drops the columns; names moved into true identities stay there.
  await db.run(sql`SELECT 1`)
}
