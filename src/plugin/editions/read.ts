import type { Payload, PayloadRequest, Where } from 'payload'

import type { EditionReason } from '../delivery/types'
import type { NewsroomSettings } from '../options'
import type { EditionDocument } from './buildEdition'
import type { StoryComments } from './storyComments'

import { systemAccess } from '../access/systemAccess'

/**
 * Reading editions: the current one of a slug (what a cache miss reads) or of an article, and the
 * last number given. Recording them is record.ts; serving a story from one, served.ts.
 */
type Id = number | string

/** An edition as stored (the collection's fields that serving needs). */
export type StoredEdition = {
  id: Id
  article: Id
  number: number
  slug: string
  current: boolean
  reason: EditionReason | null
  withheld: null | string
  datePublished: null | string
  etag: string
  document: EditionDocument
  jsonld: Record<string, unknown>
  ninjs: Record<string, unknown>
  /** The approved comments readers get with it now; empty on an edition stored before they were kept here. */
  comments?: null | StoryComments
}

/** What serving a story reads of its edition: not the stored JSON-LD and ninjs (made again with today's newsroom). */
const servingSelect = {
  article: true,
  number: true,
  slug: true,
  current: true,
  reason: true,
  withheld: true,
  datePublished: true,
  etag: true,
  document: true,
  comments: true,
} as const

/**
 * The edition readers get now at this slug: one indexed read (slug, current), straight from the
 * database adapter. Only the system writes editions and they have no hooks, so Payload's operation
 * around the read (a request, access, hooks on every field) would add work, not safety, on the path
 * every cache miss takes.
 */
export const currentEdition = async (
  payload: Payload,
  settings: NewsroomSettings,
  slug: string,
  req?: PayloadRequest,
): Promise<null | StoredEdition> =>
  ((
    await payload.db.find<StoredEdition>({
      collection: settings.slugs.editions,
      where: { and: [{ slug: { equals: slug } }, { current: { equals: true } }] },
      // Sorted by slug (one value here), not the default newest first: a newest-first sort let SQLite's
      // planner, with statistics from when the table was small, walk the created_at index through every
      // edition (69 ms a miss at 100,000 instead of 1).
      sort: 'slug',
      limit: 1,
      pagination: false,
      select: servingSelect,
      ...(req ? { req } : {}),
    })
  ).docs[0] as StoredEdition | undefined) ?? null

/** The first of a story's editions matching `where` (read as the system: the collection is staff-only). */
const firstEditionOf = async (
  payload: Payload,
  settings: NewsroomSettings,
  article: Id,
  req: PayloadRequest,
  { where, sort, select }: { where?: Where; sort?: string; select?: Record<string, true> } = {},
) =>
  (
    await payload.find({
      collection: settings.slugs.editions,
      where: { and: [{ article: { equals: article } }, ...(where ? [where] : [])] },
      ...(sort ? { sort } : {}),
      ...(select ? { select: select as never } : {}),
      limit: 1,
      pagination: false,
      depth: 0,
      ...systemAccess(req),
    })
  ).docs[0] as unknown as StoredEdition | undefined

export const currentOfArticle = async (
  payload: Payload,
  settings: NewsroomSettings,
  article: Id,
  req: PayloadRequest,
) =>
  (await firstEditionOf(payload, settings, article, req, {
    where: { current: { equals: true } },
  })) ?? null

/** The story's highest edition number so far (0 before its first). */
export const lastNumber = async (
  payload: Payload,
  settings: NewsroomSettings,
  article: Id,
  req: PayloadRequest,
) =>
  (
    await firstEditionOf(payload, settings, article, req, {
      sort: '-number',
      select: { number: true },
    })
  )?.number ?? 0
