import type { CollectionBeforeOperationHook } from 'payload'

import type { NewsroomUser as User } from '../documents'

/**
 * A collection whose joins only staff may read: for anyone else Payload would still run each join's
 * query on every read (an author's `stories`: thousands of rows for a busy writer) and then drop the
 * result, so readers' reads run none (`joins: false`).
 */
export const staffOnlyJoins =
  (isStaff: (user: null | undefined | User) => boolean): CollectionBeforeOperationHook =>
  ({ args, operation, req }) =>
    operation === 'read' && !isStaff(req.user) ? { ...args, joins: false } : args
