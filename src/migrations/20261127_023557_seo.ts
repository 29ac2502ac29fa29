import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_description\` text;`)
  await db.run(
    sql`ALTER TABLE \`articles\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_description\` text;`)
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`dek\` text,
  	\`byline\` text,
  	\`hero_image_id\` integer,
  	\`body\` text,
  	\`story_status\` text DEFAULT 'developing',
  	\`date_modified\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`comments_open\` integer DEFAULT true,
  	\`stage\` text DEFAULT 'draft',
  	\`assigned_editor_id\` integer,
  	\`created_by_id\` integer,
  	\`legal_sign_off_signed_by_id\` integer,
  	\`legal_sign_off_signed_at\` text,
  	\`legal_sign_off_note\` text,
  	\`legal_sign_off_fingerprint\` text,
  	\`takedown_taken_down_at\` text,
  	\`takedown_taken_down_by_id\` integer,
  	\`takedown_reason\` text,
  	\`takedown_lifted_at\` text,
  	\`takedown_lifted_by_id\` integer,
  	\`embargo_until\` text,
  	\`published_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`legal_sign_off_signed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`takedown_taken_down_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`takedown_lifted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "title", "dek", "byline", "hero_image_id", "body", "story_status", "date_modified", "generate_slug", "slug", "comments_open", "stage", "assigned_editor_id", "created_by_id", "legal_sign_off_signed_by_id", "legal_sign_off_signed_at", "legal_sign_off_note", "legal_sign_off_fingerprint", "takedown_taken_down_at", "takedown_taken_down_by_id", "takedown_reason", "takedown_lifted_at", "takedown_lifted_by_id", "embargo_until", "published_at", "created_at", "updated_at", "_status") SELECT "id", "title", "dek", "byline", "hero_image_id", "body", "story_status", "date_modified", "generate_slug", "slug", "comments_open", "stage", "assigned_editor_id", "created_by_id", "legal_sign_off_signed_by_id", "legal_sign_off_signed_at", "legal_sign_off_note", "legal_sign_off_fingerprint", "takedown_taken_down_at", "takedown_taken_down_by_id", "takedown_reason", "takedown_lifted_at", "takedown_lifted_by_id", "embargo_until", "published_at", "created_at", "updated_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_date_modified_idx\` ON \`articles\` (\`date_modified\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
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
  	\`version_hero_image_id\` integer,
  	\`version_body\` text,
  	\`version_story_status\` text DEFAULT 'developing',
  	\`version_date_modified\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_comments_open\` integer DEFAULT true,
  	\`version_stage\` text DEFAULT 'draft',
  	\`version_assigned_editor_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_legal_sign_off_signed_by_id\` integer,
  	\`version_legal_sign_off_signed_at\` text,
  	\`version_legal_sign_off_note\` text,
  	\`version_legal_sign_off_fingerprint\` text,
  	\`version_takedown_taken_down_at\` text,
  	\`version_takedown_taken_down_by_id\` integer,
  	\`version_takedown_reason\` text,
  	\`version_takedown_lifted_at\` text,
  	\`version_takedown_lifted_by_id\` integer,
  	\`version_embargo_until\` text,
  	\`version_published_at\` text,
  	\`version_created_at\` text,
  	\`version_updated_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_legal_sign_off_signed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_takedown_taken_down_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_takedown_lifted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_dek", "version_byline", "version_hero_image_id", "version_body", "version_story_status", "version_date_modified", "version_generate_slug", "version_slug", "version_comments_open", "version_stage", "version_assigned_editor_id", "version_created_by_id", "version_legal_sign_off_signed_by_id", "version_legal_sign_off_signed_at", "version_legal_sign_off_note", "version_legal_sign_off_fingerprint", "version_takedown_taken_down_at", "version_takedown_taken_down_by_id", "version_takedown_reason", "version_takedown_lifted_at", "version_takedown_lifted_by_id", "version_embargo_until", "version_published_at", "version_created_at", "version_updated_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_dek", "version_byline", "version_hero_image_id", "version_body", "version_story_status", "version_date_modified", "version_generate_slug", "version_slug", "version_comments_open", "version_stage", "version_assigned_editor_id", "version_created_by_id", "version_legal_sign_off_signed_by_id", "version_legal_sign_off_signed_at", "version_legal_sign_off_note", "version_legal_sign_off_fingerprint", "version_takedown_taken_down_at", "version_takedown_taken_down_by_id", "version_takedown_reason", "version_takedown_lifted_at", "version_takedown_lifted_by_id", "version_embargo_until", "version_published_at", "version_created_at", "version_updated_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_date_modified_idx\` ON \`_articles_v\` (\`version_date_modified\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`,
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
}
