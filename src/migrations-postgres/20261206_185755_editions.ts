import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_editions_reason" AS ENUM('published', 'republished', 'correction', 'retraction', 'safety', 'existing');
  CREATE TABLE "editions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"number" numeric NOT NULL,
  	"title" varchar,
  	"slug" varchar NOT NULL,
  	"current" boolean DEFAULT false,
  	"reason" "enum_editions_reason",
  	"withheld" varchar,
  	"published_by_id" integer,
  	"date_published" timestamp(3) with time zone,
  	"etag" varchar,
  	"document" jsonb,
  	"jsonld" jsonb,
  	"ninjs" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "editions_id" integer;
  ALTER TABLE "editions" ADD CONSTRAINT "editions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editions" ADD CONSTRAINT "editions_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "editions_article_idx" ON "editions" USING btree ("article_id");
  CREATE INDEX "editions_slug_idx" ON "editions" USING btree ("slug");
  CREATE INDEX "editions_current_idx" ON "editions" USING btree ("current");
  CREATE INDEX "editions_published_by_idx" ON "editions" USING btree ("published_by_id");
  CREATE INDEX "editions_date_published_idx" ON "editions" USING btree ("date_published");
  CREATE INDEX "editions_updated_at_idx" ON "editions" USING btree ("updated_at");
  CREATE INDEX "editions_created_at_idx" ON "editions" USING btree ("created_at");
  CREATE INDEX "slug_current_idx" ON "editions" USING btree ("slug","current");
  CREATE UNIQUE INDEX "article_number_idx" ON "editions" USING btree ("article_id","number");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editions_fk" FOREIGN KEY ("editions_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_editions_id_idx" ON "payload_locked_documents_rels" USING btree ("editions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "editions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_editions_fk";
  
  DROP INDEX "payload_locked_documents_rels_editions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "editions_id";
  DROP TYPE "public"."enum_editions_reason";`)
}
