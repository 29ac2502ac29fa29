import type { CollectionAfterReadHook } from 'payload'

import { isEditor } from '../access/roles'

/**
 * `updatedAt` moves on every save, typo fixes included; readers get `dateModified` instead, which
 * moves only on material changes. Internal bookkeeping stays inside the newsroom.
 */
export const hideInternalFields =
  (fields: string[]): CollectionAfterReadHook =>
  ({ doc, req }) => {
    if (isEditor(req.user)) return doc
    const visible = { ...doc }
    for (const field of fields) delete visible[field]
    return visible
  }
