import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sources\` ADD \`provenance_verification_method\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`provenance_rights\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`provenance_filmed_by\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`provenance_original_url\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`provenance_verified_by\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`provenance_verification_method\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`provenance_rights\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`provenance_filmed_by\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`provenance_original_url\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`provenance_verified_by\`;`)
}
