import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { readerViewOf } from '../delivery/buildArticleDocument'
import { deliver, deliveryCache, makeJsonEntry, singleFlight } from '../delivery/cache'
import { commentThreads } from '../delivery/commentThreads'
import { changedSince, deliveryGeneration } from '../delivery/invalidation/generations'
import { cacheTags } from '../delivery/invalidation/tags'
import { cacheControlFor } from './articleBySlug'
import { notFound, pageParameter } from './requestHelpers'

const NO_STORY = 'No published article has this id.'

/**
 * `GET /api/articles/:id/comments?page=N`: a page of the story's comment threads, the same shape as
 * the story document's `comments` (its page 1): top-level comments with their replies nested, pinned
 * first then oldest. One paging model, by thread, for every page. A public surface like the story:
 * approved comments only, whoever asks (moderators work in the admin), kept in the delivery cache
 * under the address asked for and the story's tag, so moderation that changes the story's comments
 * drops it and the server in front of Payload answers it from memory.
 */
export const listCommentThreads = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/comments',
  method: 'get',
  handler: async (req) => {
    const asked = pageParameter(req)
    if ('refusal' in asked) {
      return asked.refusal
    }
    const { page, raw } = asked
    const id = req.routeParams?.id
    const url = new URL(req.url!)
    const key = `${decodeURIComponent(url.pathname)}${url.searchParams.has('page') ? `?page=${raw}` : ''}`
    const cache = deliveryCache(settings.delivery.cacheTtlSeconds)
    const reader = readerViewOf(req)
    const entry =
      cache.get(key) ??
      (await singleFlight(key, [], async () => {
        const generation = deliveryGeneration()
        const { docs } = await req.payload.find({
          collection: settings.slugs.articles,
          where: { id: { equals: id } },
          select: { slug: true },
          depth: 0,
          limit: 1,
          pagination: false,
          overrideAccess: false,
          req: reader,
        })
        const article = docs[0] as { id: number | string; slug?: string } | undefined
        if (!article?.slug) {
          return null
        }
        const tags = [cacheTags.story(article.slug)]
        const built = makeJsonEntry(
          await commentThreads(req.payload, settings, article.id, { page, req: reader }),
          cacheControlFor(settings),
          tags,
        )
        // A moderation of this story landed while it was read: answer, but do not keep it.
        if (!changedSince(generation, tags)) {
          cache.set(key, built)
        }
        return built
      }))
    if (!entry) {
      return notFound(NO_STORY)
    }
    const answer = deliver(entry, { ifNoneMatch: req.headers.get('if-none-match') })
    return new Response(answer.body ? new Uint8Array(answer.body) : null, {
      status: answer.status,
      headers: answer.headers,
    })
  },
})
