/**
 * Indexes Payload's generated schema lacks, found by the corpus benchmark (`npm run bench -- --corpus`),
 * added through the adapters' `afterSchemaInit` so that migrations and the drift test include them:
 *
 * - A `hasMany` text field (an article's tags) lives in `<collection>_texts`, indexed on
 *   (`order`, `parent_id`): no use for "this article's texts", so reading 20 articles scanned the
 *   whole table 20 times (2 req/s for the article list at 10,000 articles).
 * - A filter on a tag (`where[tags][in]=police`) starts from the tag: (`text`, `parent_id`, `path`),
 *   in story order, instead of probing every article's tags; and (`id`, `_status`, `date_modified`,
 *   `created_at`) on articles checks a match without reading its wide row (SQLite: the body's
 *   overflow pages; PostgreSQL: the heap). Payload's count of the matches for `totalDocs`, 19,500 of
 *   100,000: 183 → 15 ms on SQLite, 131 → 19 ms on PostgreSQL.
 * - Readers' lists ask for published articles, newest first: (`_status`, `date_modified`) lets the
 *   database walk the newest published rows and stop at the page, instead of sorting them all.
 * - The admin's lists of a collection with drafts read its versions table: the latest version of
 *   each document, newest first (`latest`, `version_updated_at`, `created_at`), the same way.
 * - Saving a document whose slug is unique checks the latest versions of the others for the same slug
 *   (drafts count). With only single-column indexes SQLite's planner picks `latest` (true for almost
 *   every row), or the (`latest`, `version_updated_at`) index for the check's newest-first order, and
 *   scans: 9–17 ms a check at 10,000 articles, three checks a save. (`version_slug`, `latest`,
 *   `version_updated_at`, `created_at`) answers the check and its order at once.
 */
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type Table = Record<string, unknown>
type SchemaHookArgs = {
  schema: { tables: Record<string, Table> }
  extendTable: (args: { table: Table; extraConfig: (table: Record<string, any>) => object }) => void
}

export const addMissingIndexes =
  (dialect: 'postgres' | 'sqlite') =>
  ({ schema, extendTable }: SchemaHookArgs) => {
    const index = dialect === 'postgres' ? pgIndex : sqliteIndex
    for (const [name, table] of Object.entries(schema.tables)) {
      if (name.endsWith('_texts') && 'parent' in table) {
        extendTable({
          table,
          extraConfig: (columns) => ({
            [`${name}_parent_path_idx`]: index(`${name}_parent_path_idx`).on(
              columns.parent,
              columns.path,
            ),
            [`${name}_text_parent_path_idx`]: index(`${name}_text_parent_path_idx`).on(
              columns.text,
              columns.parent,
              columns.path,
            ),
          }),
        })
      }
    }
    for (const [name, table] of Object.entries(schema.tables)) {
      if (/^_.+_v$/.test(name) && 'latest' in table && 'version_updatedAt' in table) {
        extendTable({
          table,
          extraConfig: (columns) => ({
            [`${name}_latest_updated_idx`]: index(`${name}_latest_updated_idx`).on(
              columns.latest,
              columns.version_updatedAt,
              columns.createdAt,
            ),
          }),
        })
      }
    }
    for (const [name, table] of Object.entries(schema.tables)) {
      if (/^_.+_v$/.test(name) && 'latest' in table && 'version_slug' in table) {
        extendTable({
          table,
          extraConfig: (columns) => ({
            [`${name}_slug_latest_idx`]: index(`${name}_slug_latest_idx`).on(
              columns.version_slug,
              columns.latest,
              columns.version_updatedAt,
              columns.createdAt,
            ),
          }),
        })
      }
    }
    const articles = schema.tables.articles
    if (articles && '_status' in articles && 'dateModified' in articles) {
      extendTable({
        table: articles,
        extraConfig: (columns) => ({
          articles_status_date_modified_idx: index('articles_status_date_modified_idx').on(
            columns._status,
            columns.dateModified,
          ),
          articles_id_status_date_modified_idx: index('articles_id_status_date_modified_idx').on(
            columns.id,
            columns._status,
            columns.dateModified,
            columns.createdAt,
          ),
        }),
      })
    }
    return schema
  }
