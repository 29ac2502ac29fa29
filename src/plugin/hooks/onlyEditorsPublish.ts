import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { isSystemRequest } from '../access/callerAccess'
import { isEditor } from '../access/roles'

/**
 * On a collection's (or global's) `custom`: only editors publish it, so only editors may cancel its
 * scheduled publish too (src/plugin/admin/schedulePublish.ts).
 */
export const ONLY_EDITORS_PUBLISH = 'newsroomOnlyEditorsPublish'

/**
 * Publishing is an editor's act: a reporter saves drafts, and a scheduled publish runs as whoever
 * scheduled it, so a reporter can put nothing in front of readers (REST, GraphQL, the admin alike).
 */
export const onlyEditorsPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  // A save without a status over a published story changes what readers see: that is publishing too.
  const publishing = data._status === 'published' || (data._status === undefined && originalDoc?._status === 'published')
  if (publishing && !isSystemRequest(req) && !isEditor(req.user)) {
    // A refusal of the act, not of a field's value: 403, its reason shown as is (the admin's toast too).
    const message = 'Only an editor can publish a story; save it as a draft and move it to “In edit”.'
    throw new APIError(message, 403, { errors: [{ path: '_status', message }] }, true)
  }
  return data
}
