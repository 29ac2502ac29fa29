import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'
import { hashIp } from '../submissions/clientIp'
import { findVisible, notFound, readJson } from './requestHelpers'

/**
 * `POST /api/comments`: a reader's comment. The collection's hooks decide everything (fields taken,
 * status, flood control); this only answers in words a commenter understands, without saying
 * whether the comment was caught as spam.
 */
export const submitComment = (settings: NewsroomSettings): Endpoint => ({
  path: '/',
  method: 'post',
  handler: async (req) => {
    const data = await readJson(req)
    const comment = await req.payload.create({
      collection: settings.slugs.comments,
      data: data as never,
      depth: 0,
      overrideAccess: false,
      req,
    })
    const published = (comment as { status?: string }).status === 'approved'
    const { id, article, parent, authorName, body, createdAt } = comment as unknown as Record<
      string,
      unknown
    >
    return Response.json(
      {
        message: published
          ? 'Thank you. Your comment is published.'
          : 'Thank you. Your comment awaits moderation and will appear once a moderator approves it.',
        doc: {
          id,
          article: idOf(article),
          parent: idOf(parent) ?? null,
          authorName,
          body,
          createdAt,
          status: published ? 'approved' : 'pending',
        },
      },
      { status: 201 },
    )
  },
})

/**
 * `POST /api/comments/:id/report`: a reader flags an approved comment (optional `reason`). One
 * report per reader per comment counts; reporting again is answered the same way and changes nothing.
 */
export const reportComment = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/report',
  method: 'post',
  handler: async (req) => {
    const { reason } = await readJson(req)
    const comment = await findVisible(req, settings.slugs.comments, req.routeParams?.id)
    if (!comment) {
      return notFound('No published comment has this id.')
    }

    const thanks = Response.json(
      { message: 'Thank you. A moderator will review this comment.' },
      { status: 202 },
    )
    const ipHash = hashIp(settings.clientIp(req), req.payload.secret)
    const already = await req.payload.count({
      collection: settings.slugs.commentReports,
      where: { and: [{ comment: { equals: comment.id } }, { ipHash: { equals: ipHash } }] },
      ...systemAccess(req),
    })
    if (already.totalDocs > 0) {
      return thanks
    }

    await req.payload.create({
      collection: settings.slugs.commentReports,
      data: {
        comment: comment.id,
        reason: typeof reason === 'string' ? reason : undefined,
      } as never,
      overrideAccess: false,
      req,
    })
    return thanks
  },
})
