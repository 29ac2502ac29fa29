import type { Payload, PayloadRequest, Where } from 'payload'

import type { NewsroomSettings } from '../options'
import type { DeliveryComment, DeliveryCommentThreads } from './types'

import { idOf } from '../ids'

const commentSelect = {
  authorName: true,
  body: true,
  pinned: true,
  createdAt: true,
  parent: true,
} as const

/**
 * A page of the story's threads: approved top-level comments, pinned first then oldest, each with its
 * approved replies nested (to `comments.maxDepth`). The story document carries page 1; the comments
 * endpoint every page, so there is one paging model, by thread.
 */
export const commentThreads = async (
  payload: Payload,
  settings: NewsroomSettings,
  articleId: number | string,
  { page, req }: { page: number; req?: PayloadRequest },
): Promise<DeliveryCommentThreads> => {
  const reading = req ? { req } : {}
  const onArticle: Where = { article: { equals: articleId } }
  const top = await payload.find({
    collection: settings.slugs.comments,
    where: { and: [onArticle, { parent: { exists: false } }] },
    sort: ['-pinned', 'createdAt'],
    limit: settings.delivery.commentsPageSize,
    page,
    select: commentSelect as never,
    overrideAccess: false,
    depth: 0,
    ...reading,
  })
  const toNode = (comment: any): DeliveryComment => ({
    id: comment.id,
    authorName: comment.authorName,
    body: comment.body,
    pinned: Boolean(comment.pinned),
    createdAt: comment.createdAt,
    replies: [],
  })
  const roots = top.docs.map(toNode)
  let level = roots
  for (let depth = 2; depth <= settings.comments.maxDepth && level.length; depth++) {
    const byId = new Map(level.map((node) => [node.id, node]))
    const replies = await payload.find({
      collection: settings.slugs.comments,
      where: { and: [onArticle, { parent: { in: [...byId.keys()] } }] },
      sort: 'createdAt',
      limit: settings.comments.maxPageSize,
      // The replies alone, no count: the page's count is the top level's.
      pagination: false,
      select: commentSelect as never,
      overrideAccess: false,
      depth: 0,
      ...reading,
    })
    level = replies.docs.map((reply: any) => {
      const node = toNode(reply)
      byId.get(idOf(reply.parent)!)?.replies.push(node)
      return node
    })
  }
  return {
    docs: roots,
    page: top.page ?? page,
    totalTopLevel: top.totalDocs,
    hasMore: top.hasNextPage,
  }
}
