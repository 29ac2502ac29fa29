import type { CollectionAfterReadHook } from 'payload'

import { isEditorialStaff } from '../../../src/plugin/access/roles'

/** Which kind of source each group belongs to. */
const GROUP_KINDS = { anonymity: 'anonymous', provenance: 'footage' } as const

/**
 * A source's groups of another kind (a named person's `anonymity`, a document's `provenance`) are
 * `null` for readers, as in the story document, instead of a group of empty fields. Staff keep the
 * stored groups: the admin's form edits them when a source changes kind.
 */
export const nullGroupsOfOtherKinds: CollectionAfterReadHook = ({ doc, req }) => {
  if (isEditorialStaff(req.user) || !doc || typeof doc !== 'object' || !('kind' in doc)) {
    return doc
  }
  for (const [group, kind] of Object.entries(GROUP_KINDS)) {
    if (group in doc && doc.kind !== kind) {
      doc[group] = null
    }
  }
  return doc
}
