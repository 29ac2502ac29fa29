import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { readAuthorPage } from '../bylines/authorPage'
import { cacheTags } from '../delivery/invalidation/tags'
import { cacheControlFor } from './articleBySlug'
import { notFound, pageParameter } from './requestHelpers'

/**
 * `GET /api/authors/slug/:slug?page=N`: an author's public profile (name, job title, bio, photo,
 * links) and a page of their published stories, newest first, leaving out stories whose byline is
 * withheld. 404 for an author no published story credits by name, or whose byline is withheld.
 */
export const authorBySlug = (settings: NewsroomSettings): Endpoint => ({
  path: '/slug/:slug',
  method: 'get',
  handler: async (req) => {
    const asked = pageParameter(req)
    if ('refusal' in asked) {
      return asked.refusal
    }
    const found = await readAuthorPage(
      req,
      settings,
      String(req.routeParams?.slug ?? ''),
      asked.page,
    )
    if (!found) {
      return notFound('No public author has this slug.')
    }
    // A list of stories: a CDN drops it with the other lists (any publish, a byline withheld).
    return Response.json(found, {
      headers: {
        'Cache-Control': cacheControlFor(settings),
        'Surrogate-Key': cacheTags.lists,
        'Cache-Tag': cacheTags.lists,
      },
    })
  },
})
