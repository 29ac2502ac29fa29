import type { FieldHook } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { asCaller } from '../../../src/plugin/access/callerAccess'
import { isEditorialStaff } from '../../../src/plugin/access/roles'

/**
 * Fills the virtual `articles` field of a source page: every article that quotes the source. Readers
 * get the published stories whose text quotes it; editors also the articles its quotes were said for
 * (drafts included). Computed for single-document reads only, so listing or populating sources stays cheap.
 */
export const listArticlesQuotingSource =
  (settings: NewsroomSettings): FieldHook =>
  async ({ currentDepth, findMany, originalDoc, req, value }) => {
    // Only for a source page itself: not in lists, not for a source populated inside another document.
    if (findMany || (currentDepth ?? 1) > 1 || !originalDoc?.id) {
      return value
    }
    const { docs } = await req.payload.find({
      collection: settings.slugs.quotes,
      where: { speaker: { equals: originalDoc.id } },
      depth: 0,
      limit: 200,
      pagination: false,
      select: { article: true, publishedIn: true } as never,
      ...asCaller(req),
    })
    const editor = isEditorialStaff(req.user)
    const ids = docs.flatMap((quote) => {
      const { article, publishedIn } = quote as {
        article?: null | number | string
        publishedIn?: (number | string)[] | null
      }
      return [...(publishedIn ?? []), ...(editor && article != null ? [article] : [])]
    })
    return [...new Set(ids)]
  }
