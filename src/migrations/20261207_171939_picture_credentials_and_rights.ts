import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`digital_source_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_state\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_trusted\` integer;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_signed_by\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_signer_organisation\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_generator\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_software\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_actions\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_source_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_ingredients\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_problems\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credentials_line\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`rights_category\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`rights_restrictions\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`rights_expires_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`media_rights_rights_expires_at_idx\` ON \`media\` (\`rights_expires_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_rights_rights_expires_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`digital_source_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_state\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_trusted\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_signed_by\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_signer_organisation\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_issuer\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_generator\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_software\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_actions\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_source_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_ingredients\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_problems\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credentials_line\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`rights_category\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`rights_restrictions\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`rights_expires_at\`;`)
}
