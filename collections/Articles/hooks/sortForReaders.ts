import type { CollectionBeforeOperationHook } from 'payload'

import type { NewsroomUser as User } from '../../../src/plugin/documents'

/** A reader who asks for no order gets `sort`, not the collection's default (staff's, on fields readers may not read). */
export const sortForReaders =
  (
    sort: string,
    isStaff: (user: null | undefined | User) => boolean,
  ): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || isStaff(req.user) || (args as { sort?: unknown }).sort) {
      return args
    }
    return { ...args, sort }
  }
