import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Data for editions (hand-written: schema migrations are generated): every story already published
 * gets its first edition, what readers get of it now, so it is served as a published record from here on.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {
  // Moved to the edition_comments data migration, which runs once editions can keep comments (the
  // edition written here would need that column): a database that already ran this one has its editions.
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The schema migration before this one drops the table.
}
