import type { CollectionBeforeChangeHook } from 'payload'

/** Who created the article: a reporter may edit the stories they created, and only those. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && req.user.collection === req.payload.config.admin.user) {
    data.createdBy = req.user.id
  }
  return data
}
