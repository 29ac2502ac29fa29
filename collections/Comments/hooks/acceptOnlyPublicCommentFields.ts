import type { CollectionBeforeValidateHook } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { isSystemRequest } from '../../../src/plugin/access/callerAccess'
import { isModerator } from '../../../src/plugin/access/roles'

const PUBLIC_FIELDS = ['article', 'parent', 'authorName', 'authorEmail', 'body'] as const

/**
 * A reader's comment is built from these five fields only; anything else sent (status, pinned,
 * reportCount, ipHash, createdAt, id…) is dropped before Payload sees it. The honeypot's value is
 * kept aside for screening.
 */
export const acceptOnlyPublicCommentFields =
  (settings: NewsroomSettings): CollectionBeforeValidateHook =>
  ({ data, operation, req }) => {
    if (operation !== 'create' || !data || isModerator(req.user) || isSystemRequest(req)) {
      return data
    }
    const honeypot = data[settings.comments.honeypotField]
    req.context.commentHoneypotFilled =
      typeof honeypot === 'string' ? honeypot.trim() !== '' : Boolean(honeypot)
    const accepted: Record<string, unknown> = {}
    for (const field of PUBLIC_FIELDS) {
      if (data[field] !== undefined) {
        accepted[field] = data[field]
      }
    }
    if (typeof accepted.authorName === 'string') {
      accepted.authorName = accepted.authorName.trim()
    }
    return accepted
  }
