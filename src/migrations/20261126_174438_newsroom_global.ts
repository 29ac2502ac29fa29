import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`newsroom\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text DEFAULT 'Newsroom' NOT NULL,
  	\`url\` text,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`logo_url\` text,
  	\`policies_corrections_url\` text,
  	\`policies_corrections_text\` text,
  	\`policies_unnamed_sources_url\` text,
  	\`policies_unnamed_sources_text\` text,
  	\`policies_verification_url\` text,
  	\`policies_verification_text\` text,
  	\`policies_ethics_url\` text,
  	\`policies_ethics_text\` text,
  	\`policies_feedback_url\` text,
  	\`policies_feedback_text\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`newsroom\`;`)
}
