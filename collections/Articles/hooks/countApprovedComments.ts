import type { FieldHook } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { systemAccess } from '../../../src/plugin/access/systemAccess'

/**
 * The article's `commentCount`: its approved comments, counted when read (an indexed count on
 * article + status), so it is right after every approval, rejection and deletion without a
 * stored counter to drift or a new article version per comment.
 */
export const countApprovedComments =
  (settings: NewsroomSettings): FieldHook =>
  async ({ currentDepth, originalDoc, req, value }) => {
    // An article populated inside another document (a quote's article) does not need its count.
    if ((currentDepth ?? 1) > 1) {
      return value
    }
    if (!originalDoc?.id) {
      return 0
    }
    const { totalDocs } = await req.payload.count({
      collection: settings.slugs.comments,
      where: { and: [{ article: { equals: originalDoc.id } }, { status: { equals: 'approved' } }] },
      ...systemAccess(req),
    })
    return totalDocs
  }
