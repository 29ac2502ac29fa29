import type { FieldHook, PayloadRequest } from 'payload'

import DataLoader from 'dataloader'

import type { Id } from '../../../src/plugin/documents'
import type { NewsroomSettings } from '../../../src/plugin/options'

import { systemAccess } from '../../../src/plugin/access/systemAccess'
import { areNumericIds, sqlTableOf } from '../../../src/plugin/database/sqlTables'
import { isAutosave } from '../../../src/plugin/publishGate/onlyEditorsPublish'

/**
 * The article's `commentCount`: its approved comments, counted when read (an indexed count on
 * article + status), so it is right after every approval, rejection and deletion without a
 * stored counter to drift or a new article version per comment.
 *
 * A list reads many articles at once: their counts are asked for together (DataLoader gathers the
 * hooks of one read) and answered by one grouped query on the SQL databases, instead of a query
 * and a pooled connection per article (20 a page, measured as most of an editor's list on PostgreSQL).
 */
export const countApprovedComments =
  (settings: NewsroomSettings): FieldHook =>
  async ({ currentDepth, originalDoc, req, value }) => {
    // An article populated inside another document (a quote's article) does not need its count.
    if ((currentDepth ?? 1) > 1) {
      return value
    }
    // An autosave (every 2 s while an editor types) answers with the draft, whose form keeps what it
    // showed: two counts a keystroke's save (the story before and after) for nobody.
    if (isAutosave(req)) {
      return value
    }
    if (!originalDoc?.id) {
      return 0
    }
    return approvedCountsOf(req, settings).load(originalDoc.id)
  }

/** One loader a request: batches, never caches (a request that approves a comment reads the new count). */
const loaders = new WeakMap<PayloadRequest, DataLoader<Id, number>>()

const approvedCountsOf = (req: PayloadRequest, settings: NewsroomSettings) => {
  let loader = loaders.get(req)
  if (!loader) {
    loader = new DataLoader<Id, number>((ids) => countsFor(req, settings, ids), { cache: false })
    loaders.set(req, loader)
  }
  return loader
}

const countsFor = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  ids: readonly Id[],
): Promise<number[]> => {
  const grouped = await groupedCounts(req, settings, ids)
  if (grouped) {
    return ids.map((id) => grouped.get(String(id)) ?? 0)
  }
  // MongoDB, or a shape the grouped query does not know: a count each.
  return Promise.all(
    ids.map(
      async (id) =>
        (
          await req.payload.count({
            collection: settings.slugs.comments,
            where: { and: [{ article: { equals: id } }, { status: { equals: 'approved' } }] },
            ...systemAccess(req),
          })
        ).totalDocs,
    ),
  )
}

/** PostgreSQL and SQLite: `SELECT article, count(*) … GROUP BY article` in the request's transaction, if any. */
const groupedCounts = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  ids: readonly Id[],
): Promise<Map<string, number> | undefined> => {
  const comments = sqlTableOf(req, settings.slugs.comments)
  const article = comments?.column('article')
  const status = comments?.column('status')
  if (!comments || !article || !status || !areNumericIds(ids)) {
    return undefined
  }
  const rows = await comments.run(
    `SELECT ${article} AS article, count(*) AS approved FROM ${comments.table} WHERE ${status} = 'approved' AND ${article} IN (${ids.map(Number).join(', ')}) GROUP BY ${article}`,
  )
  return new Map(rows.map((row) => [String(row.article), Number(row.approved)]))
}
