import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_stage_history_stage" AS ENUM('draft', 'in-edit', 'legal-review', 'ready', 'published');
  CREATE TYPE "public"."enum_articles_stage" AS ENUM('draft', 'in-edit', 'legal-review', 'ready', 'published');
  CREATE TYPE "public"."enum__articles_v_version_stage_history_stage" AS ENUM('draft', 'in-edit', 'legal-review', 'ready', 'published');
  CREATE TYPE "public"."enum__articles_v_version_stage" AS ENUM('draft', 'in-edit', 'legal-review', 'ready', 'published');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'reporter' BEFORE 'moderator';
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'legal' BEFORE 'moderator';
  ALTER TYPE "public"."enum_articles_update_log_type" ADD VALUE 'retraction';
  ALTER TYPE "public"."enum__articles_v_version_update_log_type" ADD VALUE 'retraction';
  ALTER TYPE "public"."enum_webhooks_events" ADD VALUE 'article.retracted' BEFORE 'comment.approved';
  ALTER TYPE "public"."enum_webhooks_events" ADD VALUE 'article.taken-down' BEFORE 'comment.approved';
  ALTER TYPE "public"."enum_webhook_deliveries_event" ADD VALUE 'article.retracted' BEFORE 'comment.approved';
  ALTER TYPE "public"."enum_webhook_deliveries_event" ADD VALUE 'article.taken-down' BEFORE 'comment.approved';
  CREATE TABLE "articles_stage_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_articles_stage_history_stage",
  	"moved_by_id" integer,
  	"moved_at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_articles_v_version_stage_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" "enum__articles_v_version_stage_history_stage",
  	"moved_by_id" integer,
  	"moved_at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "editorial_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"text" varchar NOT NULL,
  	"resolved" boolean DEFAULT false,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "stage" "enum_articles_stage" DEFAULT 'draft';
  ALTER TABLE "articles" ADD COLUMN "assigned_editor_id" integer;
  ALTER TABLE "articles" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "legal_sign_off_signed_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "legal_sign_off_signed_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "legal_sign_off_note" varchar;
  ALTER TABLE "articles" ADD COLUMN "legal_sign_off_fingerprint" varchar;
  ALTER TABLE "articles" ADD COLUMN "takedown_taken_down_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "takedown_taken_down_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "takedown_reason" varchar;
  ALTER TABLE "articles" ADD COLUMN "takedown_lifted_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "takedown_lifted_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_stage" "enum__articles_v_version_stage" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_assigned_editor_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_legal_sign_off_signed_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_legal_sign_off_signed_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_legal_sign_off_note" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_legal_sign_off_fingerprint" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_takedown_taken_down_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_takedown_taken_down_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_takedown_reason" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_takedown_lifted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_takedown_lifted_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "editorial_notes_id" integer;
  ALTER TABLE "articles_stage_history" ADD CONSTRAINT "articles_stage_history_moved_by_id_users_id_fk" FOREIGN KEY ("moved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_stage_history" ADD CONSTRAINT "articles_stage_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_stage_history" ADD CONSTRAINT "_articles_v_version_stage_history_moved_by_id_users_id_fk" FOREIGN KEY ("moved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_stage_history" ADD CONSTRAINT "_articles_v_version_stage_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_notes" ADD CONSTRAINT "editorial_notes_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_notes" ADD CONSTRAINT "editorial_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_stage_history_order_idx" ON "articles_stage_history" USING btree ("_order");
  CREATE INDEX "articles_stage_history_parent_id_idx" ON "articles_stage_history" USING btree ("_parent_id");
  CREATE INDEX "articles_stage_history_moved_by_idx" ON "articles_stage_history" USING btree ("moved_by_id");
  CREATE INDEX "_articles_v_version_stage_history_order_idx" ON "_articles_v_version_stage_history" USING btree ("_order");
  CREATE INDEX "_articles_v_version_stage_history_parent_id_idx" ON "_articles_v_version_stage_history" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_stage_history_moved_by_idx" ON "_articles_v_version_stage_history" USING btree ("moved_by_id");
  CREATE INDEX "editorial_notes_article_idx" ON "editorial_notes" USING btree ("article_id");
  CREATE INDEX "editorial_notes_resolved_idx" ON "editorial_notes" USING btree ("resolved");
  CREATE INDEX "editorial_notes_author_idx" ON "editorial_notes" USING btree ("author_id");
  CREATE INDEX "editorial_notes_created_at_idx" ON "editorial_notes" USING btree ("created_at");
  CREATE INDEX "editorial_notes_updated_at_idx" ON "editorial_notes" USING btree ("updated_at");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_assigned_editor_id_users_id_fk" FOREIGN KEY ("assigned_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_legal_sign_off_signed_by_id_users_id_fk" FOREIGN KEY ("legal_sign_off_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_takedown_taken_down_by_id_users_id_fk" FOREIGN KEY ("takedown_taken_down_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_takedown_lifted_by_id_users_id_fk" FOREIGN KEY ("takedown_lifted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_assigned_editor_id_users_id_fk" FOREIGN KEY ("version_assigned_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_legal_sign_off_signed_by_id_users_id_fk" FOREIGN KEY ("version_legal_sign_off_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_takedown_taken_down_by_id_users_id_fk" FOREIGN KEY ("version_takedown_taken_down_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_takedown_lifted_by_id_users_id_fk" FOREIGN KEY ("version_takedown_lifted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editorial_notes_fk" FOREIGN KEY ("editorial_notes_id") REFERENCES "public"."editorial_notes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_stage_idx" ON "articles" USING btree ("stage");
  CREATE INDEX "articles_assigned_editor_idx" ON "articles" USING btree ("assigned_editor_id");
  CREATE INDEX "articles_created_by_idx" ON "articles" USING btree ("created_by_id");
  CREATE INDEX "articles_legal_sign_off_legal_sign_off_signed_by_idx" ON "articles" USING btree ("legal_sign_off_signed_by_id");
  CREATE INDEX "articles_takedown_takedown_taken_down_by_idx" ON "articles" USING btree ("takedown_taken_down_by_id");
  CREATE INDEX "articles_takedown_takedown_lifted_by_idx" ON "articles" USING btree ("takedown_lifted_by_id");
  CREATE INDEX "_articles_v_version_version_stage_idx" ON "_articles_v" USING btree ("version_stage");
  CREATE INDEX "_articles_v_version_version_assigned_editor_idx" ON "_articles_v" USING btree ("version_assigned_editor_id");
  CREATE INDEX "_articles_v_version_version_created_by_idx" ON "_articles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_articles_v_version_legal_sign_off_version_legal_sign_of_idx" ON "_articles_v" USING btree ("version_legal_sign_off_signed_by_id");
  CREATE INDEX "_articles_v_version_takedown_version_takedown_taken_down_idx" ON "_articles_v" USING btree ("version_takedown_taken_down_by_id");
  CREATE INDEX "_articles_v_version_takedown_version_takedown_lifted_by_idx" ON "_articles_v" USING btree ("version_takedown_lifted_by_id");
  CREATE INDEX "payload_locked_documents_rels_editorial_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("editorial_notes_id");`)
  // Data: stories already out are in the workflow's last stage.
  await db.execute(sql`UPDATE "articles" SET "stage" = 'published' WHERE "_status" = 'published';`)
  await db.execute(
    sql`UPDATE "_articles_v" SET "version_stage" = 'published' WHERE "version__status" = 'published';`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_stage_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_stage_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_notes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_stage_history" CASCADE;
  DROP TABLE "_articles_v_version_stage_history" CASCADE;
  DROP TABLE "editorial_notes" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_assigned_editor_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_created_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_legal_sign_off_signed_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_takedown_taken_down_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_takedown_lifted_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_assigned_editor_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_legal_sign_off_signed_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_takedown_taken_down_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_takedown_lifted_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_editorial_notes_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'moderator');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "articles_update_log" ALTER COLUMN "type" SET DATA TYPE text;
  ALTER TABLE "articles_update_log" ALTER COLUMN "type" SET DEFAULT 'update'::text;
  DROP TYPE "public"."enum_articles_update_log_type";
  CREATE TYPE "public"."enum_articles_update_log_type" AS ENUM('update', 'correction', 'clarification');
  ALTER TABLE "articles_update_log" ALTER COLUMN "type" SET DEFAULT 'update'::"public"."enum_articles_update_log_type";
  ALTER TABLE "articles_update_log" ALTER COLUMN "type" SET DATA TYPE "public"."enum_articles_update_log_type" USING "type"::"public"."enum_articles_update_log_type";
  ALTER TABLE "_articles_v_version_update_log" ALTER COLUMN "type" SET DATA TYPE text;
  ALTER TABLE "_articles_v_version_update_log" ALTER COLUMN "type" SET DEFAULT 'update'::text;
  DROP TYPE "public"."enum__articles_v_version_update_log_type";
  CREATE TYPE "public"."enum__articles_v_version_update_log_type" AS ENUM('update', 'correction', 'clarification');
  ALTER TABLE "_articles_v_version_update_log" ALTER COLUMN "type" SET DEFAULT 'update'::"public"."enum__articles_v_version_update_log_type";
  ALTER TABLE "_articles_v_version_update_log" ALTER COLUMN "type" SET DATA TYPE "public"."enum__articles_v_version_update_log_type" USING "type"::"public"."enum__articles_v_version_update_log_type";
  ALTER TABLE "webhooks_events" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhooks_events";
  CREATE TYPE "public"."enum_webhooks_events" AS ENUM('article.published', 'article.updated', 'article.corrected', 'article.unpublished', 'article.deleted', 'comment.approved');
  ALTER TABLE "webhooks_events" ALTER COLUMN "value" SET DATA TYPE "public"."enum_webhooks_events" USING "value"::"public"."enum_webhooks_events";
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhook_deliveries_event";
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('article.published', 'article.updated', 'article.corrected', 'article.unpublished', 'article.deleted', 'comment.approved');
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "event" SET DATA TYPE "public"."enum_webhook_deliveries_event" USING "event"::"public"."enum_webhook_deliveries_event";
  DROP INDEX "articles_stage_idx";
  DROP INDEX "articles_assigned_editor_idx";
  DROP INDEX "articles_created_by_idx";
  DROP INDEX "articles_legal_sign_off_legal_sign_off_signed_by_idx";
  DROP INDEX "articles_takedown_takedown_taken_down_by_idx";
  DROP INDEX "articles_takedown_takedown_lifted_by_idx";
  DROP INDEX "_articles_v_version_version_stage_idx";
  DROP INDEX "_articles_v_version_version_assigned_editor_idx";
  DROP INDEX "_articles_v_version_version_created_by_idx";
  DROP INDEX "_articles_v_version_legal_sign_off_version_legal_sign_of_idx";
  DROP INDEX "_articles_v_version_takedown_version_takedown_taken_down_idx";
  DROP INDEX "_articles_v_version_takedown_version_takedown_lifted_by_idx";
  DROP INDEX "payload_locked_documents_rels_editorial_notes_id_idx";
  ALTER TABLE "articles" DROP COLUMN "stage";
  ALTER TABLE "articles" DROP COLUMN "assigned_editor_id";
  ALTER TABLE "articles" DROP COLUMN "created_by_id";
  ALTER TABLE "articles" DROP COLUMN "legal_sign_off_signed_by_id";
  ALTER TABLE "articles" DROP COLUMN "legal_sign_off_signed_at";
  ALTER TABLE "articles" DROP COLUMN "legal_sign_off_note";
  ALTER TABLE "articles" DROP COLUMN "legal_sign_off_fingerprint";
  ALTER TABLE "articles" DROP COLUMN "takedown_taken_down_at";
  ALTER TABLE "articles" DROP COLUMN "takedown_taken_down_by_id";
  ALTER TABLE "articles" DROP COLUMN "takedown_reason";
  ALTER TABLE "articles" DROP COLUMN "takedown_lifted_at";
  ALTER TABLE "articles" DROP COLUMN "takedown_lifted_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_stage";
  ALTER TABLE "_articles_v" DROP COLUMN "version_assigned_editor_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_legal_sign_off_signed_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_legal_sign_off_signed_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_legal_sign_off_note";
  ALTER TABLE "_articles_v" DROP COLUMN "version_legal_sign_off_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_takedown_taken_down_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_takedown_taken_down_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_takedown_reason";
  ALTER TABLE "_articles_v" DROP COLUMN "version_takedown_lifted_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_takedown_lifted_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "editorial_notes_id";
  DROP TYPE "public"."enum_articles_stage_history_stage";
  DROP TYPE "public"."enum_articles_stage";
  DROP TYPE "public"."enum__articles_v_version_stage_history_stage";
  DROP TYPE "public"."enum__articles_v_version_stage";`)
}
