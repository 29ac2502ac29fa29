import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { currentEdition, currentOfArticle, type StoredEdition } from './read'
import { recordEdition } from './record'
import { refreshStoryComments } from './storyComments'

type Id = number | string

/** Editions for stories published before they were kept: at a story's first read, and once for all by a migration. */
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
