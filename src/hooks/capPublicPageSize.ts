import type { CollectionBeforeOperationHook } from 'payload'

import { isModerator } from '../access/roles'

/** Readers page through comments at most `maxPageSize` at a time; `limit=0` (everything) is not for them. */
export const capPublicPageSize =
  (maxPageSize: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || isModerator(req.user) || !('limit' in args || 'where' in args)) return args
    const requested = Number((args as { limit?: unknown }).limit)
    const limit = Number.isFinite(requested) && requested > 0 ? Math.min(requested, maxPageSize) : Math.min(10, maxPageSize)
    return { ...args, limit }
  }
