import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { isSystemRequest } from '../access/callerAccess'
import { isEditor } from '../access/roles'

/**
 * Publishing is an editor's act: a reporter saves drafts, and a scheduled publish runs as whoever
 * scheduled it, so a reporter can put nothing in front of readers (REST, GraphQL, the admin alike).
 */
export const onlyEditorsPublish: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  // A save without a status over a published story changes what readers see: that is publishing too.
  const publishing = data._status === 'published' || (data._status === undefined && originalDoc?._status === 'published')
  if (publishing && !isSystemRequest(req) && !isEditor(req.user)) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: '_status', message: 'Only an editor can publish a story; save it as a draft and move it to “In edit”.' }], req }, req.t)
  }
  return data
}
