import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_authors_role" AS ENUM('written-by', 'reporting-by', 'additional-reporting', 'photos-by', 'video-by', 'graphics-by');
  CREATE TYPE "public"."enum__articles_v_version_authors_role" AS ENUM('written-by', 'reporting-by', 'additional-reporting', 'photos-by', 'video-by', 'graphics-by');
  CREATE TYPE "public"."enum_authors_kind" AS ENUM('person', 'organization');
  CREATE TABLE "articles_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author_id" integer,
  	"role" "enum_articles_authors_role" DEFAULT 'written-by'
  );
  
  CREATE TABLE "_articles_v_version_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"author_id" integer,
  	"role" "enum__articles_v_version_authors_role" DEFAULT 'written-by',
  	"_uuid" varchar
  );
  
  CREATE TABLE "authors_same_as" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "authors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_authors_kind" DEFAULT 'person' NOT NULL,
  	"job_title" varchar,
  	"bio" varchar,
  	"photo_id" integer,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"user_id" integer,
  	"email" varchar,
  	"active" boolean DEFAULT true,
  	"withhold_byline_withheld" boolean DEFAULT false,
  	"withhold_byline_reason" varchar,
  	"public_profile" boolean DEFAULT false,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "withhold_byline_withheld" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "withhold_byline_reason" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_withhold_byline_withheld" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_withhold_byline_reason" varchar;
  ALTER TABLE "media" ADD COLUMN "public_portrait" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "authors_id" integer;
  ALTER TABLE "articles_authors" ADD CONSTRAINT "articles_authors_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_authors" ADD CONSTRAINT "articles_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_authors" ADD CONSTRAINT "_articles_v_version_authors_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_authors" ADD CONSTRAINT "_articles_v_version_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authors_same_as" ADD CONSTRAINT "authors_same_as_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authors" ADD CONSTRAINT "authors_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "authors" ADD CONSTRAINT "authors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_authors_order_idx" ON "articles_authors" USING btree ("_order");
  CREATE INDEX "articles_authors_parent_id_idx" ON "articles_authors" USING btree ("_parent_id");
  CREATE INDEX "articles_authors_author_idx" ON "articles_authors" USING btree ("author_id");
  CREATE INDEX "_articles_v_version_authors_order_idx" ON "_articles_v_version_authors" USING btree ("_order");
  CREATE INDEX "_articles_v_version_authors_parent_id_idx" ON "_articles_v_version_authors" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_authors_author_idx" ON "_articles_v_version_authors" USING btree ("author_id");
  CREATE INDEX "authors_same_as_order_idx" ON "authors_same_as" USING btree ("_order");
  CREATE INDEX "authors_same_as_parent_id_idx" ON "authors_same_as" USING btree ("_parent_id");
  CREATE INDEX "authors_photo_idx" ON "authors" USING btree ("photo_id");
  CREATE UNIQUE INDEX "authors_slug_idx" ON "authors" USING btree ("slug");
  CREATE UNIQUE INDEX "authors_user_idx" ON "authors" USING btree ("user_id");
  CREATE INDEX "authors_public_profile_idx" ON "authors" USING btree ("public_profile");
  CREATE INDEX "authors_created_at_idx" ON "authors" USING btree ("created_at");
  CREATE INDEX "authors_updated_at_idx" ON "authors" USING btree ("updated_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_public_portrait_idx" ON "media" USING btree ("public_portrait");
  CREATE INDEX "payload_locked_documents_rels_authors_id_idx" ON "payload_locked_documents_rels" USING btree ("authors_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_authors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_authors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authors_same_as" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authors" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_authors" CASCADE;
  DROP TABLE "_articles_v_version_authors" CASCADE;
  DROP TABLE "authors_same_as" CASCADE;
  DROP TABLE "authors" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_authors_fk";
  
  DROP INDEX "media_public_portrait_idx";
  DROP INDEX "payload_locked_documents_rels_authors_id_idx";
  ALTER TABLE "articles" DROP COLUMN "withhold_byline_withheld";
  ALTER TABLE "articles" DROP COLUMN "withhold_byline_reason";
  ALTER TABLE "_articles_v" DROP COLUMN "version_withhold_byline_withheld";
  ALTER TABLE "_articles_v" DROP COLUMN "version_withhold_byline_reason";
  ALTER TABLE "media" DROP COLUMN "public_portrait";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "authors_id";
  DROP TYPE "public"."enum_articles_authors_role";
  DROP TYPE "public"."enum__articles_v_version_authors_role";
  DROP TYPE "public"."enum_authors_kind";`)
}
