import type { Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq } from 'payload'

import type { DeliveryCommentThreads } from '../delivery/types'
import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { readerViewOf } from '../delivery/buildArticleDocument'
import { commentThreads } from '../delivery/commentThreads'

type Id = number | string

/**
 * The comments a story shows readers: how many are approved (replies included) and the first page
 * of threads. Not part of what was published: moderation changes them between publishes. Kept on
 * the story's current edition, so a cache miss reads the story in one row.
 */
export type StoryComments = { commentCount: number; comments: DeliveryCommentThreads }

type Thread = DeliveryCommentThreads['docs'][number]
const inOrder = ({ id, authorName, body, pinned, createdAt, replies }: Thread): Thread => ({
  id,
  authorName,
  body,
  pinned,
  createdAt,
  replies: (replies ?? []).map(inOrder),
})

/**
 * The comments with their keys in the order they are built in. PostgreSQL's jsonb keeps no key
 * order, and the story's bytes (and so its ETag) must be the same whether its comments were read
 * back from the edition or counted just now.
 */
export const inBuildOrder = ({ commentCount, comments }: StoryComments): StoryComments => ({
  commentCount,
  comments: {
    docs: comments.docs.map(inOrder),
    page: comments.page,
    totalTopLevel: comments.totalTopLevel,
    hasMore: comments.hasMore,
  },
})

/** What readers get of the story's comments now (inside `req`'s transaction when given), as an anonymous reader. */
export const readStoryComments = async (
  payload: Payload,
  settings: NewsroomSettings,
  article: Id,
  req?: PayloadRequest,
): Promise<StoryComments> => {
  const within = req ?? (await createLocalReq({}, payload))
  const [count, comments] = await Promise.all([
    payload.count({
      collection: settings.slugs.comments,
      where: { and: [{ article: { equals: article } }, { status: { equals: 'approved' } }] },
      ...systemAccess(within),
    }),
    commentThreads(payload, settings, article, { page: 1, req: readerViewOf(within) }),
  ])
  return { commentCount: count.totalDocs, comments }
}

/**
 * Brings the story's current edition's comments in step with the comment just written, inside its
 * transaction, which holds the story's lock (storyLock.ts): no publish or other moderation of the
 * story runs meanwhile, so what is read here is what the edition keeps.
 */
export const refreshStoryComments = async (
  payload: Payload,
  settings: NewsroomSettings,
  article: Id,
  req: PayloadRequest,
): Promise<void> => {
  const current: Where = { and: [{ article: { equals: article } }, { current: { equals: true } }] }
  await payload.db.updateOne({
    collection: settings.slugs.editions,
    where: current,
    data: {
      comments: await readStoryComments(payload, settings, article, req),
      commentsUpdatedAt: new Date().toISOString(),
    },
    options: { atomic: true },
    req,
    returning: false,
  })
}
