/** The reads a story is built from, made as an anonymous reader a page at a time: access rules decide. */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

import type { NewsroomSettings } from '../options'
import type { DeliveryImage } from './types'

import { idOf } from '../ids'
import { READER_PAGE_CAP } from '../readerPageCap'
import { toDeliveryImage } from './shapes'

export const idsOf = (values: unknown[]) => [
  ...new Set(
    values.map(idOf).filter((id): id is number | string => id !== undefined && id !== null),
  ),
]

export type Row = Record<string, any>

/**
 * Reads as an anonymous reader, optionally inside a write's transaction (`req`): a webhook's ETag
 * is the story as the save being committed leaves it. Without `req`, committed data only.
 */
export type Reading = { req?: PayloadRequest }
const asReader = ({ req }: Reading) => (req ? { req } : {})

/** The same request (and so the same transaction), seen as an anonymous reader's. */
export const readerViewOf = (req: PayloadRequest): PayloadRequest => {
  const view = isolateObjectProperty(req, ['user'])
  view.user = null
  return view
}

/**
 * Every document of `collection` with `field` in `values`, as the reader `reading` says, a reader's
 * page at a time (readers' reads are capped at READER_PAGE_CAP: one larger read would silently stop
 * there). Each page in the collection's order, pages in the order of `values`.
 */
export const findIn = async (
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  values: (number | string)[],
  reading: Reading,
  options: { select?: Record<string, true>; sort?: string[] } = {},
): Promise<Row[]> => {
  const docs: Row[] = []
  for (let at = 0; at < values.length; at += READER_PAGE_CAP) {
    const page = values.slice(at, at + READER_PAGE_CAP)
    const found = await payload.find({
      collection,
      where: page.length === 1 ? { [field]: { equals: page[0] } } : { [field]: { in: page } },
      limit: page.length,
      pagination: false,
      overrideAccess: false,
      depth: 0,
      ...(options.select ? { select: options.select as never } : {}),
      ...(options.sort ? { sort: options.sort } : {}),
      ...asReader(reading),
    })
    docs.push(...(found.docs as Row[]))
  }
  return docs
}

export const sourcesOf = async (
  payload: Payload,
  settings: NewsroomSettings,
  quotes: Row[],
  reading: Reading,
): Promise<Row[]> => {
  const ids = idsOf(quotes.flatMap((quote) => [quote.speaker, quote.via]))
  if (!ids.length) {
    return []
  }
  const select = {
    description: true,
    kind: true,
    name: true,
    role: true,
    anonymity: true,
    provenance: true,
  } as const
  return findIn(payload, settings.slugs.sources, 'id', ids, reading, { select })
}

/** The story's pictures by id, read as a reader in one query (a picture no published story shows is not found). */
export const picturesOf = async (
  payload: Payload,
  settings: NewsroomSettings,
  refs: unknown[],
  reading: Reading,
): Promise<Map<string, DeliveryImage>> => {
  const ids = idsOf(refs)
  if (!ids.length) {
    return new Map()
  }
  const docs = await findIn(payload, settings.slugs.media, 'id', ids, reading)
  return new Map(
    docs
      .map(toDeliveryImage)
      .filter((image): image is DeliveryImage => image !== null)
      .map((image) => [String(image.id), image]),
  )
}
