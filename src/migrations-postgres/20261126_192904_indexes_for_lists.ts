import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_status_date_modified_idx" ON "articles" USING btree ("_status","date_modified");
  CREATE INDEX "articles_texts_parent_path_idx" ON "articles_texts" USING btree ("parent_id","path");
  CREATE INDEX "_articles_v_texts_parent_path_idx" ON "_articles_v_texts" USING btree ("parent_id","path");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_status_date_modified_idx";
  DROP INDEX "articles_texts_parent_path_idx";
  DROP INDEX "_articles_v_texts_parent_path_idx";`)
}
