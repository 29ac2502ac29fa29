import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_update_log\` ADD \`headline\` text;`)
  await db.run(sql`ALTER TABLE \`articles_update_log\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`articles_update_log\` ADD \`key_event\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles_update_log\` ADD \`pinned\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`editors_note\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_update_log\` ADD \`headline\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_update_log\` ADD \`body\` text;`)
  await db.run(
    sql`ALTER TABLE \`_articles_v_version_update_log\` ADD \`key_event\` integer DEFAULT false;`,
  )
  await db.run(
    sql`ALTER TABLE \`_articles_v_version_update_log\` ADD \`pinned\` integer DEFAULT false;`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_editors_note\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_update_log\` DROP COLUMN \`headline\`;`)
  await db.run(sql`ALTER TABLE \`articles_update_log\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`articles_update_log\` DROP COLUMN \`key_event\`;`)
  await db.run(sql`ALTER TABLE \`articles_update_log\` DROP COLUMN \`pinned\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`editors_note\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_update_log\` DROP COLUMN \`headline\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_update_log\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_update_log\` DROP COLUMN \`key_event\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_update_log\` DROP COLUMN \`pinned\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_editors_note\`;`)
}
