import type { Collection, Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  APIError,
  createOperation,
  headersWithCors,
  parseParams,
  unlinkClientUploadTempFile,
  updateByIDOperation,
} from 'payload'

/**
 * `POST /api/<media>` and `PATCH /api/<media>/:id`: Payload's own create and update (the same
 * operations, parameters and answers as its built-in endpoints), except that a picture's image work
 * is not done inside a database transaction.
 *
 * Payload opens a request's transaction as the first step of its create and update operations, before any hook
 * and before it decodes the upload and makes its sizes; on SQLite that transaction holds the write
 * lock (BEGIN IMMEDIATE), so every other writer (an editor's save, a reader's comment) waited
 * seconds for a big photo to be stripped and resized, and got 503 past `DATABASE_LOCK_TIMEOUT_MS`.
 * A picture's record is one row written at the end, so it needs no transaction: with a file
 * attached the operation runs without one (the database is then locked only while the row is
 * written); without a file, as Payload does. These replace Payload's endpoints for these two routes:
 * keep them in step with `payload/dist/collections/endpoints/{create,updateByID}.js` when upgrading Payload.
 */
const withBody =
  (handler: (req: PayloadRequest, collection: Collection) => Promise<Response>): PayloadHandler =>
  async (req) => {
    try {
      await addDataAndFileToRequest(req)
      addLocalesToRequestFromData(req)
      const slug = req.routeParams?.collection
      const collection =
        typeof slug === 'string'
          ? (req.payload.collections as Record<string, Collection | undefined>)[slug]
          : undefined
      if (!collection) {
        throw new APIError('Collection not found.', 404)
      }
      return await handler(req, collection)
    } finally {
      await unlinkClientUploadTempFile({ req })
    }
  }

const createHandler = withBody(async (req, collection) => {
  const { autosave, depth, draft, populate, publishAllLocales, select } = parseParams(req.query)
  const doc = await createOperation({
    autosave,
    collection,
    data: req.data as never,
    depth,
    draft,
    populate,
    publishAllLocales,
    publishSpecificLocale: req.query.publishSpecificLocale as string | undefined,
    req,
    select,
    disableTransaction: Boolean(req.file),
  })
  const { singular } = collection.config.labels
  const label = typeof singular === 'string' ? singular : collection.config.slug
  return Response.json(
    { doc, message: req.t('general:successfullyCreated', { label }) },
    { headers: headersWithCors({ headers: new Headers(), req }), status: 201 },
  )
})

const updateHandler = withBody(async (req, collection) => {
  const raw = req.routeParams?.id
  if (typeof raw !== 'string') {
    throw new APIError('ID was not specified', 400)
  }
  // As Payload does: numeric ids are numbers unless the collection's own id is text.
  const id =
    req.payload.db.defaultIDType === 'number' && collection.customIDType !== 'text'
      ? parseFloat(raw)
      : raw
  const {
    autosave,
    depth,
    draft,
    overrideLock,
    populate,
    publishAllLocales,
    publishSpecificLocale,
    select,
    trash,
    unpublishAllLocales,
  } = parseParams(req.query)
  const doc = await updateByIDOperation({
    id,
    autosave,
    collection,
    data: req.data as never,
    depth,
    draft,
    overrideLock: overrideLock ?? false,
    populate,
    publishAllLocales,
    publishSpecificLocale,
    req,
    select,
    trash,
    unpublishAllLocales,
    disableTransaction: Boolean(req.file),
  })
  const message = req.t(
    autosave
      ? 'version:autosavedSuccessfully'
      : draft
        ? 'version:draftSavedSuccessfully'
        : 'general:updatedSuccessfully',
  )
  return Response.json(
    { doc, message },
    { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
  )
})

export const mediaWritesWithoutWriteLock: Endpoint[] = [
  { method: 'post', path: '/', handler: createHandler },
  { method: 'patch', path: '/:id', handler: updateHandler },
]
