import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_id_status_date_modified_idx" ON "articles" USING btree ("id","_status","date_modified","created_at");
  CREATE INDEX "articles_texts_text_parent_path_idx" ON "articles_texts" USING btree ("text","parent_id","path");
  CREATE INDEX "_articles_v_texts_text_parent_path_idx" ON "_articles_v_texts" USING btree ("text","parent_id","path");
  CREATE INDEX "status_createdAt_idx" ON "comments" USING btree ("status","created_at");
  CREATE INDEX "parent_createdAt_idx" ON "comments" USING btree ("parent_id","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_id_status_date_modified_idx";
  DROP INDEX "articles_texts_text_parent_path_idx";
  DROP INDEX "_articles_v_texts_text_parent_path_idx";
  DROP INDEX "status_createdAt_idx";
  DROP INDEX "parent_createdAt_idx";`)
}
