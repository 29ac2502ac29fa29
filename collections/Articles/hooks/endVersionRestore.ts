import type { CollectionAfterChangeHook } from 'payload'

/**
 * Payload (3.90.1) marks a version restore on the request's context, `isRestoringVersion`, so that
 * fields the old version lacks get no default value; but the mark stays on the request, and every
 * write the restore's hooks make afterwards (a cited quote's title or `publishedIn`, a source's,
 * a picture's use, a webhook delivery) is then validated without its stored values: "Quotes: Text
 * is required", and the restore is refused. By afterChange the restored document is saved and the
 * mark has done its work: it is lifted before our other hooks write anything. Runs first.
 */
export const endVersionRestore: CollectionAfterChangeHook = ({ doc, req }) => {
  if (req.context?.isRestoringVersion) {
    delete req.context.isRestoringVersion
  }
  return doc
}
