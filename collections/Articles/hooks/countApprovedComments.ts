import type { FieldHook } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { systemAccess } from '../../../src/plugin/access/systemAccess'
import { isAutosave } from '../../../src/plugin/publishGate/onlyEditorsPublish'

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
    // An autosave (every 2 s while an editor types) answers with the draft, whose form keeps what it
    // showed: two counts a keystroke's save (the story before and after) for nobody.
    if (isAutosave(req)) {
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
