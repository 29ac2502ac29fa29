import type { CollectionAfterChangeHook } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { systemAccess } from '../../../src/plugin/access/systemAccess'
import { idOf } from '../../../src/plugin/ids'
import { lockForTransaction } from '../../../src/plugin/transactionLock'

/**
 * After a reader reports a comment: the comment's report count is the number of readers who did
 * (an IPv6 reader counted by their /64), and at `reportThreshold` an approved comment goes back to
 * pending for a moderator to look at, unless the newsroom posted or pinned it.
 * The reader cannot edit comments, so this is the system acting, on the comment only.
 */
export const applyReportThreshold =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (operation !== 'create') {
      return doc
    }
    const commentId = idOf(doc.comment)!
    // Two readers reporting at once: each count includes the other's report once it is committed.
    await lockForTransaction(req, [`reports:${commentId}`])
    const { totalDocs: reportCount } = await req.payload.count({
      collection: settings.slugs.commentReports,
      where: { comment: { equals: commentId } },
      ...systemAccess(req),
    })
    const comment = (await req.payload.findByID({
      collection: settings.slugs.comments,
      id: commentId,
      depth: 0,
      ...systemAccess(req),
    })) as {
      status?: string
      pinned?: boolean
      postedByStaff?: boolean
    }
    // Readers' reports alone never unpublish what the newsroom itself put there: a pinned note or a staff comment.
    const fromNewsroom = Boolean(comment.pinned || comment.postedByStaff)
    const sendBack =
      comment.status === 'approved' &&
      !fromNewsroom &&
      reportCount >= settings.comments.reportThreshold
    await req.payload.update({
      collection: settings.slugs.comments,
      id: commentId,
      data: {
        reportCount,
        ...(sendBack
          ? {
              status: 'pending',
              heldBecause: `Reported by ${reportCount} readers (the threshold is ${settings.comments.reportThreshold}).`,
            }
          : {}),
      } as never,
      ...systemAccess(req),
    })
    return doc
  }
