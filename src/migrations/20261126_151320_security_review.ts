import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sources_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_rels_order_idx\` ON \`sources_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sources_rels_parent_idx\` ON \`sources_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_rels_path_idx\` ON \`sources_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`sources_rels_articles_id_idx\` ON \`sources_rels\` (\`articles_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`quotes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quotes_rels_order_idx\` ON \`quotes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quotes_rels_parent_idx\` ON \`quotes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_rels_path_idx\` ON \`quotes_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`quotes_rels_articles_id_idx\` ON \`quotes_rels\` (\`articles_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`comments\` ADD \`email_key\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`posted_by_staff\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`comments_email_key_idx\` ON \`comments\` (\`email_key\`);`)
  await db.run(sql`ALTER TABLE \`error_reports\` ADD \`email_key\` text;`)
  await db.run(
    sql`CREATE INDEX \`error_reports_email_key_idx\` ON \`error_reports\` (\`email_key\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sources_rels\`;`)
  await db.run(sql`DROP TABLE \`quotes_rels\`;`)
  await db.run(sql`DROP INDEX \`comments_email_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`email_key\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`posted_by_staff\`;`)
  await db.run(sql`DROP INDEX \`error_reports_email_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`error_reports\` DROP COLUMN \`email_key\`;`)
}
