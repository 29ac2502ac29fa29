import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

/**
 * Generated, then edited by hand: SQLite's ALTER TABLE … ADD keeps a column's REFERENCES with its
 * ON DELETE action only when the statement says it, and drizzle-kit leaves it out; the actions below
 * are the ones the schema defines (tests/integration/migrations.test.ts compares). Rebuilding the
 * articles table instead would cascade the DROP to its comments and versions.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_stage_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`moved_by_id\` integer,
  	\`moved_at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`moved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`articles_stage_history_order_idx\` ON \`articles_stage_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_stage_history_parent_id_idx\` ON \`articles_stage_history\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_stage_history_moved_by_idx\` ON \`articles_stage_history\` (\`moved_by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v_version_stage_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`moved_by_id\` integer,
  	\`moved_at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`moved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_stage_history_order_idx\` ON \`_articles_v_version_stage_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_stage_history_parent_id_idx\` ON \`_articles_v_version_stage_history\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_stage_history_moved_by_idx\` ON \`_articles_v_version_stage_history\` (\`moved_by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`editorial_notes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`text\` text NOT NULL,
  	\`resolved\` integer DEFAULT false,
  	\`author_id\` integer,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`editorial_notes_article_idx\` ON \`editorial_notes\` (\`article_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editorial_notes_resolved_idx\` ON \`editorial_notes\` (\`resolved\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editorial_notes_author_idx\` ON \`editorial_notes\` (\`author_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editorial_notes_created_at_idx\` ON \`editorial_notes\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editorial_notes_updated_at_idx\` ON \`editorial_notes\` (\`updated_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`articles\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(
    sql`ALTER TABLE \`articles\` ADD \`assigned_editor_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`ALTER TABLE \`articles\` ADD \`created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`ALTER TABLE \`articles\` ADD \`legal_sign_off_signed_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`ALTER TABLE \`articles\` ADD \`legal_sign_off_signed_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`legal_sign_off_note\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`legal_sign_off_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`takedown_taken_down_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`articles\` ADD \`takedown_taken_down_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`ALTER TABLE \`articles\` ADD \`takedown_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`takedown_lifted_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`articles\` ADD \`takedown_lifted_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`articles_stage_idx\` ON \`articles\` (\`stage\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_assigned_editor_idx\` ON \`articles\` (\`assigned_editor_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_legal_sign_off_legal_sign_off_signed_by_idx\` ON \`articles\` (\`legal_sign_off_signed_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_takedown_takedown_taken_down_by_idx\` ON \`articles\` (\`takedown_taken_down_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_takedown_takedown_lifted_by_idx\` ON \`articles\` (\`takedown_lifted_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_assigned_editor_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_legal_sign_off_signed_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_legal_sign_off_signed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_legal_sign_off_note\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_legal_sign_off_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_takedown_taken_down_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_takedown_taken_down_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_takedown_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_takedown_lifted_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_takedown_lifted_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_stage_idx\` ON \`_articles_v\` (\`version_stage\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_assigned_editor_idx\` ON \`_articles_v\` (\`version_assigned_editor_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_legal_sign_off_version_legal_sign_of_idx\` ON \`_articles_v\` (\`version_legal_sign_off_signed_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_takedown_version_takedown_taken_down_idx\` ON \`_articles_v\` (\`version_takedown_taken_down_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_takedown_version_takedown_lifted_by_idx\` ON \`_articles_v\` (\`version_takedown_lifted_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`editorial_notes_id\` integer REFERENCES editorial_notes(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_editorial_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_notes_id\`);`,
  )
  // Data: stories already out are in the workflow's last stage.
  await db.run(
    sql`UPDATE \`articles\` SET \`stage\` = 'published' WHERE \`_status\` = 'published';`,
  )
  await db.run(
    sql`UPDATE \`_articles_v\` SET \`version_stage\` = 'published' WHERE \`version__status\` = 'published';`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_stage_history\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_stage_history\`;`)
  await db.run(sql`DROP TABLE \`editorial_notes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`dek\` text,
  	\`byline\` text,
  	\`body\` text,
  	\`story_status\` text DEFAULT 'developing',
  	\`date_modified\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`comments_open\` integer DEFAULT true,
  	\`embargo_until\` text,
  	\`published_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "title", "dek", "byline", "body", "story_status", "date_modified", "generate_slug", "slug", "comments_open", "embargo_until", "published_at", "created_at", "updated_at", "_status") SELECT "id", "title", "dek", "byline", "body", "story_status", "date_modified", "generate_slug", "slug", "comments_open", "embargo_until", "published_at", "created_at", "updated_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`articles_date_modified_idx\` ON \`articles\` (\`date_modified\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_embargo_until_idx\` ON \`articles\` (\`embargo_until\`);`,
  )
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_status_date_modified_idx\` ON \`articles\` (\`_status\`,\`date_modified\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_dek\` text,
  	\`version_byline\` text,
  	\`version_body\` text,
  	\`version_story_status\` text DEFAULT 'developing',
  	\`version_date_modified\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_comments_open\` integer DEFAULT true,
  	\`version_embargo_until\` text,
  	\`version_published_at\` text,
  	\`version_created_at\` text,
  	\`version_updated_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_dek", "version_byline", "version_body", "version_story_status", "version_date_modified", "version_generate_slug", "version_slug", "version_comments_open", "version_embargo_until", "version_published_at", "version_created_at", "version_updated_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_dek", "version_byline", "version_body", "version_story_status", "version_date_modified", "version_generate_slug", "version_slug", "version_comments_open", "version_embargo_until", "version_published_at", "version_created_at", "version_updated_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_date_modified_idx\` ON \`_articles_v\` (\`version_date_modified\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_embargo_until_idx\` ON \`_articles_v\` (\`version_embargo_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_latest_updated_idx\` ON \`_articles_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_slug_latest_idx\` ON \`_articles_v\` (\`version_slug\`,\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`articles_id\` integer,
  	\`sources_id\` integer,
  	\`quotes_id\` integer,
  	\`comments_id\` integer,
  	\`comment_reports_id\` integer,
  	\`error_reports_id\` integer,
  	\`webhooks_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_reports_id\`) REFERENCES \`comment_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`error_reports_id\`) REFERENCES \`error_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "articles_id", "sources_id", "quotes_id", "comments_id", "comment_reports_id", "error_reports_id", "webhooks_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "users_id", "articles_id", "sources_id", "quotes_id", "comments_id", "comment_reports_id", "error_reports_id", "webhooks_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`quotes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comment_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_error_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`error_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`,
  )
}
