import type { FieldHook } from 'payload'

import type { NewsroomSettings } from '../types'

import { asCaller } from '../access/callerAccess'

/**
 * Fills the virtual `articles` field of a source page: every article that quotes the source, as
 * the reader is allowed to see it (readers get published ones only). Computed for single-document
 * reads only, so listing or populating sources stays cheap.
 */
export const listArticlesQuotingSource =
  (settings: NewsroomSettings): FieldHook =>
  async ({ currentDepth, findMany, originalDoc, req, value }) => {
    // Only for a source page itself: not in lists, not for a source populated inside another document.
    if (findMany || (currentDepth ?? 1) > 1 || !originalDoc?.id) return value
    const { docs } = await req.payload.find({
      collection: settings.slugs.quotes,
      where: { speaker: { equals: originalDoc.id } },
      depth: 0,
      limit: 200,
      pagination: false,
      select: { article: true },
      ...asCaller(req),
    })
    const ids = docs.map((quote) => (quote as { article?: number | string | null }).article).filter((id) => id != null)
    return [...new Set(ids)]
  }
