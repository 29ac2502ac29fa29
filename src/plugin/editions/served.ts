import type { Payload, PayloadRequest } from 'payload'

import type { DeliveryArticle } from '../delivery/types'
import type { NewsroomSettings } from '../options'

import { readNewsroom, servingNewsroom } from '../syndication/newsroomFacts'
import { firstEditionOfExistingStory } from './backfill'
import { linkedDataOf } from './buildEdition'
import { currentEdition, type StoredEdition } from './read'
import { inBuildOrder, readStoryComments } from './storyComments'

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
  // Kept on the edition by moderation. Read live inside a write's transaction (`req`: a webhook's ETag
  // is the story as this write leaves it, before the edition is brought in step at its end), and for
  // an edition stored before editions kept comments.
  const comments = inBuildOrder(
    (!req && edition.comments) ||
      (await readStoryComments(payload, settings, edition.document.id, req)),
  )
  const document = { ...(edition.document as DeliveryArticle), ...comments }
  // The story as published; the newsroom's record (publisher, policies) as it is now (kept between misses).
  const newsroom = req
    ? await readNewsroom(payload, settings, req)
    : await servingNewsroom(payload, settings)
  return { edition, document, ...linkedDataOf(document, settings, newsroom) }
}
