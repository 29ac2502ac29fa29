import type { CollectionSlug, PayloadRequest } from 'payload'

import { systemAccess } from '../access/systemAccess'
import { idOf, isDatabaseId } from '../ids'
import { pictureRefsIn } from '../richText/lexical'

/**
 * The pictures a story shows (in its text, and as its main picture) whose Content Credentials fail
 * validation (changed after signing, or a broken manifest), by id, with their alt text: legal signs
 * them off like unverified footage. Read whole, whoever asks, as the sign-off it is compared with.
 */
export const picturesFailingCredentials = async (
  req: PayloadRequest,
  mediaSlug: CollectionSlug,
  text: unknown,
  heroImage?: unknown,
): Promise<Map<string, string>> => {
  const ids = [
    ...new Set(
      [...pictureRefsIn(text), heroImage]
        .map(idOf)
        // Not an id (a refused body's picture): the body's own check names it.
        .filter((id): id is number | string => isDatabaseId(id, req.payload.db)),
    ),
  ]
  if (!ids.length) {
    return new Map()
  }
  const { docs } = await req.payload.find({
    collection: mediaSlug,
    where: { and: [{ id: { in: ids } }, { 'credentials.state': { equals: 'invalid' } }] },
    select: { alt: true } as never,
    depth: 0,
    limit: ids.length,
    pagination: false,
    ...systemAccess(req),
  })
  return new Map(
    (docs as unknown as { id: number | string; alt?: string }[]).map((doc) => [
      String(doc.id),
      doc.alt ?? '',
    ]),
  )
}
