import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { latestVersionOf, optionalText, refuseUnlessLegal } from './legalSignOff'
import { notFound, readJson } from './requestHelpers'

/**
 * `POST /api/articles/:id/takedown` (legal, admins), body `{ "reason": string }`: the story leaves
 * every public surface at once. It is unpublished (so the delivery cache, the CDN's copy through the
 * purge, feeds, sitemaps, quotes and sources all follow, and webhooks send `article.unpublished` and
 * `article.taken-down`), and it cannot be published again until legal lifts the takedown. The record
 * (who, when, why) stays on the article for staff.
 */
export const takedown = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/takedown',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessLegal(req, 'take a story down')
    if (refused) {
      return refused
    }
    const reason = optionalText(
      req,
      settings.slugs.articles,
      await readJson(req),
      'reason',
      2000,
      true,
    )
    const article = await latestVersionOf(req, settings, req.routeParams?.id)
    if (!article) {
      return notFound('No article has this id.')
    }
    const record = {
      takenDownAt: new Date().toISOString(),
      takenDownBy: req.user!.id,
      reason,
      liftedAt: null,
      liftedBy: null,
    }
    const doc = await req.payload.update({
      collection: settings.slugs.articles,
      id: article.id,
      data: { _status: 'draft', takedown: record } as never,
      depth: 0,
      context: { newsroomStageNote: `Taken down by legal: ${reason}` },
      ...systemAccess(req),
    })
    return Response.json({
      message:
        'Taken down: the story is off every public surface and stays unpublished until legal lifts the takedown.',
      takedown: (doc as unknown as Record<string, unknown>).takedown,
    })
  },
})

/** `DELETE /api/articles/:id/takedown` (legal, admins): lifts it; the story stays unpublished until an editor publishes it. */
export const liftTakedown = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/takedown',
  method: 'delete',
  handler: async (req) => {
    const refused = refuseUnlessLegal(req, 'lift a takedown')
    if (refused) {
      return refused
    }
    const article = await latestVersionOf(req, settings, req.routeParams?.id)
    if (!article) {
      return notFound('No article has this id.')
    }
    if (!article.takedown?.takenDownAt || article.takedown?.liftedAt) {
      return Response.json(
        { errors: [{ message: 'This story is not taken down.' }] },
        { status: 409 },
      )
    }
    const doc = await req.payload.update({
      collection: settings.slugs.articles,
      id: article.id,
      draft: true,
      data: {
        takedown: {
          ...article.takedown,
          liftedAt: new Date().toISOString(),
          liftedBy: req.user!.id,
        },
      },
      depth: 0,
      context: { newsroomStageNote: 'Takedown lifted by legal.' },
      ...systemAccess(req),
    })
    return Response.json({
      message: 'Takedown lifted: an editor may publish the story again.',
      takedown: (doc as unknown as Record<string, unknown>).takedown,
    })
  },
})
