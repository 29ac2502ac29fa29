import type { CollectionSlug, PayloadRequest } from 'payload'

import { beforeChangeTraverseFields, beforeValidateTraverseFields } from 'payload'

export type PublishProblem = { path: string; message: string }

/**
 * What would stop the latest draft of a document being published now, as a publish by this
 * request's user would say it: Payload's own field hooks and validation (the publish gate, legal's
 * sign-off, a takedown, the slug, required fields) run on the draft with `_status: 'published'`, and
 * nothing is written. Used to refuse a scheduled publish up front, and to say why one failed.
 */
export const problemsPublishingNow = async (
  req: PayloadRequest,
  collectionSlug: string,
  id: number | string,
): Promise<PublishProblem[]> => {
  const collection = req.payload.collections[collectionSlug as CollectionSlug]?.config
  if (!collection) {
    return [{ path: '', message: `No collection “${collectionSlug}”.` }]
  }
  const draft = (await req.payload.findByID({
    collection: collectionSlug as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    req,
  })) as null | Record<string, unknown>
  if (!draft) {
    return [{ path: '', message: 'The story is gone, or you may not read it.' }]
  }
  // A context of its own: hooks that remember things per request must not mix this with the request's own work.
  const context: Record<string, unknown> = {}
  const data: Record<string, unknown> = { ...draft, _status: 'published' }
  const common = {
    id,
    collection,
    context,
    global: null,
    operation: 'update' as const,
    overrideAccess: false,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req,
  }
  await beforeValidateTraverseFields({
    ...common,
    data,
    doc: draft,
    fields: collection.fields,
    siblingData: data,
    siblingDoc: draft,
  })
  const errors: { path?: string; message?: string }[] = []
  await beforeChangeTraverseFields({
    ...common,
    data: { ...data, id },
    doc: draft,
    docWithLocales: draft,
    errors,
    fieldLabelPath: '',
    fields: collection.fields,
    mergeLocaleActions: [],
    siblingData: data,
    siblingDoc: draft,
    siblingDocWithLocales: draft,
    skipValidation: false,
  } as never)
  return errors.map((error) => ({ path: error.path ?? '', message: error.message ?? 'invalid' }))
}
