import type { Endpoint, PayloadHandler } from 'payload'

import { addDataAndFileToRequest, addLocalesToRequestFromData, APIError, createOperation, headersWithCors, parseParams, unlinkClientUploadTempFile } from 'payload'

/**
 * `POST /api/<media>`: Payload's own create (the same operation, parameters and answer as its
 * built-in endpoint), except that a picture's image work is not done inside a database transaction.
 *
 * Payload opens a request's transaction as the first step of the create operation, before any hook
 * and before it decodes the upload and makes its sizes; on SQLite that transaction holds the write
 * lock (BEGIN IMMEDIATE), so every other writer (an editor's save, a reader's comment) waited
 * seconds for a big photo to be stripped and resized, and got 503 past `DATABASE_LOCK_TIMEOUT_MS`.
 * A picture's record is one row written at the end, so it needs no transaction: with a file
 * attached the operation runs without one (the database is then locked only while the row is
 * written); without a file, as Payload does. This replaces Payload's endpoint for this one route:
 * keep it in step with `payload/dist/collections/endpoints/create.js` when upgrading Payload.
 */
const createHandler: PayloadHandler = async (req) => {
  try {
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    const slug = req.routeParams?.collection
    const collection = typeof slug === 'string' ? req.payload.collections[slug] : undefined
    if (!collection) throw new APIError('Collection not found.', 404)
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
    return Response.json({ doc, message: req.t('general:successfullyCreated', { label }) }, { headers: headersWithCors({ headers: new Headers(), req }), status: 201 })
  } finally {
    await unlinkClientUploadTempFile({ req })
  }
}

export const createWithoutWriteLock: Endpoint = { method: 'post', path: '/', handler: createHandler }
