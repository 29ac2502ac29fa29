import type { Payload, PayloadRequest, Where } from 'payload'

import type { DeliveryArticle, EditionReason } from '../delivery/types'
import type { NewsroomSettings } from '../options'
import type { BuiltEdition, EditionDocument } from './buildEdition'

import { systemAccess } from '../access/systemAccess'
import { readerViewOf } from '../delivery/buildArticleDocument'
import { storyEtag } from '../delivery/invalidation/storyEtag'
import { readNewsroom } from '../syndication/newsroomFacts'
import { buildEdition, linkedDataOf } from './buildEdition'
import { currentOfArticle, lastNumber, type StoredEdition } from './read'
import { readStoryComments } from './storyComments'

type Id = number | string

/** Recording editions: at a publish (recordEdition), for safety (storeEdition), and retiring or withholding them. */
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
