import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`articles_id_status_date_modified_idx\` ON \`articles\` (\`id\`,\`_status\`,\`date_modified\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_texts_text_parent_path_idx\` ON \`articles_texts\` (\`text\`,\`parent_id\`,\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_texts_text_parent_path_idx\` ON \`_articles_v_texts\` (\`text\`,\`parent_id\`,\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`status_createdAt_idx\` ON \`comments\` (\`status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`parent_createdAt_idx\` ON \`comments\` (\`parent_id\`,\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_id_status_date_modified_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_texts_text_parent_path_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_texts_text_parent_path_idx\`;`)
  await db.run(sql`DROP INDEX \`status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`parent_createdAt_idx\`;`)
}
