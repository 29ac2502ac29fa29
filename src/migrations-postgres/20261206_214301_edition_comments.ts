import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editions" ADD COLUMN "comments" jsonb;
  ALTER TABLE "editions" ADD COLUMN "comments_updated_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editions" DROP COLUMN "comments";
  ALTER TABLE "editions" DROP COLUMN "comments_updated_at";`)
}
