import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { systemAccess } from '../access/systemAccess'

/**
 * Deleting a document deletes what cannot exist without it (an article's comments and error
 * reports, a comment's reader reports), in the same transaction, so nothing is left pointing at
 * nothing and the database never refuses the delete. The caller's right to delete the document
 * itself was already checked; the dependents go with it whoever may otherwise delete them.
 */
export const deleteDependents =
  (dependents: { collection: CollectionSlug; field: string }[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    for (const { collection, field } of dependents) {
      await req.payload.delete({
        collection,
        where: { [field]: { equals: id } },
        ...systemAccess(req),
      })
    }
  }
