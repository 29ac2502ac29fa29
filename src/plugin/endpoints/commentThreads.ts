import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { commentThreads } from '../delivery/commentThreads'
import { findVisible, notFound } from './requestHelpers'

/** Deeper than any story's threads go; a page number beyond it is a mistake, not a request. */
const LAST_PAGE = 10_000

/**
 * `GET /api/articles/:id/comments?page=N`: a page of the story's comment threads, the same shape as
 * the story document's `comments` (its page 1): top-level comments with their replies nested, pinned
 * first then oldest. One paging model, by thread, for every page.
 */
export const listCommentThreads = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/comments',
  method: 'get',
  handler: async (req) => {
    const raw = new URL(req.url ?? 'http://x').searchParams.get('page') ?? '1'
    const page = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN
    if (!(page >= 1 && page <= LAST_PAGE)) {
      return Response.json(
        {
          errors: [
            {
              name: 'ValidationError',
              message: 'The following field is invalid: page',
              data: {
                errors: [
                  { path: 'page', message: `Must be a whole number from 1 to ${LAST_PAGE}.` },
                ],
              },
            },
          ],
        },
        { status: 400 },
      )
    }
    const article = await findVisible(req, settings.slugs.articles, req.routeParams?.id)
    if (!article) {
      return notFound('No published article has this id.')
    }
    // Read as the requester: a reader gets approved comments only, like everywhere else.
    return Response.json(await commentThreads(req.payload, settings, article.id, { page, req }), {
      headers: { 'Cache-Control': 'public, max-age=0, s-maxage=10' },
    })
  },
})
