import type { Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq } from 'payload'

import type { DeliveryArticle, EditionReason } from '../delivery/types'
import type { NewsroomSettings } from '../options'
import type { BuiltEdition, EditionDocument } from './buildEdition'

import { systemAccess } from '../access/systemAccess'
import { readerViewOf } from '../delivery/buildArticleDocument'
import { storyEtag } from '../delivery/invalidation/storyEtag'
import { readNewsroom, servingNewsroom } from '../syndication/newsroomFacts'
import { buildEdition, linkedDataOf } from './buildEdition'
import { readStoryComments, refreshStoryComments, type StoryComments } from './storyComments'

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

/** The edition readers get now at this slug: one indexed read (slug, current). */
export const currentEdition = async (
  payload: Payload,
  settings: NewsroomSettings,
  slug: string,
  req?: PayloadRequest,
): Promise<null | StoredEdition> => {
  const { docs } = await payload.find({
    collection: settings.slugs.editions,
    where: { and: [{ slug: { equals: slug } }, { current: { equals: true } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    select: servingSelect,
    ...systemAccess(req ?? (await createLocalReq({}, payload))),
  })
  return (docs[0] as unknown as StoredEdition | undefined) ?? null
}

const currentOfArticle = async (
  payload: Payload,
  settings: NewsroomSettings,
  article: Id,
  req: PayloadRequest,
) =>
  ((
    await payload.find({
      collection: settings.slugs.editions,
      where: { and: [{ article: { equals: article } }, { current: { equals: true } }] },
      limit: 1,
      pagination: false,
      depth: 0,
      ...systemAccess(req),
    })
  ).docs[0] as unknown as StoredEdition | undefined) ?? null

const lastNumber = async (
  payload: Payload,
  settings: NewsroomSettings,
  article: Id,
  req: PayloadRequest,
) =>
  (
    (
      await payload.find({
        collection: settings.slugs.editions,
        where: { article: { equals: article } },
        sort: '-number',
        limit: 1,
        pagination: false,
        depth: 0,
        select: { number: true },
        ...systemAccess(req),
      })
    ).docs[0] as { number?: number } | undefined
  )?.number ?? 0

/** No edition of the article is served as current any more (unpublished, taken down, deleted). */
export const retireEditions = async (
  payload: Payload,
  settings: NewsroomSettings,
  article: Id,
  req: PayloadRequest,
): Promise<void> => {
  await payload.update({
    collection: settings.slugs.editions,
    where: { and: [{ article: { equals: article } }, { current: { equals: true } }] },
    data: { current: false },
    depth: 0,
    ...systemAccess(req),
  })
}

/** The article's earlier editions are no longer served, and why (a retraction, a source made anonymous). */
export const withholdEarlierEditions = async (
  payload: Payload,
  settings: NewsroomSettings,
  article: Id,
  why: string,
  req: PayloadRequest,
): Promise<void> => {
  const earlier: Where = {
    and: [
      { article: { equals: article } },
      { current: { equals: false } },
      { withheld: { exists: false } },
    ],
  }
  await payload.update({
    collection: settings.slugs.editions,
    where: earlier,
    data: { withheld: why },
    depth: 0,
    ...systemAccess(req),
  })
}

/**
 * Records what readers get of the article now as its current edition, when it differs from the
 * current one (a publish that changed nothing readers see makes none). Built inside `req`'s
 * transaction as an anonymous reader sees it, so the edition is exactly what the publish put out.
 */
export const recordEdition = async (
  payload: Payload,
  settings: NewsroomSettings,
  {
    article,
    slug,
    reason,
    req,
  }: { article: Id; slug: string; reason: EditionReason; req: PayloadRequest },
): Promise<null | StoredEdition> => {
  const built: BuiltEdition | null = await buildEdition(payload, settings, slug, readerViewOf(req))
  if (!built) {
    return null
  }
  const current = await currentOfArticle(payload, settings, article, req)
  if (current && current.etag === built.etag && current.slug === slug) {
    return current
  }
  return storeEdition(req, settings, {
    article,
    slug,
    number: (await lastNumber(payload, settings, article, req)) + 1,
    reason,
    document: built.document,
  })
}

/**
 * Stores `document` as the article's edition `number`, current at once (the one before retired):
 * its ETag, its JSON-LD and ninjs made from it with the newsroom's record, and the story's comments
 * as they are now. The one place an edition is written (a publish, a change for safety).
 */
export const storeEdition = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  {
    article,
    slug,
    number,
    reason,
    document,
  }: {
    article: Id
    slug: string
    number: number
    reason: EditionReason
    document: EditionDocument
  },
): Promise<StoredEdition> => {
  const { payload } = req
  // Retired first: on PostgreSQL that locks the edition a comment's moderation would update meanwhile.
  await retireEditions(payload, settings, article, req)
  const comments = await readStoryComments(payload, settings, article, req)
  const stored = { ...document, edition: number }
  const newsroom = await readNewsroom(payload, settings, req)
  const created = await payload.create({
    collection: settings.slugs.editions,
    data: {
      article,
      number,
      title: stored.title,
      slug,
      current: true,
      reason: number === 1 && reason === 'republished' ? 'published' : reason,
      publishedBy: req.user?.id ?? null,
      datePublished: new Date().toISOString(),
      etag: storyEtag(document),
      document: stored,
      ...linkedDataOf({ ...stored, ...comments } as DeliveryArticle, settings, newsroom),
      comments,
      commentsUpdatedAt: new Date().toISOString(),
    } as never,
    depth: 0,
    ...systemAccess(req),
  })
  return created as unknown as StoredEdition
}

/**
 * A story published before editions were kept gets its first edition at its first read: what
 * readers got then. Another instance doing the same at once loses on the (article, number) index
 * and reads the winner's.
 */
export const firstEditionOfExistingStory = async (
  payload: Payload,
  settings: NewsroomSettings,
  slug: string,
): Promise<null | StoredEdition> => {
  const article = (
    await payload.find({
      collection: settings.slugs.articles,
      where: { slug: { equals: slug } },
      limit: 1,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      select: { slug: true },
    })
  ).docs[0] as { id: Id } | undefined
  if (!article) {
    return null
  }
  const req = await createLocalReq({}, payload)
  try {
    return await recordEdition(payload, settings, {
      article: article.id,
      slug,
      reason: 'existing',
      req,
    })
  } catch {
    return currentEdition(payload, settings, slug)
  }
}

/** What readers get at the story's address: its current edition as stored, with the comments it keeps. */
export type ServedStory = {
  edition: StoredEdition
  document: DeliveryArticle
  jsonld: Record<string, unknown>
  ninjs: Record<string, unknown>
}

export const servedStory = async (
  payload: Payload,
  settings: NewsroomSettings,
  slug: string,
  req?: PayloadRequest,
): Promise<null | ServedStory> => {
  const edition =
    (await currentEdition(payload, settings, slug, req)) ??
    (req ? null : await firstEditionOfExistingStory(payload, settings, slug))
  if (!edition) {
    return null
  }
  // Kept on the edition by moderation; read live only for an edition stored before that.
  const comments =
    edition.comments ?? (await readStoryComments(payload, settings, edition.document.id, req))
  const document = { ...(edition.document as DeliveryArticle), ...comments }
  // The story as published; the newsroom's record (publisher, policies) as it is now (kept between misses).
  const newsroom = req
    ? await readNewsroom(payload, settings, req)
    : await servingNewsroom(payload, settings)
  return { edition, document, ...linkedDataOf(document, settings, newsroom) }
}

/**
 * Every published story has a current edition, with its comments: one without gets what readers get
 * of it now (reason "existing"); one stored before editions kept comments gets them. The migrations
 * that bring editions to an existing database run it once.
 */
export const recordEditionsOfPublishedStories = async (
  payload: Payload,
  settings: NewsroomSettings,
  req: PayloadRequest,
): Promise<number> => {
  const { docs } = await payload.find({
    collection: settings.slugs.articles,
    where: { _status: { equals: 'published' } },
    pagination: false,
    limit: 0,
    depth: 0,
    select: { slug: true },
    ...systemAccess(req),
  })
  let recorded = 0
  for (const article of docs as unknown as { id: Id; slug?: null | string }[]) {
    if (!article.slug) {
      continue
    }
    const current = await currentOfArticle(payload, settings, article.id, req)
    if (current) {
      if (!current.comments) {
        await refreshStoryComments(payload, settings, article.id, req)
      }
      continue
    }
    if (
      await recordEdition(payload, settings, {
        article: article.id,
        slug: article.slug,
        reason: 'existing',
        req,
      })
    ) {
      recorded += 1
    }
  }
  return recorded
}
