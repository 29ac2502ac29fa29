import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { readAuthorPage } from '../bylines/authorPage'
import { cacheControlFor } from './articleBySlug'
import { notFound } from './requestHelpers'

/** Further than any author's list goes; a page number beyond it is a mistake, not a request. */
const LAST_PAGE = 10_000

/**
 * `GET /api/authors/slug/:slug?page=N`: an author's public profile (name, job title, bio, photo,
 * links) and a page of their published stories, newest first, leaving out stories whose byline is
 * withheld. 404 for an author no published story credits by name, or whose byline is withheld.
 */
export const authorBySlug = (settings: NewsroomSettings): Endpoint => ({
  path: '/slug/:slug',
  method: 'get',
  handler: async (req) => {
    const raw = req.searchParams.get('page') ?? '1'
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
    const found = await readAuthorPage(req, settings, String(req.routeParams?.slug ?? ''), page)
    if (!found) {
      return notFound('No public author has this slug.')
    }
    return Response.json(found, { headers: { 'Cache-Control': cacheControlFor(settings) } })
  },
})
