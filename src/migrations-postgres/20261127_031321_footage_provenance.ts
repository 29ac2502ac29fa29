import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sources" ADD COLUMN "provenance_verification_method" varchar;
  ALTER TABLE "sources" ADD COLUMN "provenance_rights" varchar;
  ALTER TABLE "sources" ADD COLUMN "provenance_filmed_by" varchar;
  ALTER TABLE "sources" ADD COLUMN "provenance_original_url" varchar;
  ALTER TABLE "sources" ADD COLUMN "provenance_verified_by" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sources" DROP COLUMN "provenance_verification_method";
  ALTER TABLE "sources" DROP COLUMN "provenance_rights";
  ALTER TABLE "sources" DROP COLUMN "provenance_filmed_by";
  ALTER TABLE "sources" DROP COLUMN "provenance_original_url";
  ALTER TABLE "sources" DROP COLUMN "provenance_verified_by";`)
}
