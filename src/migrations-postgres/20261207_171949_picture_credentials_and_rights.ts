import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_digital_source_type" AS ENUM('digitalCapture', 'negativeFilm', 'positiveFilm', 'print', 'minorHumanEdits', 'compositeCapture', 'algorithmicallyEnhanced', 'screenCapture', 'dataDrivenMedia', 'digitalArt', 'virtualRecording', 'compositeSynthetic', 'trainedAlgorithmicMedia', 'compositeWithTrainedAlgorithmicMedia', 'algorithmicMedia');
  CREATE TYPE "public"."enum_media_credentials_state" AS ENUM('none', 'valid', 'invalid');
  CREATE TYPE "public"."enum_media_rights_category" AS ENUM('staff', 'agency', 'handout', 'pool', 'reader-submitted', 'licensed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'newsroomWithdrawAtRightsExpiry' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'newsroomWithdrawAtRightsExpiry' BEFORE 'schedulePublish';
  ALTER TABLE "media" ADD COLUMN "digital_source_type" "enum_media_digital_source_type";
  ALTER TABLE "media" ADD COLUMN "credentials_state" "enum_media_credentials_state";
  ALTER TABLE "media" ADD COLUMN "credentials_trusted" boolean;
  ALTER TABLE "media" ADD COLUMN "credentials_signed_by" varchar;
  ALTER TABLE "media" ADD COLUMN "credentials_signer_organisation" varchar;
  ALTER TABLE "media" ADD COLUMN "credentials_issuer" varchar;
  ALTER TABLE "media" ADD COLUMN "credentials_generator" varchar;
  ALTER TABLE "media" ADD COLUMN "credentials_software" varchar;
  ALTER TABLE "media" ADD COLUMN "credentials_actions" varchar;
  ALTER TABLE "media" ADD COLUMN "credentials_source_type" varchar;
  ALTER TABLE "media" ADD COLUMN "credentials_ingredients" varchar;
  ALTER TABLE "media" ADD COLUMN "credentials_problems" varchar;
  ALTER TABLE "media" ADD COLUMN "credentials_checked_at" timestamp(3) with time zone;
  ALTER TABLE "media" ADD COLUMN "credentials_line" varchar;
  ALTER TABLE "media" ADD COLUMN "rights_category" "enum_media_rights_category";
  ALTER TABLE "media" ADD COLUMN "rights_restrictions" varchar;
  ALTER TABLE "media" ADD COLUMN "rights_expires_at" timestamp(3) with time zone;
  CREATE INDEX "media_rights_rights_expires_at_idx" ON "media" USING btree ("rights_expires_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'newsroomDeliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'newsroomDeliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_rights_rights_expires_at_idx";
  ALTER TABLE "media" DROP COLUMN "digital_source_type";
  ALTER TABLE "media" DROP COLUMN "credentials_state";
  ALTER TABLE "media" DROP COLUMN "credentials_trusted";
  ALTER TABLE "media" DROP COLUMN "credentials_signed_by";
  ALTER TABLE "media" DROP COLUMN "credentials_signer_organisation";
  ALTER TABLE "media" DROP COLUMN "credentials_issuer";
  ALTER TABLE "media" DROP COLUMN "credentials_generator";
  ALTER TABLE "media" DROP COLUMN "credentials_software";
  ALTER TABLE "media" DROP COLUMN "credentials_actions";
  ALTER TABLE "media" DROP COLUMN "credentials_source_type";
  ALTER TABLE "media" DROP COLUMN "credentials_ingredients";
  ALTER TABLE "media" DROP COLUMN "credentials_problems";
  ALTER TABLE "media" DROP COLUMN "credentials_checked_at";
  ALTER TABLE "media" DROP COLUMN "credentials_line";
  ALTER TABLE "media" DROP COLUMN "rights_category";
  ALTER TABLE "media" DROP COLUMN "rights_restrictions";
  ALTER TABLE "media" DROP COLUMN "rights_expires_at";
  DROP TYPE "public"."enum_media_digital_source_type";
  DROP TYPE "public"."enum_media_credentials_state";
  DROP TYPE "public"."enum_media_rights_category";`)
}
