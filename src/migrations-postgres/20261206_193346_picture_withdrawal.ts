import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "withdrawn" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "withdrawn_reason" varchar;
  ALTER TABLE "media" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  CREATE INDEX "media_withdrawn_idx" ON "media" USING btree ("withdrawn");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_withdrawn_idx";
  ALTER TABLE "media" DROP COLUMN "withdrawn";
  ALTER TABLE "media" DROP COLUMN "withdrawn_reason";
  ALTER TABLE "media" DROP COLUMN "withdrawn_at";`)
}
