import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_webhooks_events" ADD VALUE 'article.key_event' BEFORE 'comment.approved';
  ALTER TYPE "public"."enum_webhook_deliveries_event" ADD VALUE 'article.key_event' BEFORE 'comment.approved';
  ALTER TABLE "articles_update_log" ADD COLUMN "headline" varchar;
  ALTER TABLE "articles_update_log" ADD COLUMN "body" jsonb;
  ALTER TABLE "articles_update_log" ADD COLUMN "key_event" boolean DEFAULT false;
  ALTER TABLE "articles_update_log" ADD COLUMN "pinned" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "editors_note" varchar;
  ALTER TABLE "_articles_v_version_update_log" ADD COLUMN "headline" varchar;
  ALTER TABLE "_articles_v_version_update_log" ADD COLUMN "body" jsonb;
  ALTER TABLE "_articles_v_version_update_log" ADD COLUMN "key_event" boolean DEFAULT false;
  ALTER TABLE "_articles_v_version_update_log" ADD COLUMN "pinned" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_editors_note" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The enums lose a value: the rows that use it go first, or the casts back fail.
  await db.execute(sql`
   DELETE FROM "webhooks_events" WHERE "value" = 'article.key_event';
  DELETE FROM "webhook_deliveries" WHERE "event" = 'article.key_event';
  ALTER TABLE "webhooks_events" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhooks_events";
  CREATE TYPE "public"."enum_webhooks_events" AS ENUM('article.published', 'article.updated', 'article.corrected', 'article.unpublished', 'article.deleted', 'article.retracted', 'article.taken-down', 'comment.approved');
  ALTER TABLE "webhooks_events" ALTER COLUMN "value" SET DATA TYPE "public"."enum_webhooks_events" USING "value"::"public"."enum_webhooks_events";
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhook_deliveries_event";
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('article.published', 'article.updated', 'article.corrected', 'article.unpublished', 'article.deleted', 'article.retracted', 'article.taken-down', 'comment.approved');
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "event" SET DATA TYPE "public"."enum_webhook_deliveries_event" USING "event"::"public"."enum_webhook_deliveries_event";
  ALTER TABLE "articles_update_log" DROP COLUMN "headline";
  ALTER TABLE "articles_update_log" DROP COLUMN "body";
  ALTER TABLE "articles_update_log" DROP COLUMN "key_event";
  ALTER TABLE "articles_update_log" DROP COLUMN "pinned";
  ALTER TABLE "articles" DROP COLUMN "editors_note";
  ALTER TABLE "_articles_v_version_update_log" DROP COLUMN "headline";
  ALTER TABLE "_articles_v_version_update_log" DROP COLUMN "body";
  ALTER TABLE "_articles_v_version_update_log" DROP COLUMN "key_event";
  ALTER TABLE "_articles_v_version_update_log" DROP COLUMN "pinned";
  ALTER TABLE "_articles_v" DROP COLUMN "version_editors_note";`)
}
