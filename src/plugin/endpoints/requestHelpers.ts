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
