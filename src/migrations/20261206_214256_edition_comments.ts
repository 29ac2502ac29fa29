import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`editions\` ADD \`comments\` text;`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`comments_updated_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`comments\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`comments_updated_at\`;`)
}
