import type { CollectionSlug, Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { isEditorialStaff } from '../access/roles'
import { isDatabaseId } from '../ids'
import { problemsPublishingNow } from '../publishGate/dryRun'
import { failedSchedules } from '../workflow/scheduledPublishing'
import { notFound, refuseUnless } from './requestHelpers'

/**
 * `GET /api/articles/:id/scheduled-publishing` (editorial staff): the story's scheduled publishes
 * that failed when they ran (when, who scheduled it, Payload's error) and, when one failed, what
 * stops the story being published now, in the publish gate's words. The admin shows it on the story.
 */
export const scheduledPublishing = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/scheduled-publishing',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, isEditorialStaff, 'Staff only: log in.')
    if (refused) {
      return refused
    }
    const id = req.routeParams?.id
    if (!isDatabaseId(id, req.payload.db)) {
      return notFound('No article has this id.')
    }
    const article = await req.payload.findByID({
      collection: settings.slugs.articles,
      id: id as never,
      draft: true,
      depth: 0,
      disableErrors: true,
      overrideAccess: false,
      user: req.user,
      req,
      select: { _status: true } as never,
    })
    if (!article) {
      return notFound('No article has this id.')
    }
    const failed = await failedSchedules(req, {
      collection: settings.slugs.articles,
      documentId: id as never,
    })
    const problemsNow =
      failed.length && (article as { _status?: string })._status !== 'published'
        ? await problemsPublishingNow(req, settings.slugs.articles, id as never)
        : []
    return Response.json({ failed, problemsNow })
  },
})
