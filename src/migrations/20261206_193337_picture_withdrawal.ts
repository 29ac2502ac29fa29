import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`withdrawn\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`withdrawn_reason\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`CREATE INDEX \`media_withdrawn_idx\` ON \`media\` (\`withdrawn\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_withdrawn_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`withdrawn\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`withdrawn_reason\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`withdrawn_at\`;`)
}
