import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { isSystemRequest } from '../access/callerAccess'
import { isEditor, isLegal } from '../access/roles'
import { systemAccess } from '../access/systemAccess'
import { RefusedRequest } from '../errors'

/** Set by rememberDraftSave: this save only adds a draft version (`?draft=true`), readers' copy untouched. */
const SAVING_DRAFT = 'newsroomSavingDraft'
/** Set by rememberDraftSave: this save is the admin's autosave (`?autosave=true`), every 2 s while someone types. */
const AUTOSAVING = 'newsroomAutosaving'

/** Payload tells only the operation whether a save is a draft; the publish rule below needs to know. */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'create' || operation === 'restoreVersion') {
    req.context[SAVING_DRAFT] = Boolean((args as { draft?: unknown }).draft)
    req.context[AUTOSAVING] = Boolean((args as { autosave?: unknown }).autosave)
  }
  return args
}

/** Does this save only add a draft version (an autosave, "Save draft"), leaving readers' copy as it was? */
export const isDraftSave = (req: PayloadRequest): boolean => req.context[SAVING_DRAFT] === true

/** Is this save the admin's autosave (a draft saved while someone types)? */
export const isAutosave = (req: PayloadRequest): boolean => req.context[AUTOSAVING] === true

const refuse = (message: string): never => {
  // A refusal of the act, not of a field's value: 403, its reason shown as is (the admin's toast too).
  throw new RefusedRequest(message, 403, { errors: [{ path: '_status', message }] })
}

/** Whether readers have this story now: its main document, not the latest draft. */
const isLive = async (req: PayloadRequest, collection: string, id: unknown) => {
  if (id === undefined || id === null) {
    return false
  }
  const live = await req.payload.findByID({
    collection: collection as never,
    id: id as never,
    draft: false,
    depth: 0,
    disableErrors: true,
    select: { _status: true } as never,
    ...systemAccess(req),
  })
  return (live as { _status?: string } | null)?._status === 'published'
}

/**
 * On a collection's (or global's) `custom`: only editors publish it, so only editors may cancel its
 * scheduled publish too (src/plugin/admin/schedulePublish.ts).
 */
export const ONLY_EDITORS_PUBLISH = 'newsroomOnlyEditorsPublish'

/**
 * Publishing is an editor's act: a reporter saves drafts, and a scheduled publish runs as whoever
 * scheduled it, so a reporter can put nothing in front of readers (REST, GraphQL, the admin alike).
 * Taking a story down is one too: a save that is not a draft over a story readers have either
 * replaces what they read or unpublishes it (`{"_status": "draft"}`), whatever the latest draft says.
 * Legal writes articles only through its endpoints, and its takedown unpublishes.
 */
export const onlyEditorsPublish: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (isSystemRequest(req) || isEditor(req.user)) {
    return data
  }
  // A save without a status over a published story changes what readers see: that is publishing too.
  if (
    data._status === 'published' ||
    (data._status === undefined && originalDoc?._status === 'published')
  ) {
    refuse('Only an editor can publish a story; save it as a draft and move it to “In edit”.')
  }
  if (
    operation === 'update' &&
    !isLegal(req.user) &&
    !req.context[SAVING_DRAFT] &&
    (await isLive(req, collection.slug, originalDoc?.id))
  ) {
    refuse(
      'Only an editor can unpublish a story or change its published text; save your changes as a draft.',
    )
  }
  return data
}
