import type { CollectionSlug, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

/** The JSON body of a custom endpoint's request (Payload leaves reading it to the endpoint). */
export const readJson = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  return req.data && typeof req.data === 'object' ? req.data : {}
}

/** The document with this id if the requester may see it (a reader: published / approved only). */
export const findVisible = async (req: PayloadRequest, collection: CollectionSlug, id: unknown) => {
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
  })
  return docs[0] as { id: number | string } | undefined
}

export const notFound = (message: string) =>
  Response.json({ errors: [{ message }] }, { status: 404 })

/**
 * An endpoint's role check: undefined when the requester's roles allow it, else the refusal saying
 * who may (401 when nobody is logged in, so a client knows to log in; 403 otherwise).
 */
export const refuseUnless = (
  req: PayloadRequest,
  allowed: (user: PayloadRequest['user']) => boolean,
  message: string,
): Response | undefined =>
  allowed(req.user)
    ? undefined
    : Response.json({ errors: [{ message }] }, { status: req.user ? 403 : 401 })

/** Further than any list a reader pages through goes; a page number beyond it is a mistake, not a request. */
export const LAST_PAGE = 10_000

/**
 * The `page` query parameter (1 when absent), with the text it was sent as (a cache key uses it), or
 * the 400 that names it when it is not a whole number from 1 to LAST_PAGE.
 */
export const pageParameter = (
  req: PayloadRequest,
): { page: number; raw: string } | { refusal: Response } => {
  const raw = new URL(req.url ?? 'http://x').searchParams.get('page') ?? '1'
  const page = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN
  if (page >= 1 && page <= LAST_PAGE) {
    return { page, raw }
  }
  return {
    refusal: Response.json(
      {
        errors: [
          {
            name: 'ValidationError',
            message: 'The following field is invalid: page',
            data: {
              errors: [{ path: 'page', message: `Must be a whole number from 1 to ${LAST_PAGE}.` }],
            },
          },
        ],
      },
      { status: 400 },
    ),
  }
}
