import type { CollectionBeforeOperationHook } from 'payload'

import type { NewsroomUser as User } from '../documents'

/**
 * Readers page through a collection at most `maxPageSize` at a time, and `limit=0` (everything at
 * once) is not for them; the collection's own staff (`isStaff`) are not capped.
 */
export const capPublicPageSize =
  (
    maxPageSize: number,
    isStaff: (user: null | undefined | User) => boolean,
  ): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    // The system's own lookups (Local API past access rules) are not a reader's page.
    if (
      operation !== 'read' ||
      isStaff(req.user) ||
      (args as { overrideAccess?: boolean }).overrideAccess === true ||
      !('limit' in args || 'where' in args)
    ) {
      return args
    }
    const requested = Number((args as { limit?: unknown }).limit)
    // limit=0 means "everything" in Payload: a reader gets the largest page instead.
    const limit =
      requested === 0
        ? maxPageSize
        : Number.isFinite(requested) && requested > 0
          ? Math.min(requested, maxPageSize)
          : Math.min(10, maxPageSize)
    return { ...args, limit }
  }
