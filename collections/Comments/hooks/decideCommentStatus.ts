import type { CollectionBeforeChangeHook } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { isSystemRequest } from '../../../src/plugin/access/callerAccess'
import { isModerator } from '../../../src/plugin/access/roles'
import { systemAccess } from '../../../src/plugin/access/systemAccess'
import { EMAIL_KEY_FIELD } from '../../../src/plugin/hooks/throttleSubmissions'
import { screenComment, screeningReason } from './screenComment'

/**
 * The status a reader's comment starts with, whatever they sent: spam (honeypot, blocklist),
 * pending (the default; always when it has too many links), or approved when the plugin
 * auto-approves returning commenters and this email already has an approved comment. `heldBecause`
 * tells the moderator why it waits.
 */
export const decideCommentStatus =
  (settings: NewsroomSettings): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, req }) => {
    if (operation !== 'create' || isModerator(req.user) || isSystemRequest(req)) {
      return data
    }
    const text = {
      body: String(data.body ?? ''),
      authorName: String(data.authorName ?? ''),
      honeypot: req.context.commentHoneypotFilled === true,
    }
    const screening = screenComment(text, settings.comments)
    let status: 'approved' | 'pending' | 'spam' = screening === 'spam' ? 'spam' : 'pending'
    if (screening === 'clean' && settings.comments.autoApproveReturning && data[EMAIL_KEY_FIELD]) {
      const { totalDocs } = await req.payload.count({
        collection: collection.slug,
        where: {
          and: [
            { [EMAIL_KEY_FIELD]: { equals: data[EMAIL_KEY_FIELD] } },
            { status: { equals: 'approved' } },
          ],
        },
        ...systemAccess(req),
      })
      if (totalDocs > 0) {
        status = 'approved'
      }
    }
    const heldBecause =
      status === 'approved'
        ? null
        : (screeningReason(text, settings.comments) ??
          (settings.comments.autoApproveReturning
            ? 'A first comment from this email: it waits for a moderator.'
            : 'Every reader’s comment waits for a moderator (auto-approval is off).'))
    return { ...data, status, heldBecause, pinned: false, reportCount: 0 }
  }

/** A comment staff post (a moderator's or editor's note) is marked so; a reader's never is, whatever it sends. */
export const recordStaffAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') {
    return data
  }
  return {
    ...data,
    postedByStaff: Boolean((req.user as { roles?: unknown[] } | null)?.roles?.length),
  }
}
